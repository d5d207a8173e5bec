import { PRICE_BOOK, type PriceId } from './price-book';
import type { LineItem } from './types';

export type LineDetail = Omit<LineItem, 'costUSD' | 'overridden'>;

/**
 * Accumulates one option's charges. AWS bills each line to the cent and its
 * worked examples add those rounded lines, so the total is kept in whole cents.
 * Line items are only built when `detailed`; callers write
 * `bill.charge(cost, bill.detailed && { ... })` so sweeps allocate nothing.
 */
export class Bill {
  readonly lineItems: LineItem[] = [];
  private cents = 0;

  constructor(
    readonly detailed: boolean,
    private readonly overrides: Partial<Record<PriceId, number>>,
  ) {}

  charge(costUSD: number, detail: LineDetail | false): void {
    this.cents += Math.round(costUSD * 100);
    if (!detail) return;
    const item: LineItem = { ...detail, costUSD };
    if (detail.priceId) {
      item.source = PRICE_BOOK.entries[detail.priceId].source;
      if (this.overrides[detail.priceId] !== undefined) item.overridden = true;
    }
    this.lineItems.push(item);
  }

  /** Starts over for the next option; sweeps reuse one bill (never a detailed one). */
  reset(): void {
    this.cents = 0;
    this.lineItems.length = 0;
  }

  get totalUSD(): number {
    return this.cents / 100;
  }
}
