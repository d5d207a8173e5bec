import { describe, expect, it } from 'vitest';
import { describeSizing, plural, sizingChain } from './sizing';
import { workload } from './test-helpers';

/** One request a second around the clock for 30 days: 2,592,000 requests. */
const ONE_PER_SECOND = {
  requestsPerMonth: 2_592_000,
  peakToAverage: 1,
  hoursPerDay: 24,
  daysPerMonth: 30,
  minInstances: 1,
  requestsPerCopy: null,
} as const;

describe('sizing in words', () => {
  it('counts one copy in the singular and turns a final y into “ies”', () => {
    expect(plural(1, 'task')).toBe('1 task');
    expect(plural(2, 'task')).toBe('2 tasks');
    expect(plural(1, 'copy')).toBe('1 copy');
    expect(plural(1_200, 'copy')).toBe('1,200 copies');
    expect(plural(0, 'pod')).toBe('0 pods');
  });

  it('says a duration under a second in milliseconds, and one of a second or more in seconds', () => {
    // 1 req/s × 0.25 s = 0.25 in flight (shown to one decimal: 0.3) × 100 % = 0.25 vCPU → 1 task.
    const quick = workload({ ...ONE_PER_SECOND, durationMs: 250, cpuSharePct: 100, vcpuPerTask: 0.25 });
    expect(sizingChain(quick, 'task')).toBe(
      '1 req/s at peak × 250 ms = 0.3 in flight × 100% CPU = 0.25 vCPU → 1 task of 0.25 vCPU',
    );
    // Exactly one second is said in seconds: 1 in flight × 50 % = 0.5 vCPU → 2 pods of 0.25 vCPU.
    const second = workload({ ...ONE_PER_SECOND, durationMs: 1000, cpuSharePct: 50, vcpuPerTask: 0.25 });
    expect(sizingChain(second, 'pod')).toBe(
      '1 req/s at peak × 1 s = 1 in flight × 50% CPU = 0.5 vCPU → 2 pods of 0.25 vCPU',
    );
  });

  it('names the availability minimum only when it, not the peak, sets the count', () => {
    const atMinimum = workload({
      ...ONE_PER_SECOND,
      durationMs: 1000,
      cpuSharePct: 50,
      vcpuPerTask: 0.25,
      minInstances: 2,
    });
    // The peak needs 2 and the minimum is 2: nothing to add.
    expect(sizingChain(atMinimum, 'task')).toMatch(/→ 2 tasks of 0\.25 vCPU$/);
    const aboveMinimum = { ...atMinimum, minInstances: 3 };
    expect(sizingChain(aboveMinimum, 'task')).toMatch(/→ 2 tasks of 0\.25 vCPU; minimum 3$/);
  });

  it('says when the requests one copy holds, not its CPU, set the count', () => {
    // 4 in flight × 10 % = 0.4 vCPU ÷ 0.25 = 1.6 → 2 copies by CPU.
    const base = { ...ONE_PER_SECOND, durationMs: 4000, cpuSharePct: 10, vcpuPerTask: 0.25 };
    const chain = (requestsPerCopy: number) => sizingChain(workload({ ...base, requestsPerCopy }), 'task');
    // 4 per copy → 1 by requests: CPU's 2 win, no note.
    expect(chain(4)).toBe('1 req/s at peak × 4 s = 4 in flight × 10% CPU = 0.4 vCPU → 2 tasks of 0.25 vCPU');
    // 2 per copy → 2 by requests, the same as by CPU: still no note.
    expect(chain(2)).toMatch(/→ 2 tasks of 0\.25 vCPU$/);
    // 1 per copy → 4 copies, more than CPU's 2: the note says why.
    expect(chain(1)).toMatch(/→ 4 tasks of 0\.25 vCPU \(4 in flight ÷ 1 per copy\)$/);
  });

  it('counts copies by CPU exactly when the vCPU divides evenly, so one more by requests still gets its note', () => {
    // 5 in flight × 20 % = 1 vCPU ÷ 0.25 = exactly 4 copies by CPU (not 5 from rounding up a hair's breadth).
    const base = { ...ONE_PER_SECOND, durationMs: 5000, cpuSharePct: 20, vcpuPerTask: 0.25 };
    // 1 per copy → 5 copies, one more than CPU's 4: requests set the count, and the note says so.
    expect(sizingChain(workload({ ...base, requestsPerCopy: 1 }), 'task')).toBe(
      '1 req/s at peak × 5 s = 5 in flight × 20% CPU = 1 vCPU → 5 tasks of 0.25 vCPU (5 in flight ÷ 1 per copy)',
    );
  });

  it('sizes batch by jobs at once: 100 one-hour jobs over 50 hours are 2 at a time', () => {
    // 100 jobs × 3,600 s ÷ (50 h × 3,600 s) = 2 jobs at once.
    const batch = workload({
      kind: 'batch',
      requestsPerMonth: 100,
      durationMs: 3_600_000,
      hoursPerDay: 5,
      daysPerMonth: 10,
      peakToAverage: 1,
      vcpuPerTask: 2,
    });
    expect(sizingChain(batch, 'job')).toBe('2 jobs at once at the peak → 2 jobs of 2 vCPU');
    expect(describeSizing(batch)).toMatchObject({
      kind: 'batch',
      inFlightAtPeak: 2,
      copiesForPeak: 2,
      durationS: 3600,
      vcpuPerCopy: 2,
    });
  });

  it('hands the Assumptions panel every figure of the chain', () => {
    const w = workload({
      ...ONE_PER_SECOND,
      durationMs: 1000,
      cpuSharePct: 50,
      vcpuPerTask: 0.25,
      memoryMB: 768,
      minInstances: 3,
    });
    expect(describeSizing(w)).toEqual({
      kind: 'service',
      peakRequestsPerSecond: 1,
      durationS: 1,
      inFlightAtPeak: 1,
      cpuSharePct: 50,
      vcpuAtPeak: 0.5,
      // 0.25 vCPU ÷ 50 % of a vCPU per request.
      requestsPerCopy: 0.5,
      requestsPerCopyDerived: true,
      vcpuPerCopy: 0.25,
      memoryMBPerCopy: 768,
      copiesForPeak: 2,
      minimumCopies: 3,
      runningCopies: 3,
      lambdaPeakConcurrency: 1,
    });
  });
});

describe('sizing in words for a tiny workload', () => {
  it('keeps two significant digits where a rate would round to 0, so the chain does not read as nothing running', () => {
    // 2,592 requests in 30 days around the clock: 0.001 req/s; × 0.2 s = 0.0002 in flight; × 25 % = 0.00005 vCPU.
    const tiny = workload({
      ...ONE_PER_SECOND,
      requestsPerMonth: 2_592,
      durationMs: 200,
      cpuSharePct: 25,
      vcpuPerTask: 0.25,
    });
    expect(sizingChain(tiny, 'task')).toBe(
      '0.001 req/s at peak × 200 ms = 0.0002 in flight × 25% CPU = 0.00005 vCPU → 1 task of 0.25 vCPU',
    );
  });
});
