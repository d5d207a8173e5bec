import { formatKeepingSmall as small, formatNumber as n } from './format';
import {
  copiesForPeak,
  inFlightAtPeak,
  lambdaPeakConcurrency,
  peakRequestsPerSecond,
  requestsPerCopy,
  runningCopies,
  vcpuAtPeak,
} from './load';
import type { Workload } from './workload-schema';

/**
 * What every fleet is sized from, in one place: the Assumptions panel shows
 * it and the fleet line items quote it, so neither re-derives the other.
 */
export interface Sizing {
  kind: Workload['kind'];
  /** Service: requests a second at the peak; batch: jobs started a second at the peak. */
  peakRequestsPerSecond: number;
  durationS: number;
  /** Requests (or jobs) being served at once at the peak. */
  inFlightAtPeak: number;
  cpuSharePct: number;
  vcpuAtPeak: number;
  requestsPerCopy: number;
  /** True when the user left "concurrent requests one copy serves" empty. */
  requestsPerCopyDerived: boolean;
  vcpuPerCopy: number;
  memoryMBPerCopy: number;
  /** Copies the peak needs, before the availability minimum. */
  copiesForPeak: number;
  minimumCopies: number;
  /** Copies kept running: the larger of the two. */
  runningCopies: number;
  /** Lambda executions at once at the peak. */
  lambdaPeakConcurrency: number;
}

export function describeSizing(w: Workload): Sizing {
  return {
    kind: w.kind,
    peakRequestsPerSecond: peakRequestsPerSecond(w),
    durationS: w.durationMs / 1000,
    inFlightAtPeak: inFlightAtPeak(w),
    cpuSharePct: w.cpuSharePct,
    vcpuAtPeak: vcpuAtPeak(w),
    requestsPerCopy: requestsPerCopy(w),
    requestsPerCopyDerived: w.requestsPerCopy === null,
    vcpuPerCopy: w.vcpuPerTask,
    memoryMBPerCopy: w.memoryMB,
    copiesForPeak: copiesForPeak(w),
    minimumCopies: w.minInstances,
    runningCopies: runningCopies(w),
    lambdaPeakConcurrency: lambdaPeakConcurrency(w),
  };
}

/** "1 task", "103 tasks", "2 copies". */
export function plural(count: number, unit: string): string {
  if (count === 1) return `${n(count)} ${unit}`;
  return `${n(count)} ${unit.endsWith('y') ? `${unit.slice(0, -1)}ies` : `${unit}s`}`;
}

function seconds(s: number): string {
  return s >= 1 ? `${n(s, 2)} s` : `${n(s * 1000, 1)} ms`;
}

/**
 * The chain from demand to copies, in words:
 * "57 req/s at peak × 1.8 s = 103 in flight × 25% CPU = 25.7 vCPU → 103 tasks of 0.25 vCPU".
 * `unit` names one copy: "task", "pod", "copy".
 */
export function sizingChain(w: Workload, unit: string): string {
  if (w.kind === 'batch') {
    return `${n(inFlightAtPeak(w), 2)} jobs at once at the peak → ${plural(copiesForPeak(w), unit)} of ${n(w.vcpuPerTask)} vCPU`;
  }
  const inFlight = inFlightAtPeak(w);
  const chain =
    `${small(peakRequestsPerSecond(w), 2)} req/s at peak × ${seconds(w.durationMs / 1000)} = ${small(inFlight, 1)} in flight` +
    ` × ${n(w.cpuSharePct, 2)}% CPU = ${small(vcpuAtPeak(w), 2)} vCPU`;
  const needed = copiesForPeak(w);
  const byCpu = Math.ceil(vcpuAtPeak(w) / w.vcpuPerTask - 1e-9);
  const held =
    w.requestsPerCopy !== null && needed > byCpu
      ? ` (${n(inFlight, 1)} in flight ÷ ${n(w.requestsPerCopy)} per copy)`
      : '';
  const running = runningCopies(w);
  const minimum = running > needed ? `; minimum ${n(w.minInstances)}` : '';
  return `${chain} → ${plural(needed, unit)} of ${n(w.vcpuPerTask)} vCPU${held}${minimum}`;
}
