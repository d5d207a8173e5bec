import type { ComputeOptionId } from '../compute-options';
import type { Deployment } from './deployment';
import type { PriceBook, PriceBookSummary, PriceId } from './price-book';
import type { Sizing } from './sizing';

/** One row of an option's bill. `costUSD` is unrounded; the total bills each line to the cent. */
export interface LineItem {
  label: string;
  quantity: number;
  unit: string;
  unitPriceUSD: number;
  costUSD: number;
  /** The arithmetic in words, e.g. "3,000,000 requests − 1,000,000 free = 2 M × $0.20". */
  formula: string;
  priceId?: PriceId;
  /** The user replaced the price book's unit price. */
  overridden?: boolean;
  source?: string;
  /** Where an imported price was read: the offer file's version, the product's SKU and the rate code. */
  priceList?: PriceListSource;
  /** What the line pays for, in a few words ("duration", "the load balancer"); lines with one driver add up in the "why". */
  driver?: string;
}

export interface PriceListSource {
  offerCode: string;
  version: string;
  sku: string;
  rateCode: string;
}

/** A line's source: the AWS page or Price List file, and for imported prices where in it. */
export interface LineSource {
  url: string;
  priceList?: PriceListSource;
}

export interface OptionResult {
  id: ComputeOptionId;
  label: string;
  feasible: boolean;
  /** Why the option cannot run this workload. */
  reason?: string;
  /** Sum of the line items, each rounded to the cent as AWS bills them; null when infeasible. */
  monthlyUSD: number | null;
  lineItems: LineItem[];
  /** Limits the workload runs into while the option stays priced (quotas, timeouts); empty when none. */
  warnings: string[];
  /** Paid once at the start of a commitment's term; its monthly share is already in the line items. */
  upfrontUSD?: number;
  /** What the line items pay for, for diagrams and slides; present when feasible and detailed. */
  deployment?: Deployment;
}

export interface PricingResult {
  /** The book every option was priced with: its Region, version, as-of date and source. */
  priceBook: PriceBookSummary;
  options: OptionResult[];
  /** What every fleet was sized from (in flight, CPU share, copies), for the Assumptions panel. */
  sizing: Sizing;
}

export interface EvaluateOptions {
  /** Build line items and formulas. Off for sweeps, where only totals matter. Default true. */
  detail?: boolean;
  /** The Region's price book; the bundled us-east-1 book when not given. It must be the workload's Region's. */
  book?: PriceBook;
}
