import { Bill } from './bill';
import { OPTION_PRICERS, type OptionPricer } from './options/catalog';
import { BUNDLED_PRICE_BOOK, missingPriceReason, summarizePriceBook, type PriceBook, type PriceId } from './price-book';
import { missingIds, resolvePrices, withStandIns, type Prices } from './prices';
import { describeSizing } from './sizing';
import type { EvaluateOptions, OptionResult, PricingResult } from './types';
import type { Workload } from './workload-schema';

/**
 * Why an option that came out infeasible (or without a total) needs prices
 * the Region's book lacks, or null when the lack is not the cause: priced
 * again as if the Region had them, the option would run, and the lines it
 * would charge name the missing prices.
 */
function missingPricesReason(
  pricer: OptionPricer,
  w: Workload,
  prices: Prices,
  book: PriceBook,
  bill: Bill,
): string | null {
  bill.reset();
  if (pricer.price(bill, w, withStandIns(prices)) !== null) return null;
  const missing = new Set<PriceId>();
  for (const line of bill.lineItems) {
    if (line.priceId !== undefined && Number.isNaN(prices[line.priceId])) missing.add(line.priceId);
  }
  const reasons = [...new Set([...missing].map((id) => missingPriceReason(book, id)))];
  if (reasons.length === 0) return null;
  return `${reasons.join(' ')} This option is not priced in ${book.region.code} rather than priced with another Region's numbers.`;
}

function infeasible(pricer: OptionPricer, w: Workload, reason: string): OptionResult {
  return {
    id: pricer.id,
    label: pricer.label(w),
    feasible: false,
    reason,
    monthlyUSD: null,
    lineItems: [],
    warnings: [],
  };
}

interface Pricing {
  w: Workload;
  prices: Prices;
  bill: Bill;
  book: PriceBook;
  /** Whether any price is missing: only then can one be why an option is infeasible. */
  gaps: boolean;
}

function priceOption(pricer: OptionPricer, { w, prices, bill, book, gaps }: Pricing): OptionResult {
  bill.reset();
  const reason = pricer.price(bill, w, prices);
  if (reason !== null || Number.isNaN(bill.totalUSD)) {
    const missing = gaps && bill.detailed ? missingPricesReason(pricer, w, prices, book, bill) : null;
    return infeasible(
      pricer,
      w,
      missing ?? reason ?? `Some of its prices are missing from the ${book.region.code} price book.`,
    );
  }
  const result: OptionResult = {
    id: pricer.id,
    label: pricer.label(w),
    feasible: true,
    monthlyUSD: bill.totalUSD,
    lineItems: bill.detailed ? [...bill.lineItems] : [],
    warnings: bill.detailed ? [...bill.warnings] : [],
  };
  if (bill.upfrontUSD > 0) result.upfrontUSD = Math.round(bill.upfrontUSD * 100) / 100;
  if (bill.deployment) result.deployment = bill.deployment;
  return result;
}

/** A workload is priced with its own Region's book, never another's. */
export function checkBookRegion(w: Workload, book: PriceBook): void {
  if (w.region !== book.region.code) {
    throw new Error(`The workload is for ${w.region}, but the price book given is for ${book.region.code}.`);
  }
}

/**
 * Prices every compute option for one (already validated) workload with its
 * Region's book. With `detail: false` the line items are left empty and
 * only totals are computed.
 */
export function evaluate(w: Workload, opts: EvaluateOptions = {}): PricingResult {
  const detail = opts.detail ?? true;
  const book = opts.book ?? BUNDLED_PRICE_BOOK;
  checkBookRegion(w, book);
  const prices = resolvePrices(book, w.priceOverrides);
  // One bill, started over for each option; the lines and warnings it builds are copied out.
  const bill = new Bill(detail, w.priceOverrides, book);
  const pricing: Pricing = { w, prices, bill, book, gaps: missingIds(prices).length > 0 };
  const options = OPTION_PRICERS.map((pricer) => priceOption(pricer, pricing));
  return { priceBook: summarizePriceBook(book), options, sizing: describeSizing(w) };
}

/** One option's monthly total, or NaN when it cannot run the workload (or lacks a price). */
export function monthlyTotalOf(w: Workload, prices: Prices, optionIndex: number, bill: Bill): number {
  bill.reset();
  const reason = (OPTION_PRICERS[optionIndex] as OptionPricer).price(bill, w, prices);
  return reason === null ? bill.totalUSD : NaN;
}

/**
 * Monthly totals only, written into `out` in OPTION_PRICERS order (NaN when
 * infeasible). The break-even sweep calls this thousands of times, with one
 * totals-only bill of its own for them all.
 */
export function monthlyTotalsInto(
  w: Workload,
  prices: Prices,
  out: Float64Array,
  bill: Bill = new Bill(false, w.priceOverrides),
): void {
  for (let i = 0; i < OPTION_PRICERS.length; i++) out[i] = monthlyTotalOf(w, prices, i, bill);
}
