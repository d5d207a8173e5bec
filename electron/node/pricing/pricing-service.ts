import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PricingResult } from '../../common/pricing';
import { LatestWinsWorker, type LaneOutcome } from '../workers/latest-wins-worker';
import type { BreakEvenResult, PricingAnswer, PricingRequest } from './pricing-protocol';

export interface PricingService {
  evaluate(workload: unknown): Promise<LaneOutcome<PricingResult>>;
  breakEven(workload: unknown): Promise<LaneOutcome<BreakEvenResult>>;
  /** Several workloads at once, e.g. two profiles side by side; its own lane, so sliders never supersede it. */
  evaluateMany(workloads: unknown[]): Promise<LaneOutcome<PricingResult[]>>;
  /** Starts the worker and runs one throwaway evaluation, so the first real one doesn't pay for start-up and JIT. */
  warmUp(): void;
  close(): Promise<void>;
}

/** The built worker sits beside the main bundle in dist/electron. */
export const PRICING_WORKER_FILE = 'pricing-worker.cjs';

export function createPricingService(options: { workerFile?: string; timeoutMs?: number } = {}): PricingService {
  const workerFile = options.workerFile ?? path.join(__dirname, PRICING_WORKER_FILE);
  const pool = new LatestWinsWorker<PricingRequest, PricingAnswer>({
    createWorker: () => new Worker(workerFile),
    // A sweep takes milliseconds; five seconds means the worker is stuck.
    timeoutMs: options.timeoutMs ?? 5000,
    log: (message) => console.error(message),
  });
  return {
    evaluate: (workload) =>
      pool.request('evaluate', { kind: 'evaluate', workload }) as Promise<LaneOutcome<PricingResult>>,
    breakEven: (workload) =>
      pool.request('break-even', { kind: 'break-even', workload }) as Promise<LaneOutcome<BreakEvenResult>>,
    evaluateMany: (workloads) =>
      pool.request('compare', { kind: 'evaluate-many', workloads }) as Promise<LaneOutcome<PricingResult[]>>,
    warmUp: () => {
      void pool.request('warm-up', { kind: 'break-even', workload: {} }).catch(() => undefined);
    },
    close: () => pool.close(),
  };
}
