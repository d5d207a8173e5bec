import { describe, expect, it } from 'vitest';
import { copiesPerInstance, largestInstance, planFleet } from './fleet-plan';
import { INSTANCE_TYPES, type InstanceType } from './instance-types';
import { BUNDLED_PRICE_BOOK } from './price-book';
import { resolvePrices } from './prices';
import { workload } from './test-helpers';

// Hourly on-demand prices from the bundled us-east-1 book (AWS's EC2
// on-demand pricing page, Linux): t3.small $0.0208, c5.large $0.085,
// c5.4xlarge $0.68, m5.large $0.096, m6i.large $0.096, c6g.large $0.068,
// m7g.large $0.0816; EBS gp3 $0.08 per GB-month. Every count below is
// worked out by hand in the comments.
const PRICES = resolvePrices(BUNDLED_PRICE_BOOK, {});

function typeNamed(name: string): InstanceType {
  const found = INSTANCE_TYPES.find((t) => t.name === name);
  if (!found) throw new Error(`no type ${name}`);
  return found;
}

/**
 * 100 copies of 0.25 vCPU and 512 MB, around the clock for 30 days:
 * 259.2 M requests ÷ 2,592,000 s = 100 req/s × 1 s = 100 in flight ×
 * 25 % CPU = 25 vCPU ÷ 0.25 = 100 copies.
 */
const HUNDRED_COPIES = {
  requestsPerMonth: 259_200_000,
  durationMs: 1000,
  cpuSharePct: 25,
  vcpuPerTask: 0.25,
  memoryMB: 512,
  requestsPerCopy: null,
  peakToAverage: 1,
  hoursPerDay: 24,
  daysPerMonth: 30,
  minInstances: 1,
} as const;

describe('copies per instance', () => {
  it('fits by sustained CPU, by 90 % of memory, and on EKS by pod slots less the two system pods', () => {
    const small = workload({ vcpuPerTask: 0.25, memoryMB: 512 });
    // c5.large: 2 vCPU ÷ 0.25 = 8 by CPU; 4 GiB × 0.9 × 1024 ÷ 512 = 7.2 → 7 by memory.
    expect(copiesPerInstance(typeNamed('c5.large'), small, false)).toBe(7);
    // m5.large: 8 by CPU; 8 GiB × 0.9 × 1024 ÷ 512 = 14.4 → 14 by memory.
    expect(copiesPerInstance(typeNamed('m5.large'), small, false)).toBe(8);
    // t3.large sustains 30 % of its 2 vCPU: 0.6 ÷ 0.25 = 2.4 → 2.
    expect(copiesPerInstance(typeNamed('t3.large'), small, false)).toBe(2);
    // t3.micro sustains 0.2 vCPU: not one 0.25 vCPU copy.
    expect(copiesPerInstance(typeNamed('t3.micro'), small, false)).toBe(0);
    // 1 GiB × 0.9 × 1024 = 921.6 MB holds exactly one copy of 921 MB, none of 922.
    const t3Micro = typeNamed('t3.micro');
    const roomy = { ...t3Micro, baselinePerVcpu: 1 };
    expect(copiesPerInstance(roomy, workload({ vcpuPerTask: 0.25, memoryMB: 921 }), false)).toBe(1);
    expect(copiesPerInstance(roomy, workload({ vcpuPerTask: 0.25, memoryMB: 922 }), false)).toBe(0);
    // A node with 6 pod slots keeps 2 for aws-node and kube-proxy: 4 pods, though CPU allows 8.
    const fewPods = { ...typeNamed('m5.large'), eksMaxPods: 6 };
    expect(copiesPerInstance(fewPods, small, true)).toBe(4);
    expect(copiesPerInstance(fewPods, small, false)).toBe(8);
  });
});

