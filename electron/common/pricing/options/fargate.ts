import type { ComputeOptionId } from '../../compute-options';
import { FARGATE_LIMITS, SECONDS_PER_HOUR } from '../aws-rules';
import type { Bill } from '../bill';
import { commitmentOf, discountFactor, discountWords } from '../discounts';
import { roundFargateTask, type FargateTaskSize } from '../fargate-sizes';
import { formatKeepingSmall as small, formatNumber as n, formatUnitPriceUSD as usd } from '../format';
import { ceilUnit, peakConcurrentJobs, runningCopies, runsPerMonth, secondsPerRun } from '../load';
import type { Prices } from '../prices';
import { plural, sizingChain } from '../sizing';
import type { Workload } from '../workload-schema';
import { fargateDeployment } from './deployments';

export type FargateOrchestrator = 'ecs' | 'eks' | 'batch';

const OPTION_OF: Record<FargateOrchestrator, ComputeOptionId> = {
  ecs: 'fargate',
  eks: 'eks-fargate',
  batch: 'batch',
};

/** What one task (or EKS pod) asks Fargate for: EKS adds 256 MB for its own agents. */
export function requestedMemoryGB(w: Workload, onEks: boolean): number {
  return (w.memoryMB + (onEks ? FARGATE_LIMITS.eksPodOverheadMB : 0)) / 1024;
}

export function fargateTaskSize(w: Workload, onEks: boolean): FargateTaskSize | null {
  return roundFargateTask(w.vcpuPerTask, requestedMemoryGB(w, onEks));
}

/** EKS runs x86 pods only on Fargate; ECS and Batch run Arm tasks too. */
export function fargateArchitecture(w: Workload, onEks: boolean): Workload['architecture'] {
  return onEks ? 'x86' : w.architecture;
}

export function fargateInfeasibility(w: Workload, onEks: boolean): string | null {
  if (onEks && w.ephemeralStorageGB > FARGATE_LIMITS.eksMaxEphemeralGB) {
    return `Needs ${n(w.ephemeralStorageGB)} GB of scratch storage; an EKS pod on Fargate has at most 175 GiB (20 GiB by default).`;
  }
  if (w.ephemeralStorageGB > FARGATE_LIMITS.maxEphemeralGB) {
    return `Needs ${n(w.ephemeralStorageGB)} GB of scratch storage; a Fargate task has at most 200 GB.`;
  }
  if (fargateTaskSize(w, onEks)) return null;
  const memory = n(requestedMemoryGB(w, onEks), 2);
  const pod = onEks ? ' (with the 256 MB EKS adds to each pod)' : '';
  return `A task of ${n(w.vcpuPerTask)} vCPU and ${memory} GB${pod} is larger than Fargate's biggest, 16 vCPU and 120 GB.`;
}

/** Says when Fargate billed a bigger size than the workload asked for. */
function roundingWords(asked: number, billed: number, unit: string): string {
  return Math.abs(billed - asked) > 1e-9 ? ` (${n(asked, 2)} ${unit} rounded up to a valid Fargate size)` : '';
}

/** Says when the workload asked for Arm and EKS on Fargate can only run x86. */
function architectureWords(w: Workload, onEks: boolean): string {
  return onEks && w.architecture === 'arm' ? ' (EKS on Fargate runs x86 pods only: x86 rates)' : '';
}

/**
 * Tasks billed per second with a one-minute minimum: a service's copies run
 * for each day's hours; in batch mode every job is its own task.
 */
