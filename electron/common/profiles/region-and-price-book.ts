/**
 * Profile format 2 → 3: a profile says which AWS Region its workload runs in
 * (`workload.region`, which picks the price book every option is priced with)
 * and which book it was last priced with (`priceBook`: Region and version).
 * Every profile before this was priced in us-east-1 with the book bundled at
 * the time, so that is what it records. Anything else is kept for the schema
 * to judge.
 */

/** The format this step writes (the coordinator may renumber steps at merge: change it here only). */
export const REGION_AND_PRICE_BOOK_VERSION = 3;

/** The one book there was before Regions: the bundled us-east-1 book's version then. */
export const BOOK_BEFORE_REGIONS = Object.freeze({ region: 'us-east-1', version: '2025.10.1' });

type Raw = Record<string, unknown>;

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function recordRegionAndPriceBook(old: unknown): unknown {
  if (!isRecord(old)) return old;
  const workload = isRecord(old.workload) ? { region: BOOK_BEFORE_REGIONS.region, ...old.workload } : old.workload;
  return {
    ...old,
    schemaVersion: REGION_AND_PRICE_BOOK_VERSION,
    workload,
    priceBook: old.priceBook ?? { ...BOOK_BEFORE_REGIONS },
  };
}
