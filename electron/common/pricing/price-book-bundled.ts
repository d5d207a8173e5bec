import { knownRegion } from './aws-regions';
import { PRICE_BOOK, PRICE_IDS, type PriceBook } from './price-book';
import { PRICE_BOOK_SCHEMA_VERSION, type PriceBookData, type PriceBookEntryData } from './price-book-data';

export const BUNDLED_SOURCE_DESCRIPTION =
  "Typed into the app from AWS's pricing pages and an AWS Price List snapshot; marks where sources disagree.";

/**
 * The book the app ships, in the price-book file format: the same prices,
 * labels, sources, verified marks and notes, and the date they were checked
 * as each price's effective date.
 */
export function bundledPriceBookData(book: PriceBook = PRICE_BOOK): PriceBookData {
  const prices: Record<string, PriceBookEntryData> = {};
  for (const id of PRICE_IDS) {
    const { usd, unit, asOf, label, source, verified, note } = book.entries[id];
    prices[id] = { usd, unit, effectiveDate: asOf, label, source, verified, ...(note === undefined ? {} : { note }) };
  }
  return {
    schemaVersion: PRICE_BOOK_SCHEMA_VERSION,
    region: { code: book.region, name: knownRegion(book.region)?.name ?? book.region },
    currency: 'USD',
    version: book.version,
    asOf: book.asOf,
    source: { kind: 'bundled', description: BUNDLED_SOURCE_DESCRIPTION },
    prices,
    absent: {},
  };
}
