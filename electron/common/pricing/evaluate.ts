import { Bill } from './bill';
import { OPTION_PRICERS, type OptionPricer } from './options/catalog';
import { PRICE_BOOK } from './price-book';
import { resolvePrices, type Prices } from './prices';
import { describeSizing } from './sizing';
import type { EvaluateOptions, OptionResult, PricingResult } from './types';
import type { Workload } from './workload-schema';

const BOOK_SUMMARY = { version: PRICE_BOOK.version, asOf: PRICE_BOOK.asOf, region: PRICE_BOOK.region };

function priceOption(pricer: OptionPricer, w: Workload, prices: Prices, bill: Bill): OptionResult {
  bill.reset();
  const reason = pricer.price(bill, w, prices);
  const label = pricer.label(w);
  if (reason !== null) {
    return { id: pricer.id, label, feasible: false, reason, monthlyUSD: null, lineItems: [], warnings: [] };
  }
  const result: OptionResult = {
    id: pricer.id,
    label,
    feasible: true,
    monthlyUSD: bill.totalUSD,
    lineItems: bill.detailed ? [...bill.lineItems] : [],
    warnings: bill.detailed ? [...bill.warnings] : [],
  };
  if (bill.upfrontUSD > 0) result.upfrontUSD = Math.round(bill.upfrontUSD * 100) / 100;
  if (bill.deployment) result.deployment = bill.deployment;
  return result;
}

/**
 * Prices every compute option for one (already validated) workload. With
 * `detail: false` the line items are left empty and only totals are computed.
 */
export function evaluate(w: Workload, opts: EvaluateOptions = {}): PricingResult {
  const detail = opts.detail ?? true;
  const prices = resolvePrices(w.priceOverrides);
  // One bill, started over for each option; the lines and warnings it builds are copied out.
  const bill = new Bill(detail, w.priceOverrides);
  const options = OPTION_PRICERS.map((pricer) => priceOption(pricer, w, prices, bill));
  return { priceBook: { ...BOOK_SUMMARY }, options, sizing: describeSizing(w) };
}

/** One option's monthly total, or NaN when it cannot run the workload. */
export function monthlyTotalOf(w: Workload, prices: Prices, optionIndex: number, bill: Bill): number {
  bill.reset();
  const reason = (OPTION_PRICERS[optionIndex] as OptionPricer).price(bill, w, prices);
  return reason === null ? bill.totalUSD : NaN;
}

/**
 * Monthly totals only, written into `out` in OPTION_PRICERS order (NaN when
 * infeasible). The break-even sweep calls this thousands of times.
 */
export function monthlyTotalsInto(w: Workload, prices: Prices, out: Float64Array): void {
  const bill = new Bill(false, w.priceOverrides);
  for (let i = 0; i < OPTION_PRICERS.length; i++) out[i] = monthlyTotalOf(w, prices, i, bill);
}
