import { describe, expect, it } from 'vitest';
import { BUNDLED_PRICE_BOOK, type PriceBook } from './price-book';
import { bookPrices, missingIds, resolvePrices } from './prices';

/** The prices an evaluation cannot use: it marks the result as having gaps instead of pricing with 0. */
describe('missing prices', () => {
  const { ['eks.cluster']: _gone, ...withoutEks } = BUNDLED_PRICE_BOOK.prices;
  const lacksEks: PriceBook = { ...BUNDLED_PRICE_BOOK, prices: withoutEks };

  it('are none for the bundled book, which prices everything', () => {
    expect(missingIds(bookPrices(BUNDLED_PRICE_BOOK))).toEqual([]);
  });

  it('are exactly the ids the book lacks', () => {
    expect(missingIds(bookPrices(lacksEks))).toEqual(['eks.cluster']);
  });

  it("are filled by the user's own price", () => {
    expect(missingIds(resolvePrices(lacksEks, { 'eks.cluster': 0.1 }))).toEqual([]);
  });
});
