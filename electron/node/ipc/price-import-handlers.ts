import { createPriceImportJobs, type PriceImportJobsOptions } from '../price-jobs/price-import-jobs';
import type { Implementations } from './handler-table';

type PriceImportMethod =
  'choosePriceFiles' | 'startPriceImport' | 'sendPriceFileChunk' | 'waitForPriceJob' | 'cancelPriceJob';

/** Import price files…: the job API both shells serve (the picker is the desktop's alone). */
export function priceImportHandlers(options: PriceImportJobsOptions): Pick<Implementations, PriceImportMethod> {
  const jobs = createPriceImportJobs(options);
  return {
    choosePriceFiles: ({ kind }) => jobs.choose(kind),
    startPriceImport: (input) => jobs.start(input),
    sendPriceFileChunk: (input) => jobs.chunk(input),
    waitForPriceJob: (input) => jobs.wait(input),
    cancelPriceJob: (input) => jobs.cancel(input),
  };
}
