import bundledUsEast1 from './bundled/us-east-1.json' with { type: 'json' };
import { priceBookDataSchema, type PriceBookData, type PriceBookEntryData } from './price-book-data';

/**
 * A stable key for one unit price; saved overrides refer to prices by it.
 * The bundled book (a data file in the price-book format) names every price
 * the engine uses, so adding a price id is adding an entry there.
 */
export type PriceId = keyof typeof bundledUsEast1.prices;

export const PRICE_IDS = Object.keys(bundledUsEast1.prices) as [PriceId, ...PriceId[]];

/** A book the engine prices with: one Region's prices, and those it doesn't have. */
export type PriceBook = PriceBookData;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** The us-east-1 book the app ships: prices typed from AWS's pages, each with its source and verified mark. */
export const BUNDLED_PRICE_BOOK: PriceBook = deepFreeze(priceBookDataSchema.parse(bundledUsEast1));

export const BUNDLED_REGION = 'us-east-1';

export function priceEntry(book: PriceBook, id: PriceId): PriceBookEntryData | undefined {
  return Object.hasOwn(book.prices, id) ? book.prices[id] : undefined;
}

/**
 * Why a book has no price for `id`: the Region lacks it (the book says why),
 * or the book was made before the app needed that price.
 */
export function missingPriceReason(book: PriceBook, id: PriceId): string {
  const absent = Object.hasOwn(book.absent, id) ? book.absent[id] : undefined;
  if (absent) return absent.reason;
  const label = BUNDLED_PRICE_BOOK.prices[id]?.label ?? id;
  return (
    `The ${book.region.code} price book (${book.version}) has no price for ${label}: ` +
    'it was made before this version of the app needed it. Import or update its prices again.'
  );
}

/** The offer version an imported price was read from. */
export function offerVersionOf(book: PriceBook, offerCode: string): string | undefined {
  if (book.source.kind !== 'aws-price-list') return undefined;
  return book.source.offers.find((o) => o.offerCode === offerCode)?.version;
}

/** What a pricing result says about the book it was priced with. */
export interface PriceBookSummary {
  /** The Region's code, e.g. "eu-central-1". */
  region: string;
  regionName: string;
  version: string;
  asOf: string;
  source:
    | { kind: 'bundled' }
    | {
        kind: 'aws-price-list';
        importedAt: string;
        offers: { offerCode: string; version: string; publicationDate: string }[];
      };
}

export function summarizePriceBook(book: PriceBook): PriceBookSummary {
  const { source } = book;
  return {
    region: book.region.code,
    regionName: book.region.name,
    version: book.version,
    asOf: book.asOf,
    source:
      source.kind === 'bundled'
        ? { kind: 'bundled' }
        : {
            kind: 'aws-price-list',
            importedAt: source.importedAt,
            offers: source.offers.map(({ offerCode, version, publicationDate }) => ({
              offerCode,
              version,
              publicationDate,
            })),
          },
  };
}
