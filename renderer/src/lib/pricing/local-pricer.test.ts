import { describe, expect, it } from 'vitest';
import {
  BUNDLED_PRICE_BOOK,
  DEFAULT_WORKLOAD,
  type PriceBook,
  type Workload,
} from '../../../../electron/common/pricing';
import { evaluate } from '../../../../electron/common/pricing/evaluate';
import { priceBookDataSchema } from '../../../../electron/common/pricing/price-book-data';
import { localEngine } from './local-engine';
import { LocalPricer } from './local-pricer';
import { asReceivedFromWorker } from './worker-answer.test-helper';

/** The book as the host sends it: JSON over the wire, parsed by the price-book schema on arrival. */
function sentBook(edit: (book: PriceBook) => PriceBook = (book) => book): PriceBook {
  return priceBookDataSchema.parse(JSON.parse(JSON.stringify(edit(BUNDLED_PRICE_BOOK))));
}

const tenMillion: Workload = { ...DEFAULT_WORKLOAD, requestsPerMonth: 10_000_000, freeTier: false };

function lambdaRequestsUSD(pricer: LocalPricer, w: Workload): number | undefined {
  const lambda = pricer.price(w)?.options.find((option) => option.id === 'lambda');
  return lambda?.lineItems.find((line) => line.priceId === 'lambda.requests')?.costUSD;
}

describe('pricing a move in the page', () => {
  it('prices nothing until the engine and the Region’s book are both here', () => {
    const pricer = new LocalPricer();
    expect(pricer.price(tenMillion)).toBeNull();
    pricer.useEngine(localEngine);
    expect(pricer.price(tenMillion)).toBeNull();
    pricer.useBook(sentBook());
    expect(pricer.price(tenMillion)).not.toBeNull();
    // Another Region waits for the worker: never priced with us-east-1's numbers.
    expect(pricer.price({ ...tenMillion, region: 'eu-central-1' })).toBeNull();
  });

  it('prices with the book it was sent, not the one the app ships', () => {
    const pricer = new LocalPricer();
    pricer.useEngine(localEngine);
    pricer.useBook(sentBook());
    // AWS Lambda pricing page: $0.20 per 1M requests; 10M requests, no free tier = $2.00.
    expect(lambdaRequestsUSD(pricer, tenMillion)).toBeCloseTo(2.0, 10);
    const dearer = sentBook((book) => ({
      ...book,
      version: `${book.version}-test`,
      prices: { ...book.prices, 'lambda.requests': { ...book.prices['lambda.requests']!, usd: 0.4 } },
    }));
    pricer.useBook(dearer);
    // 10M × $0.40 per 1M = $4.00.
    expect(lambdaRequestsUSD(pricer, tenMillion)).toBeCloseTo(4.0, 10);
  });

  it('knows whether it holds the edition the worker priced with, and forgets them all after an import', () => {
    const pricer = new LocalPricer();
    pricer.useEngine(localEngine);
    const book = sentBook();
    pricer.useBook(book);
    const used = localEngine.summarize(book);
    expect(pricer.holds(used)).toBe(true);
    expect(pricer.holds({ ...used, version: 'newer' })).toBe(false);
    pricer.forget();
    expect(pricer.holds(used)).toBe(false);
    expect(pricer.price(tenMillion)).toBeNull();
  });
});

describe('taking a book only when the page prices as the worker did', () => {
  /** The worker's answer for `w`, priced with `book`, as the page receives it. */
  function workersAnswer(w: Workload, book: PriceBook = BUNDLED_PRICE_BOOK) {
    return asReceivedFromWorker(evaluate(w, { book }));
  }

  it('takes the book when its own pricing of the workload matches the worker’s answer', () => {
    const pricer = new LocalPricer();
    pricer.useEngine(localEngine);
    expect(pricer.useBookIfItAgrees(sentBook(), tenMillion, workersAnswer(tenMillion))).toBe(true);
    // AWS Lambda pricing page: $0.20 per 1M requests; 10M requests, no free tier = $2.00.
    expect(lambdaRequestsUSD(pricer, tenMillion)).toBeCloseTo(2.0, 10);
  });

  it('refuses a book that prices otherwise, and that edition for good', () => {
    const pricer = new LocalPricer();
    pricer.useEngine(localEngine);
    // The worker priced with a dearer request price under the same edition name (a bug, or a stale copy).
    const dearer: PriceBook = {
      ...BUNDLED_PRICE_BOOK,
      prices: {
        ...BUNDLED_PRICE_BOOK.prices,
        'lambda.requests': { ...BUNDLED_PRICE_BOOK.prices['lambda.requests']!, usd: 0.4 },
      },
    };
    const answer = workersAnswer(tenMillion, dearer);
    expect(pricer.useBookIfItAgrees(sentBook(), tenMillion, answer)).toBe(false);
    expect(pricer.price(tenMillion)).toBeNull();
    expect(pricer.holds(answer.priceBook)).toBe(false);
    expect(pricer.refused(answer.priceBook)).toBe(true);
    expect(pricer.refused({ ...answer.priceBook, version: 'newer' })).toBe(false);
  });
});
