import { BUNDLED_PRICE_BOOK, PRICE_IDS } from '../../electron/common/pricing/price-book';
import type { PriceBookData } from '../../electron/common/pricing/price-book-data';
import { importPriceBook } from '../../electron/node/price-list/import-price-book';
import { fixtureOfferFiles } from '../../electron/node/price-list/testing/fixture-root';

/**
 * A Region's book as the app's own importer makes it from the committed AWS
 * fixture files (no network): what a spec puts in the data folder before the
 * host starts, when it needs a second Region already imported.
 */
export async function fixtureBook(region: string): Promise<PriceBookData> {
  const imported = await importPriceBook({
    files: await fixtureOfferFiles(region, 'json'),
    ids: PRICE_IDS,
    template: BUNDLED_PRICE_BOOK,
    region,
  });
  if (!imported.ok) throw new Error(`The fixture import was refused: ${JSON.stringify(imported.problems)}`);
  return imported.book;
}
