import type { BreakEvens, PriceBook, PricingResult, Sweep } from '../../common/pricing';

/**
 * A price book as the worker receives it: its key always, its data only the
 * first time this worker sees that book (then the worker keeps it), so a
 * slider move never ships a whole book.
 */
export interface BookRef {
  key: string;
  data?: PriceBook;
}

/** What the main process asks the pricing worker. The workload is unvalidated on purpose: the worker checks it. */
export type PricingRequest =
  | { kind: 'evaluate'; workload: unknown; book: BookRef }
  | { kind: 'break-even'; workload: unknown; book: BookRef }
  | { kind: 'evaluate-many'; workloads: unknown[]; books: BookRef[] };

export interface BreakEvenResult {
  sweep: Sweep;
  breakEvens: BreakEvens;
}

export type PricingAnswer = PricingResult | BreakEvenResult | PricingResult[];
