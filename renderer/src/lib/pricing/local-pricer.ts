import type { PriceBook, PriceBookSummary, PricingResult, Workload } from '../../../../electron/common/pricing';
import { samePrices } from './same-prices';

/** The pricing engine as the renderer uses it: loaded on demand, so the first chunk stays small. */
export interface LocalEngine {
  evaluate(workload: Workload, book: PriceBook): PricingResult;
  summarize(book: PriceBook): PriceBookSummary;
}

/** What makes two editions of a Region's book different: version, date and where it came from. */
function edition(summary: PriceBookSummary): string {
  return JSON.stringify(summary);
}

/**
 * Prices a workload in the renderer, synchronously, so a slider move is
 * painted in the frame of its input. It holds the very books the pricing
 * worker prices with (fetched from the host, parsed by the price-book schema,
 * never a copy of its own) and the same engine; the worker's answer still
 * confirms every move and wins where the two differ.
 */
export class LocalPricer {
  private engine: LocalEngine | null = null;
  private readonly books = new Map<string, { book: PriceBook; edition: string }>();
  /** Editions that priced a workload otherwise than the worker did: never asked for again. */
  private readonly refusedEditions = new Set<string>();

  useEngine(engine: LocalEngine): void {
    this.engine = engine;
  }

  /** Takes a Region's book; needs the engine first (it names the book's edition). */
  useBook(book: PriceBook): void {
    if (!this.engine) throw new Error('The pricing engine is not loaded yet.');
    this.books.set(book.region.code, { book, edition: edition(this.engine.summarize(book)) });
  }

  /**
   * Takes a Region's book only if, with it, the page prices `workload` exactly
   * as the worker did (`workers`): a book or engine that disagrees would paint
   * numbers the worker then replaces on every move, so moves keep waiting for
   * the worker instead. The check also runs the engine's code for the first
   * time here, when the book arrives, rather than on the user's next move.
   */
  useBookIfItAgrees(book: PriceBook, workload: Workload, workers: PricingResult): boolean {
    this.useBook(book);
    const mine = this.price(workload);
    if (mine && samePrices(mine, workers)) return true;
    this.books.delete(book.region.code);
    this.refusedEditions.add(edition(workers.priceBook));
    return false;
  }

  /** Whether the edition the worker priced with was refused by `useBookIfItAgrees`. */
  refused(used: PriceBookSummary): boolean {
    return this.refusedEditions.has(edition(used));
  }

  /** Whether the book held for `used.region` is the edition the worker priced with. */
  holds(used: PriceBookSummary): boolean {
    return this.books.get(used.region)?.edition === edition(used);
  }

  /** Drops every book (e.g. after an import): until the worker names the new edition, moves wait for it. */
  forget(): void {
    this.books.clear();
  }

  /** The costs of `workload`, or null when its Region's book (or the engine) isn't here yet. */
  price(workload: Workload): PricingResult | null {
    const held = this.books.get(workload.region);
    if (!this.engine || !held) return null;
    try {
      return this.engine.evaluate(workload, held.book);
    } catch {
      // The worker prices the same move and reports what went wrong.
      return null;
    }
  }
}
