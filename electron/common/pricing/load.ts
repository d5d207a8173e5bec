import { SECONDS_PER_HOUR } from './aws-rules';
import type { Workload } from './workload-schema';

/** Rounds up, forgiving float noise: 600.0000000001 s is billed as 600 s, not 601. */
export function ceilUnit(value: number): number {
  return Math.ceil(value - 1e-9 * Math.max(1, Math.abs(value)));
}

export function activeHoursPerMonth(w: Workload): number {
  return w.hoursPerDay * w.daysPerMonth;
}

export function activeSecondsPerMonth(w: Workload): number {
  return activeHoursPerMonth(w) * SECONDS_PER_HOUR;
}

/** Average requests a second while the service runs. */
export function averageRequestsPerSecond(w: Workload): number {
  return w.requestsPerMonth / activeSecondsPerMonth(w);
}

/** Jobs running at once at the busiest time (batch workloads). */
export function peakConcurrentJobs(w: Workload): number {
  return ((w.requestsPerMonth * w.durationMs) / 1000 / activeSecondsPerMonth(w)) * w.peakToAverage;
}

/**
 * How many copies (tasks, pods, server processes) of `taskVcpu` each carry the
 * peak. A service needs CPU for its peak request rate; a batch workload needs
 * one task per job running at its peak.
 */
export function copiesForPeak(w: Workload, taskVcpu: number): number {
  if (w.kind === 'batch') return ceilUnit(peakConcurrentJobs(w));
  const peakVcpu = (averageRequestsPerSecond(w) * w.peakToAverage) / w.requestsPerSecondPerVcpu;
  return ceilUnit(peakVcpu / taskVcpu);
}

/** Copies kept running: what the peak needs, but never fewer than the availability minimum. */
export function runningCopies(w: Workload, taskVcpu: number): number {
  return Math.max(w.minInstances, copiesForPeak(w, taskVcpu));
}

/** Billable seconds of one task run: each day's run, or each job, with a minimum. */
export function secondsPerRun(w: Workload, minimumSeconds: number): number {
  const seconds = w.kind === 'batch' ? w.durationMs / 1000 : w.hoursPerDay * SECONDS_PER_HOUR;
  return Math.max(minimumSeconds, ceilUnit(seconds));
}

/** Task runs a month: one per job, or each running copy once a day. */
export function runsPerMonth(w: Workload, copies: number): number {
  return w.kind === 'batch' ? w.requestsPerMonth : copies * w.daysPerMonth;
}
