import { PRICE_IDS, priceEntry, type PriceBook, type PriceId } from './price-book';

/** The unit prices one evaluation uses: the book's, with the user's overrides on top. */
export type Prices = Readonly<Record<PriceId, number>>;

const BOOK_PRICES = new WeakMap<PriceBook, Prices>();

/**
 * The book's prices by id. A price the book doesn't have is NaN: an option
 * that charges it can't total, and a choice between sizes (instance types,
 * bundles) skips it, so nothing is ever priced with another Region's number.
 */
export function bookPrices(book: PriceBook): Prices {
  let prices = BOOK_PRICES.get(book);
  if (!prices) {
    prices = Object.freeze(
      Object.fromEntries(PRICE_IDS.map((id) => [id, priceEntry(book, id)?.usd ?? NaN])) as Record<PriceId, number>,
    );
    BOOK_PRICES.set(book, prices);
  }
  return prices;
}

export function resolvePrices(book: PriceBook, overrides: Partial<Record<PriceId, number>>): Prices {
  const prices = bookPrices(book);
  for (const _ in overrides) return { ...prices, ...overrides };
  return prices;
}

/** The ids `prices` lacks (NaN): the book has no price and the user gave none. */
export function missingIds(prices: Prices): PriceId[] {
  return PRICE_IDS.filter((id) => Number.isNaN(prices[id]));
}

/** `prices` with every missing price at 0: what an option would charge if the Region had them. */
export function withStandIns(prices: Prices): Prices {
  const standIns = { ...prices };
  for (const id of missingIds(prices)) standIns[id] = 0;
  return standIns;
}
