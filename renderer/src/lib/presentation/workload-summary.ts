import {
  allOnDemand,
  describePurchases,
  formatCount,
  formatNumber,
  WORKLOAD_FIELDS,
  type Workload,
} from '../../../../electron/common/pricing';

/** "120 ms", "2.5 s", "20 min", "3 h": the unit a listener would say out loud. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${formatNumber(ms, 0)} ms`;
  if (ms < 60_000) return `${formatNumber(ms / 1000, 1)} s`;
  if (ms < 3_600_000) return `${formatNumber(ms / 60_000, 1)} min`;
  return `${formatNumber(ms / 3_600_000, 1)} h`;
}

function choiceLabel(key: string, value: string): string {
  const field = WORKLOAD_FIELDS.find((f) => f.key === key);
  const choice = field?.kind === 'choice' ? field.choices.find((c) => c.value === value) : undefined;
  return choice?.label ?? value;
}

/** "at on-demand prices", or how each option is bought. */
function buying(workload: Workload): string {
  if (allOnDemand(workload.purchases)) return 'at on-demand prices';
  return describePurchases(workload.purchases);
}

/** "10 M requests a month" or "600 batch jobs a month": what every cost on a slide is for. */
export function describeVolume(workload: Workload): string {
  const what = workload.kind === 'batch' ? 'batch jobs' : 'requests';
  return `${formatCount(workload.requestsPerMonth)} ${what} a month`;
}

/** One line that tells a room what is being priced, for a workload without a name or notes. */
export function describeWorkload(workload: Workload): string {
  const each = `${formatDuration(workload.durationMs)} and ${formatNumber(workload.memoryMB, 0)} MB each`;
  const bought = buying(workload);
  if (workload.kind === 'batch') {
    const runsOn = choiceLabel('batchCompute', workload.batchCompute);
    return `${describeVolume(workload)}, ${each}, run on ${runsOn}, ${bought}`;
  }
  const peaks = `peaks ${formatNumber(workload.peakToAverage, 1)}× the average`;
  const cpu = choiceLabel('architecture', workload.architecture);
  return `${describeVolume(workload)}, ${each}, ${peaks}, ${cpu}, ${bought}`;
}
