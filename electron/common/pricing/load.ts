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

export function peakRequestsPerSecond(w: Workload): number {
  return averageRequestsPerSecond(w) * w.peakToAverage;
}

/** Jobs running at once at the busiest time (batch workloads). */
export function peakConcurrentJobs(w: Workload): number {
  return ((w.requestsPerMonth * w.durationMs) / 1000 / activeSecondsPerMonth(w)) * w.peakToAverage;
}

/**
 * Requests being served at once at the peak (Little's law: rate × time in the
 * system); for batch, jobs running at once. The one demand every option meets.
 */
export function inFlightAtPeak(w: Workload): number {
  if (w.kind === 'batch') return peakConcurrentJobs(w);
  return (peakRequestsPerSecond(w) * w.durationMs) / 1000;
}

/** vCPU busy at the peak: each request in flight uses its CPU share of one vCPU. */
export function vcpuAtPeak(w: Workload): number {
  return (inFlightAtPeak(w) * w.cpuSharePct) / 100;
}

/** Requests one copy holds at once: the user's number, or as many as its CPU allows. */
export function requestsPerCopy(w: Workload): number {
  return w.requestsPerCopy ?? w.vcpuPerTask / (w.cpuSharePct / 100);
}

/**
 * Copies (tasks, pods, server processes) of `vcpuPerTask` the peak needs. A
 * service needs enough for both the vCPU and the requests in flight; a batch
 * workload needs one per job running at its peak.
 */
export function copiesForPeak(w: Workload): number {
  if (w.kind === 'batch') return ceilUnit(peakConcurrentJobs(w));
  const byCpu = ceilUnit(vcpuAtPeak(w) / w.vcpuPerTask);
  const byRequests = ceilUnit(inFlightAtPeak(w) / requestsPerCopy(w));
  return Math.max(byCpu, byRequests);
}

/** Copies kept running: what the peak needs, but never fewer than the availability minimum. */
export function runningCopies(w: Workload): number {
  return Math.max(w.minInstances, copiesForPeak(w));
}

/** Lambda executions at once at the peak: one per request in flight (or job). */
export function lambdaPeakConcurrency(w: Workload): number {
  return ceilUnit(inFlightAtPeak(w));
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

const KB_PER_GB = 1024 * 1024;

/** Data out to the internet a month: every response, plus the fixed rest. */
export function transferOutGB(w: Workload): number {
  return (w.requestsPerMonth * w.responseKB) / KB_PER_GB + w.otherTransferOutGB;
}

/** Data into the service a month: every request's payload. */
export function transferInGB(w: Workload): number {
  return (w.requestsPerMonth * w.payloadKB) / KB_PER_GB;
}
