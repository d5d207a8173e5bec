import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { BUNDLED_PRICE_BOOK, DEFAULT_WORKLOAD } from '../../common/pricing';
import { BookShipping } from './book-shipping';
import type { PricingRequest } from './pricing-protocol';

const aWorker = () => ({}) as Worker;

describe('shipping price books to the pricing worker', () => {
  const request = (shipping: BookShipping, book = BUNDLED_PRICE_BOOK): PricingRequest => ({
    kind: 'evaluate',
    workload: DEFAULT_WORKLOAD,
    book: shipping.refFor(book),
  });

  it('sends a book with the first request only: a slider move carries its key, not the book', () => {
    const shipping = new BookShipping();
    const worker = aWorker();
    const first = shipping.forWorker(request(shipping), worker);
    const second = shipping.forWorker(request(shipping), worker);
    expect(first.kind === 'evaluate' && first.book.data).toBe(BUNDLED_PRICE_BOOK);
    expect(second).toMatchObject({ book: { key: first.kind === 'evaluate' ? first.book.key : '' } });
    expect(second.kind === 'evaluate' && 'data' in second.book).toBe(false);
  });

  it('sends it again to a worker started after a crash', () => {
    const shipping = new BookShipping();
    shipping.forWorker(request(shipping), aWorker());
    const replacement = shipping.forWorker(request(shipping), aWorker());
    expect(replacement.kind === 'evaluate' && replacement.book.data).toBe(BUNDLED_PRICE_BOOK);
  });

  it('treats a book read again from disk as a new book', () => {
    const shipping = new BookShipping();
    const worker = aWorker();
    shipping.forWorker(request(shipping), worker);
    const reread = { ...BUNDLED_PRICE_BOOK };
    const next = shipping.forWorker(request(shipping, reread), worker);
    expect(next.kind === 'evaluate' && next.book.data).toBe(reread);
  });

  it('sends a book shared by several workloads once in a comparison', () => {
    const shipping = new BookShipping();
    const ref = shipping.refFor(BUNDLED_PRICE_BOOK);
    const many = shipping.forWorker(
      { kind: 'evaluate-many', workloads: [DEFAULT_WORKLOAD, DEFAULT_WORKLOAD], books: [ref, ref] },
      aWorker(),
    );
    expect(many.kind === 'evaluate-many' && many.books.map((b) => 'data' in b)).toEqual([true, false]);
  });
});