describe('the cheapest fleet', () => {
  it('packs 100 copies onto 13 m5.large, the first listed of the two cheapest types', () => {
    // Per hour: t3.small 100 × $0.0208 = $2.08; c5.large ⌈100 ÷ 7⌉ = 15 × $0.085 = $1.275;
    // c5.4xlarge ⌈100 ÷ 57⌉ = 2 × $0.68 = $1.36; m5.large ⌈100 ÷ 8⌉ = 13 × $0.096 = $1.248,
    // and m6i.large the same $1.248: the one listed first is kept.
    const plan = planFleet(workload(HUNDRED_COPIES), PRICES, 'fleet', false, 1);
    expect(plan).toEqual({
      type: typeNamed('m5.large'),
      copiesPerInstance: 8,
      copies: 100,
      instances: 13,
      instanceHours: 13 * 24 * 30,
      hourlyUSD: 0.096,
    });
  });

  it('counts each instance’s EBS volume when choosing, which makes fewer, larger instances cheaper', () => {
    // 100 GB gp3 per instance: 100 × $0.08 ÷ 730 h = $0.010959 an instance-hour.
    // m5.large 13 × ($0.096 + $0.010959) = $1.3905; c5.4xlarge 2 × ($0.68 + $0.010959) = $1.3819.
    const plan = planFleet(workload({ ...HUNDRED_COPIES, ebsGBPerInstance: 100 }), PRICES, 'fleet', false, 1);
    expect(plan?.type.name).toBe('c5.4xlarge');
    expect(plan).toMatchObject({ copiesPerInstance: 57, instances: 2, instanceHours: 1440, hourlyUSD: 0.68 });
  });

  it('keeps the availability minimum of instances, and prices the discounted hour', () => {
    // 2 copies, at least 3 instances: t3.small (1 copy each, $0.0208) × 3 is the cheapest way.
    const quiet = workload({ ...HUNDRED_COPIES, requestsPerMonth: 5_184_000, minInstances: 3 });
    const plan = planFleet(quiet, PRICES, 'fleet', false, 0.4);
    expect(plan).toMatchObject({ copies: 3, instances: 3, instanceHours: 3 * 720 });
    expect(plan?.type.name).toBe('t3.small');
    // 60 % off $0.0208.
    expect(plan?.hourlyUSD).toBeCloseTo(0.00832, 12);
  });

  it('builds an Arm fleet from Arm types only', () => {
    // c6g.large: 7 a node, 15 × $0.068 = $1.02; m7g.large 13 × $0.0816 = $1.0608.
    const plan = planFleet(workload({ ...HUNDRED_COPIES, architecture: 'arm' }), PRICES, 'fleet', false, 1);
    expect(plan).toMatchObject({ copiesPerInstance: 7, instances: 15, hourlyUSD: 0.068 });
    expect(plan?.type.name).toBe('c6g.large');
    // Even when an x86 type is priced far below every Arm one (a negotiated rate), and the other way round.
    const cheapX86 = resolvePrices(BUNDLED_PRICE_BOOK, { 'ec2.m5.large': 0.001 });
    const armPlan = planFleet(workload({ ...HUNDRED_COPIES, architecture: 'arm' }), cheapX86, 'fleet', false, 1);
    expect(armPlan?.type.name).toBe('c6g.large');
    const cheapArm = resolvePrices(BUNDLED_PRICE_BOOK, { 'ec2.c6g.large': 0.001 });
    const x86Plan = planFleet(workload({ ...HUNDRED_COPIES, architecture: 'x86' }), cheapArm, 'fleet', false, 1);
    expect(x86Plan?.type.name).toBe('m5.large');
  });

  it('packs by the size of this plan’s copy, never the last plan’s (the packing is remembered between plans)', () => {
    // One field changes at a time, as a slider moves it; on EKS and off it in turn.
    const steps = [
      {},
      { vcpuPerTask: 0.5 },
      { vcpuPerTask: 0.5, memoryMB: 2048 },
      { vcpuPerTask: 0.5, memoryMB: 2048, architecture: 'arm' as const },
    ];
    for (const onEks of [false, true, false]) {
      for (const step of steps) {
        const w = workload({ ...HUNDRED_COPIES, ...step });
        const plan = planFleet(w, PRICES, 'fleet', onEks, 1);
        expect(plan?.copiesPerInstance, JSON.stringify({ onEks, step })).toBe(copiesPerInstance(plan!.type, w, onEks));
      }
    }
  });

  it('charges a per-job plan only for the instance-hours its jobs fill', () => {
    // 1,000 jobs of an hour, 1 vCPU and 1 GB each. c5.large holds 2 (2 vCPU; 3,686 MB ÷ 1,024 = 3):
    // 1,000 h ÷ 2 = 500 instance-hours × $0.085 = $42.50. m5.large: 500 × $0.096 = $48.
    // c5.xlarge: 250 × $0.17 = $42.50, the same as c5.large, which is listed first.
    const jobs = workload({
      kind: 'batch',
      requestsPerMonth: 1000,
      durationMs: 3_600_000,
      vcpuPerTask: 1,
      memoryMB: 1024,
    });
    const plan = planFleet(jobs, PRICES, 'per-job', false, 1);
    expect(plan).toMatchObject({
      copies: 1000,
      copiesPerInstance: 2,
      instances: 0,
      instanceHours: 500,
      hourlyUSD: 0.085,
    });
    expect(plan?.type.name).toBe('c5.large');
  });

  it('finds no fleet when one copy fits on no instance type', () => {
    // 300 GB for one copy (more than the form allows): the largest x86 type has 256 GiB.
    const huge = { ...workload(HUNDRED_COPIES), memoryMB: 300_000 };
    expect(planFleet(huge, PRICES, 'fleet', false, 1)).toBeNull();
  });

  it('names the biggest type of the architecture when nothing fits', () => {
    expect(largestInstance(workload({ architecture: 'x86' })).name).toBe('r5.8xlarge');
    expect(largestInstance(workload({ architecture: 'arm' })).name).toBe('m7g.16xlarge');
    // Not simply the last one listed, nor the first type of any architecture: the same answers from the list reversed.
    const reversed = [...INSTANCE_TYPES].reverse();
    expect(largestInstance(workload({ architecture: 'arm' }), reversed).name).toBe('m7g.16xlarge');
    expect(largestInstance(workload({ architecture: 'x86' }), reversed).name).toBe('r5.8xlarge');
  });
});
