import type { ImportProblem } from './import-problems';
import type { PlannedOffer } from './import-plan';
import type { PriceListImport } from './import-price-book';
import { CsvError } from './csv-lines';
import { JsonSliceError } from './json-slicer';
import type { OfferCode } from './offer-codes';
import { OfferFileError, type OfferFinds } from './offer-finds';
import type { RegionFilter } from './product-match';
import { readCsvOffer } from './read-offer-csv';
import { readJsonOffer } from './read-offer-json';

// Progress is reported after each file and every few MB within one, not for every chunk.
const PROGRESS_STEP = 4 * 1024 * 1024;

export type ReadOffers = { ok: true; finds: Map<OfferCode, OfferFinds> } | { ok: false; problems: ImportProblem[] };

/** Streams each planned offer file in turn, reporting bytes read; cancelling stops at the next chunk. */
export async function readPlannedOffers(
  offers: readonly PlannedOffer[],
  region: RegionFilter,
  totalBytes: number,
  { signal, onProgress }: Pick<PriceListImport, 'signal' | 'onProgress'>,
): Promise<ReadOffers> {
  const finds = new Map<OfferCode, OfferFinds>();
  const problems: ImportProblem[] = [];
  let bytesRead = 0;
  let reported = 0;
  for (const offer of offers) {
    const report = () => {
      reported = bytesRead;
      onProgress?.({ file: offer.file, bytesRead, totalBytes });
    };
    const onBytes = (bytes: number) => {
      bytesRead += bytes;
      if (bytesRead - reported >= PROGRESS_STEP) report();
    };
    const plan = { offer: offer.offer, region, wanted: offer.wanted, onBytes, ...(signal ? { signal } : {}) };
    try {
      const read = offer.header.format === 'json' ? readJsonOffer : readCsvOffer;
      finds.set(offer.offer, await read(offer.file, plan));
      report();
    } catch (error) {
      if (error instanceof OfferFileError || error instanceof JsonSliceError || error instanceof CsvError) {
        problems.push({ kind: 'file', file: offer.file, message: error.message });
      } else if (error instanceof SyntaxError) {
        problems.push({ kind: 'file', file: offer.file, message: `not valid JSON (${error.message})` });
      } else {
        throw error;
      }
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, finds };
}
