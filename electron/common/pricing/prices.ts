import { PRICE_BOOK, PRICE_IDS, type PriceId } from './price-book';

/** The unit prices one evaluation uses: the book's, with the user's overrides on top. */
export type Prices = Readonly<Record<PriceId, number>>;

const BOOK_PRICES: Prices = Object.freeze(
  Object.fromEntries(PRICE_IDS.map((id) => [id, PRICE_BOOK.entries[id].usd])) as Record<PriceId, number>,
);

export function resolvePrices(overrides: Partial<Record<PriceId, number>>): Prices {
  for (const _ in overrides) return { ...BOOK_PRICES, ...overrides };
  return BOOK_PRICES;
}
