// Issue #3 engine figures, bundled by scripts/bench/pricing.mjs and run in plain Node.
import path from 'node:path';
import {
  BUNDLED_PRICE_BOOK,
  DEFAULT_WORKLOAD,
  evaluate,
  findBreakEvens,
  parseWorkload,
  sweepRequests,
} from '../../electron/common/pricing';
import { createPricingService } from '../../electron/node/pricing/pricing-service';

export function evaluationsPerSecond(seconds = 2): number {
  const workloads = [1e4, 1e6, 3e7, 1e9].map((requestsPerMonth) => ({ ...DEFAULT_WORKLOAD, requestsPerMonth }));
  let count = 0;
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 100; i++) evaluate(workloads[i & 3]!, { detail: false });
    count += 100;
  }
  return count / seconds;
}

export function detailedEvaluationsPerSecond(seconds = 1): number {
  let count = 0;
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    evaluate(DEFAULT_WORKLOAD);
    count++;
  }
  return count / seconds;
}

/**
 * A 1,000-point sweep over all options, plus locating the crossovers. 200 runs,
 * none left out: over 30, the p95 was the second run of a fresh process (V8
 * still compiling) and moved between 10 and 25 ms from one bench to the next.
 */
export function sweepTimings(runs = 200): number[] {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const sweep = sweepRequests(DEFAULT_WORKLOAD, { from: 1e3, to: 1e10, points: 1000 });
    findBreakEvens(DEFAULT_WORKLOAD, sweep);
    times.push(performance.now() - started);
  }
  return times;
}

/** Round trips through the real worker thread, as the IPC handler makes them (validation included). */
export async function workerRoundTrips(count = 300): Promise<number[]> {
  const service = createPricingService({ workerFile: path.join(__dirname, 'pricing-worker.cjs') });
  const times: number[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const workload = { ...DEFAULT_WORKLOAD, requestsPerMonth: 1000 + i * 1000 };
      const started = performance.now();
      const parsed = parseWorkload(workload);
      if (!parsed.ok) throw new Error(parsed.error);
      await service.evaluate(parsed.workload, BUNDLED_PRICE_BOOK);
      times.push(performance.now() - started);
    }
  } finally {
    await service.close();
  }
  return times;
}
