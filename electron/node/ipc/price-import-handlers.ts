import { createPriceImportJobs, type PriceImportJobsOptions } from '../price-jobs/price-import-jobs';
import { createPriceUpdateJobs } from '../price-jobs/price-update-jobs';
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
 */
export function priceImportHandlers(options: PriceJobsOptions): Pick<Implementations, PriceImportMethod> {
  const updates = createPriceUpdateJobs({
    books: options.books,
    pricing: options.pricing,
    ...(options.priceListUrl ? { baseUrl: options.priceListUrl } : {}),
    importRunning: () => jobs.running(),
  });
  const jobs = createPriceImportJobs({ ...options, otherJobRunning: () => updates.running() });
  return {
    choosePriceFiles: ({ kind }) => jobs.choose(kind),
    startPriceImport: (input) => jobs.start(input),
    sendPriceFileChunk: (input) => jobs.chunk(input),
    waitForPriceJob: (input) => (updates.has(input.jobId) ? updates.wait(input) : jobs.wait(input)),
    cancelPriceJob: (input) => (updates.has(input.jobId) ? updates.cancel(input) : jobs.cancel(input)),
    planPriceUpdate: (input) => updates.plan(input),
    startPriceUpdate: (input) => updates.start(input),
  };
}
