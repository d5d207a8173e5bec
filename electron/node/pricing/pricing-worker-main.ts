import { parentPort } from 'node:worker_threads';
import { evaluate, findBreakEvens, parseWorkload, sweepRequests, type PriceBook } from '../../common/pricing';
import { priceBookDataSchema } from '../../common/pricing/price-book-data';
import { describeZodError } from '../../common/schema-error';
import type { WorkerReply, WorkerRequest } from '../workers/latest-wins-worker';
import type { BookRef, PricingAnswer, PricingRequest } from './pricing-protocol';

// The worker's boundary: whatever arrives is parsed by the workload schema
// (and a book by the price-book schema) again, so a bad message can never
// reach the engine.
parentPort?.on('message', ({ id, payload }: WorkerRequest<PricingRequest>) => {
  parentPort?.postMessage(answer(id, payload));
});

/** Books this worker was sent, by key: each arrives once, then requests name it. A few Regions at most. */
const books = new Map<string, PriceBook>();
const BOOKS_KEPT = 8;

function bookFor(ref: BookRef | undefined): PriceBook {
  if (typeof ref?.key !== 'string') throw new Error('Invalid request: no price book');
  if (ref.data !== undefined) {
    const parsed = priceBookDataSchema.safeParse(ref.data);
    if (!parsed.success) throw new Error(`Invalid price book: ${describeZodError(parsed.error)}`);
    books.delete(ref.key);
    books.set(ref.key, parsed.data);
    if (books.size > BOOKS_KEPT) books.delete(books.keys().next().value as string);
  }
  const book = books.get(ref.key);
  if (!book) throw new Error(`The pricing worker was not sent the price book ${ref.key}.`);
  return book;
}

function answer(id: number, request: PricingRequest): WorkerReply<PricingAnswer> {
  try {
    if (request?.kind === 'evaluate-many') return answerMany(id, request.workloads, request.books);
    const book = bookFor(request?.book);
    const parsed = parseWorkload(request?.workload);
    if (!parsed.ok) return { id, ok: false, error: `Invalid workload: ${parsed.error}` };
    if (request.kind === 'evaluate') return { id, ok: true, value: evaluate(parsed.workload, { book }) };
    const sweep = sweepRequests(parsed.workload, undefined, book);
    return { id, ok: true, value: { sweep, breakEvens: findBreakEvens(parsed.workload, sweep, book) } };
  } catch (error) {
    return { id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

function answerMany(id: number, workloads: unknown, refs: unknown): WorkerReply<PricingAnswer> {
  if (!Array.isArray(workloads) || !Array.isArray(refs) || refs.length !== workloads.length)
    return { id, ok: false, error: 'Invalid workloads: not a list with a book for each' };
  const bookList = (refs as BookRef[]).map(bookFor);
  const results = [];
  for (const [index, workload] of workloads.entries()) {
    const parsed = parseWorkload(workload, [String(index)]);
    if (!parsed.ok) return { id, ok: false, error: `Invalid workload: ${parsed.error}` };
    results.push(evaluate(parsed.workload, { book: bookList[index]! }));
  }
  return { id, ok: true, value: results };
}
