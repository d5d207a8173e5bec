import { HOURS_PER_MONTH } from './aws-rules';
import { EKS_SYSTEM_PODS_PER_NODE, INSTANCE_TYPES, USABLE_MEMORY_SHARE, type InstanceType } from './instance-types';
import { ceilUnit, runningCopies } from './load';
import type { Prices } from './prices';
import type { Workload } from './workload-schema';

export interface FleetPlan {
  type: InstanceType;
  /** Copies of the service (tasks, pods, jobs) one instance holds. */
  copiesPerInstance: number;
  copies: number;
  /** Instances running while the service runs (fleets), or 0 for per-job plans. */
  instances: number;
  instanceHours: number;
  /** On-demand price with the option's purchase discount. */
  hourlyUSD: number;
}

/** How many copies fit by sustained CPU, usable memory and (on EKS) pod slots. */
export function copiesPerInstance(type: InstanceType, w: Workload, onEks: boolean): number {
  const byCpu = Math.floor((type.vcpu * type.baselinePerVcpu) / w.vcpuPerTask + 1e-9);
  const byMemory = Math.floor((type.memoryGiB * USABLE_MEMORY_SHARE * 1024) / w.memoryMB + 1e-9);
  const byPods = onEks ? type.eksMaxPods - EKS_SYSTEM_PODS_PER_NODE : Infinity;
  return Math.min(byCpu, byMemory, byPods);
}

export type FleetShape = 'fleet' | 'per-job';

const TYPES_BY_ARCH = {
  x86: INSTANCE_TYPES.filter((t) => t.arch === 'x86'),
  arm: INSTANCE_TYPES.filter((t) => t.arch === 'arm'),
};

/** Hourly prices in TYPES_BY_ARCH order, looked up once per price set rather than per candidate. */
const hourlyCache = new WeakMap<Prices, { x86: Float64Array; arm: Float64Array }>();

function hourlyPrices(prices: Prices, arch: Workload['architecture']): Float64Array {
  let cached = hourlyCache.get(prices);
  if (!cached) {
    cached = {
      x86: Float64Array.from(TYPES_BY_ARCH.x86, (t) => prices[t.priceId]),
      arm: Float64Array.from(TYPES_BY_ARCH.arm, (t) => prices[t.priceId]),
    };
    hourlyCache.set(prices, cached);
  }
  return cached[arch];
}

interface PackingMemo {
  arch: Workload['architecture'];
  vcpuPerTask: number;
  memoryMB: number;
  perInstance: Int32Array;
}

/**
 * Copies per instance depend only on the copy's size, which a sweep never
 * changes; remembering the last table (one per EKS/non-EKS) spares the
 * division work on every point. Keyed by every value it reads, so never stale.
 */
const packingMemo: [PackingMemo | null, PackingMemo | null] = [null, null];

function packingTable(w: Workload, onEks: boolean): Int32Array {
  const slot = onEks ? 1 : 0;
  const memo = packingMemo[slot];
  if (memo && memo.arch === w.architecture && memo.vcpuPerTask === w.vcpuPerTask && memo.memoryMB === w.memoryMB) {
    return memo.perInstance;
  }
  const types = TYPES_BY_ARCH[w.architecture];
  const perInstance = Int32Array.from(types, (type) =>
    Math.max(0, Math.min(2 ** 31 - 1, copiesPerInstance(type, w, onEks))),
  );
  packingMemo[slot] = { arch: w.architecture, vcpuPerTask: w.vcpuPerTask, memoryMB: w.memoryMB, perInstance };
  return perInstance;
}

/**
 * The cheapest instance type for the workload, EBS included. A fleet keeps
 * enough instances for the peak copies (never fewer than the minimum) while
 * the service runs; a per-job plan (AWS Batch) pays only for the
 * instance-hours the jobs fill, as if packed perfectly.
 */
export function planFleet(
  w: Workload,
  prices: Prices,
  shape: FleetShape,
  onEks: boolean,
  /** Multiplies the on-demand hourly price: the option's purchase discount. */
  factor: number,
): FleetPlan | null {
  // No volume needs no EBS price: a book without one still prices a fleet that has none (0 × NaN would not).
  const ebsPerInstanceHour = w.ebsGBPerInstance > 0 ? (w.ebsGBPerInstance * prices['ebs.gp3']) / HOURS_PER_MONTH : 0;
  const activeHours = w.hoursPerDay * w.daysPerMonth;
  const copies = shape === 'fleet' ? runningCopies(w) : w.requestsPerMonth;
  let bestCost = Infinity;
  const types = TYPES_BY_ARCH[w.architecture];
  const hourlyByType = hourlyPrices(prices, w.architecture);
  const perInstanceByType = packingTable(w, onEks);
  let bestType: InstanceType | null = null;
  let bestPerInstance = 0;
  let bestInstances = 0;
  let bestHours = 0;
  for (let i = 0; i < types.length; i++) {
    const perInstance = perInstanceByType[i] as number;
    if (perInstance < 1) continue;
    const hourly = (hourlyByType[i] as number) * factor;
    let instances = 0;
    let instanceHours: number;
    if (shape === 'fleet') {
      instances = Math.max(w.minInstances, ceilUnit(copies / perInstance));
      instanceHours = instances * activeHours;
    } else {
      instanceHours = (w.requestsPerMonth * w.durationMs) / 1000 / 3600 / perInstance;
    }
    const cost = instanceHours * (hourly + ebsPerInstanceHour);
    if (cost < bestCost) {
      bestCost = cost;
      bestType = types[i] as InstanceType;
      bestPerInstance = perInstance;
      bestInstances = instances;
      bestHours = instanceHours;
    }
  }
  if (!bestType) return null;
  return {
    type: bestType,
    copiesPerInstance: bestPerInstance,
    copies,
    instances: bestInstances,
    instanceHours: bestHours,
    hourlyUSD: prices[bestType.priceId] * factor,
  };
}

/**
 * The biggest type of the architecture (vCPU × memory; the first listed on a
 * tie), to say why nothing fits. Whatever the list's order: a type added at
 * its end need not be the biggest.
 */
export function largestInstance(w: Workload, types: readonly InstanceType[] = INSTANCE_TYPES): InstanceType {
  let largest: InstanceType | undefined;
  for (const type of types) {
    if (type.arch !== w.architecture) continue;
    if (!largest || type.memoryGiB * type.vcpu > largest.memoryGiB * largest.vcpu) largest = type;
  }
  if (!largest) throw new Error(`No ${w.architecture} instance type is listed`);
  return largest;
}
