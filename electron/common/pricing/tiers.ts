import type { Bill } from './bill';
import type { PriceId } from './price-book';
import type { Prices } from './prices';

/** A price ladder: `bounds[i]` is where tier i ends (cumulative, in units of the quantity). */
export interface TierLadder {
  bounds: readonly number[];
  priceIds: readonly PriceId[];
  /** How many units of the quantity one priced unit holds, e.g. 1e6 for "1M requests". */
  unitSize: number;
}

/**
 * The billable part of tier `index`. Tiers count all usage and the free
 * allowance covers the first units, so the billable range is [free, total].
 */
export function billableInTier(total: number, free: number, ladder: TierLadder, index: number): number {
  const start = index === 0 ? 0 : (ladder.bounds[index - 1] ?? Infinity);
  const end = ladder.bounds[index] ?? Infinity;
  return Math.max(0, Math.min(total, end) - Math.max(start, free));
}

export interface TierWords {
  label: string;
  unit: string;
  formula: string;
  driver?: string;
}

/** Words for one tier's line; `priceId` gives the undiscounted unit price. */
export type TierDescriber = (billable: number, priceId: PriceId) => TierWords;

/**
 * Charges usage across a ladder, one line per tier reached (the first tier
 * always shows, even when the free allowance covers it). Returns the cost charged.
 */
export function chargeTiers(
  bill: Bill,
  prices: Prices,
  ladder: TierLadder,
  usage: { total: number; free: number; discountFactor?: number },
  /**
   * Words for the lines, given only for detailed bills (`bill.detailed &&
   * wordsFor(...)`), so totals-only pricing builds no closure.
   */
  describe: TierDescriber | false,
): number {
  const factor = usage.discountFactor ?? 1;
  let charged = 0;
  for (let i = 0; i < ladder.priceIds.length; i++) {
    if (i > 0 && usage.total <= (ladder.bounds[i - 1] ?? Infinity)) break;
    const billable = billableInTier(usage.total, usage.free, ladder, i);
    const priceId = ladder.priceIds[i] as PriceId;
    const price = prices[priceId] * factor;
    const quantity = billable / ladder.unitSize;
    charged += quantity * price;
    if (!bill.detailed || !describe) {
      bill.charge(quantity * price, false);
      continue;
    }
    const words = describe(billable, priceId);
    bill.charge(quantity * price, {
      label: words.label,
      quantity,
      unit: words.unit,
      unitPriceUSD: price,
      formula: words.formula,
      priceId,
      ...(words.driver ? { driver: words.driver } : {}),
    });
  }
  return charged;
}
