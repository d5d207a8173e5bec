import type { PriceImportJobsOptions } from '../price-jobs/price-import-jobs';
import type { Implementations } from './handler-table';

type PriceImportMethod =
  | 'choosePriceFiles'
  | 'startPriceImport'
  | 'sendPriceFileChunk'
  | 'waitForPriceJob'
  | 'cancelPriceJob'
  | 'planPriceUpdate'
  | 'startPriceUpdate';

export interface PriceJobsOptions extends PriceImportJobsOptions {
  /** Where Update prices for a Region… fetches from: AWS's endpoint unless a test says otherwise. */
  priceListUrl?: string;
}

/**
 * Import price files… and Update prices for a Region…: the job API both
 * shells serve (the picker is the desktop's alone). Both kinds of job are
 * followed and cancelled through the same two channels.
 *
 * The channels are registered at start; the price-list reading, mapping and
 * downloading behind them is loaded on the first call, so a start does not
 * run that code before the app can show its first screen (issue 15).
 */
export function priceImportHandlers(options: PriceJobsOptions): Pick<Implementations, PriceImportMethod> {
  let loading: ReturnType<typeof loadPriceJobs> | null = null;
  const priceJobs = () => (loading ??= loadPriceJobs(options));
  return {
    choosePriceFiles: async ({ kind }) => (await priceJobs()).imports.choose(kind),
    startPriceImport: async (input) => (await priceJobs()).imports.start(input),
    sendPriceFileChunk: async (input) => (await priceJobs()).imports.chunk(input),
    waitForPriceJob: async (input) => {
      const { imports, updates } = await priceJobs();
      return updates.has(input.jobId) ? updates.wait(input) : imports.wait(input);
    },
    cancelPriceJob: async (input) => {
      const { imports, updates } = await priceJobs();
      return updates.has(input.jobId) ? updates.cancel(input) : imports.cancel(input);
    },
    planPriceUpdate: async (input) => (await priceJobs()).updates.plan(input),
    startPriceUpdate: async (input) => (await priceJobs()).updates.start(input),
  };
}

async function loadPriceJobs(options: PriceJobsOptions) {
  const [{ createPriceImportJobs }, { createPriceUpdateJobs }] = await Promise.all([
    import('../price-jobs/price-import-jobs'),
    import('../price-jobs/price-update-jobs'),
  ]);
  const updates = createPriceUpdateJobs({
    books: options.books,
    pricing: options.pricing,
    ...(options.priceListUrl ? { baseUrl: options.priceListUrl } : {}),
    importRunning: () => imports.running(),
  });
  const imports = createPriceImportJobs({ ...options, otherJobRunning: () => updates.running() });
  return { imports, updates };
}