export function chargeFargateTasks(bill: Bill, w: Workload, prices: Prices, orchestrator: FargateOrchestrator): void {
  const onEks = orchestrator === 'eks';
  const optionId = OPTION_OF[orchestrator];
  const size = fargateTaskSize(w, onEks);
  if (!size) return;
  // Copies are counted at the size the workload asked for, like every other
  // option; vCPU that rounding adds is paid for but not relied on.
  const copies = runningCopies(w);
  const tasksAtPeak = w.kind === 'batch' ? Math.max(1, ceilUnit(peakConcurrentJobs(w))) : copies;
  const architecture = fargateArchitecture(w, onEks);
  if (bill.detailed) bill.deploy(fargateDeployment(w, size, tasksAtPeak, orchestrator, architecture));
  const runs = runsPerMonth(w, copies);
  const seconds = secondsPerRun(w, FARGATE_LIMITS.minimumBilledSeconds);
  const taskHours = (runs * seconds) / SECONDS_PER_HOUR;
  const arm = architecture === 'arm';
  const factor = discountFactor(w, optionId, 'fargate');
  const discount = bill.detailed ? discountWords(w, optionId, 'fargate') + architectureWords(w, onEks) : '';
  const unitName = onEks ? 'pod' : w.kind === 'batch' ? 'job' : 'task';
  // Words only for detailed bills, as strings rather than closures: a closure
  // here made every totals-only pricing allocate what it captured.
  const driver = !bill.detailed
    ? ''
    : w.kind === 'batch'
      ? plural(runs, 'Fargate job')
      : `${plural(copies, unitName)} × ${n(size.vcpu)} vCPU`;
  const runsText = !bill.detailed
    ? ''
    : w.kind === 'batch'
      ? `${plural(runs, 'job')} × ${n(seconds)} s`
      : `${sizingChain(w, unitName)}; ${plural(copies, unitName)} × ${n(w.daysPerMonth)} days × ${n(seconds)} s`;

  const vcpuId = arm ? 'fargate.vcpu.arm' : 'fargate.vcpu.x86';
  const vcpuPrice = prices[vcpuId] * factor;
  const vcpuHours = taskHours * size.vcpu;
  bill.charge(
    vcpuHours * vcpuPrice,
    bill.detailed && {
      label: `Fargate vCPU (${arm ? 'Arm' : 'x86'})`,
      quantity: vcpuHours,
      unit: 'vCPU-hour',
      unitPriceUSD: vcpuPrice,
      formula: `${runsText} = ${small(taskHours, 2)} ${unitName}-hours × ${n(size.vcpu)} vCPU${roundingWords(w.vcpuPerTask, size.vcpu, 'vCPU')} = ${small(vcpuHours, 2)} vCPU-hours × ${usd(prices[vcpuId])}${discount}`,
      priceId: vcpuId,
      driver,
    },
  );

  const memoryId = arm ? 'fargate.memory.arm' : 'fargate.memory.x86';
  const memoryPrice = prices[memoryId] * factor;
  const gbHours = taskHours * size.memoryGB;
  bill.charge(
    gbHours * memoryPrice,
    bill.detailed && {
      label: `Fargate memory (${arm ? 'Arm' : 'x86'})`,
      quantity: gbHours,
      unit: 'GB-hour',
      unitPriceUSD: memoryPrice,
      formula: `${small(taskHours, 2)} ${unitName}-hours × ${n(size.memoryGB)} GB${roundingWords(requestedMemoryGB(w, onEks), size.memoryGB, 'GB')} = ${small(gbHours, 2)} GB-hours × ${usd(prices[memoryId])}${discount}`,
      priceId: memoryId,
      driver,
    },
  );
  if (bill.detailed) bill.upfront(vcpuHours * vcpuPrice + gbHours * memoryPrice, commitmentOf(w, optionId, 'fargate'));

  const extraStorageGB = w.ephemeralStorageGB - FARGATE_LIMITS.includedEphemeralGB;
  if (extraStorageGB > 0) {
    const storagePrice = prices['fargate.ephemeral'];
    const storageGBHours = taskHours * extraStorageGB;
    const provisioned = onEks
      ? '; EKS provisions more than requested (100 GiB → 115 GiB), billed here as requested'
      : '';
    bill.charge(
      storageGBHours * storagePrice,
      bill.detailed && {
        label: 'Fargate ephemeral storage',
        quantity: storageGBHours,
        unit: 'GB-hour',
        unitPriceUSD: storagePrice,
        formula: `${n(taskHours, 2)} ${unitName}-hours × ${n(extraStorageGB)} GB above the free 20 GB = ${n(storageGBHours, 2)} GB-hours × ${usd(storagePrice)}${provisioned}`,
        priceId: 'fargate.ephemeral',
        driver: 'scratch storage',
      },
    );
  }
}
