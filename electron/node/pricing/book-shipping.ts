import type { Worker } from 'node:worker_threads';
import type { PriceBook } from '../../common/pricing';
import type { BookRef, PricingRequest } from './pricing-protocol';

/**
 * Decides, as each request is posted, whether its book travels with it: only
 * to a worker that hasn't had that book yet. A restarted worker is a new
 * Worker and starts with none. Books are keyed by identity, so a book read
 * again from disk (a new import) is a new key.
 */
export class BookShipping {
  private readonly keys = new WeakMap<PriceBook, string>();
  private readonly shipped = new WeakMap<Worker, Set<string>>();
  private nextKey = 1;

  /** The reference a request carries, data included; `forWorker` drops the data where it isn't needed. */
  refFor(book: PriceBook): BookRef {
    let key = this.keys.get(book);
    if (key === undefined) {
      key = `${book.region.code}@${book.version}#${this.nextKey++}`;
      this.keys.set(book, key);
    }
    return { key, data: book };
  }

  /** `request` as `worker` should receive it: each book's data at most once per worker. */
  forWorker(request: PricingRequest, worker: Worker): PricingRequest {
    let known = this.shipped.get(worker);
    if (!known) {
      known = new Set();
      this.shipped.set(worker, known);
    }
    const ship = (ref: BookRef): BookRef => {
      if (known.has(ref.key)) return { key: ref.key };
      known.add(ref.key);
      return ref;
    };
    if (request.kind === 'evaluate-many') return { ...request, books: request.books.map(ship) };
    return { ...request, book: ship(request.book) };
  }
}
