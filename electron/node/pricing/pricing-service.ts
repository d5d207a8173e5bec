import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { BUNDLED_PRICE_BOOK, DEFAULT_WORKLOAD, type PriceBook, type PricingResult } from '../../common/pricing';
import { LatestWinsWorker, type LaneOutcome } from '../workers/latest-wins-worker';
import { BookShipping } from './book-shipping';
import type { BreakEvenResult, PricingAnswer, PricingRequest } from './pricing-protocol';

export interface PricingService {
  /** Prices `workload` with `book`, its Region's price book. */
  evaluate(workload: unknown, book: PriceBook): Promise<LaneOutcome<PricingResult>>;
  breakEven(workload: unknown, book: PriceBook): Promise<LaneOutcome<BreakEvenResult>>;
  /** Several workloads at once, e.g. two profiles side by side; its own lane, so sliders never supersede it. */
  evaluateMany(workloads: { workload: unknown; book: PriceBook }[]): Promise<LaneOutcome<PricingResult[]>>;
  /** Starts the worker and runs one throwaway evaluation, so the first real one doesn't pay for start-up and JIT. */
  warmUp(): void;
  close(): Promise<void>;
}

/** The built worker sits beside the main bundle in dist/electron. */
export const PRICING_WORKER_FILE = 'pricing-worker.cjs';

export function createPricingService(options: { workerFile?: string; timeoutMs?: number } = {}): PricingService {
  const workerFile = options.workerFile ?? path.join(__dirname, PRICING_WORKER_FILE);
  const books = new BookShipping();
  const pool = new LatestWinsWorker<PricingRequest, PricingAnswer>({
    createWorker: () => new Worker(workerFile),
    // A sweep takes milliseconds; five seconds means the worker is stuck.
    timeoutMs: options.timeoutMs ?? 5000,
    log: (message) => console.error(message),
    prepare: (request, worker) => books.forWorker(request, worker),
  });
  return {
    evaluate: (workload, book) =>
      pool.request('evaluate', { kind: 'evaluate', workload, book: books.refFor(book) }) as Promise<
        LaneOutcome<PricingResult>
      >,
    breakEven: (workload, book) =>
      pool.request('break-even', { kind: 'break-even', workload, book: books.refFor(book) }) as Promise<
        LaneOutcome<BreakEvenResult>
      >,
    evaluateMany: (items) =>
      pool.request('compare', {
        kind: 'evaluate-many',
        workloads: items.map((i) => i.workload),
        books: items.map((i) => books.refFor(i.book)),
      }) as Promise<LaneOutcome<PricingResult[]>>,
    warmUp: () => {
      // One evaluation, not a sweep: the page's first costs come within a second of the start, and a
      // thousand-point sweep still running then would keep them waiting. It compiles the engine the
      // sweeps use too.
      const request = {
        kind: 'evaluate',
        workload: DEFAULT_WORKLOAD,
        book: books.refFor(BUNDLED_PRICE_BOOK),
      } as const;
      void pool.request('warm-up', request).catch(() => undefined);
    },
    close: () => pool.close(),
  };
}
