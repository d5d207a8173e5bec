import type { Deployment } from './deployment';
import { offerVersionOf, priceEntry, type PriceBook, type PriceId } from './price-book';
import type { LineItem, LineSource } from './types';

/** A line as an option describes it (only for detailed bills). */
export interface LineDetail {
  label: string;
  quantity: number;
  unit: string;
  unitPriceUSD: number;
  formula: string;
  priceId?: PriceId;
  source?: string;
  driver?: string;
}

const LINE_SOURCES = new WeakMap<PriceBook, Map<PriceId, LineSource>>();

/** Where a line's unit price comes from: a page, or the Price List file, SKU and rate code it was read from. */
function lineSource(book: PriceBook, id: PriceId): LineSource | undefined {
  let sources = LINE_SOURCES.get(book);
  if (!sources) {
    sources = new Map();
    LINE_SOURCES.set(book, sources);
  }
  if (!sources.has(id)) {
    const entry = priceEntry(book, id);
    const version = entry?.offerCode ? offerVersionOf(book, entry.offerCode) : undefined;
    const priceList =
      entry?.offerCode && entry.sku && entry.rateCode && version
        ? { offerCode: entry.offerCode, version, sku: entry.sku, rateCode: entry.rateCode }
        : undefined;
    if (entry) sources.set(id, { url: entry.source, ...(priceList ? { priceList } : {}) });
  }
  return sources.get(id);
}

function lineItem(book: PriceBook | null, detail: LineDetail, costUSD: number, overridden: boolean): LineItem {
  const item: LineItem = {
    label: detail.label,
    quantity: detail.quantity,
    unit: detail.unit,
    unitPriceUSD: detail.unitPriceUSD,
    costUSD,
    formula: detail.formula,
  };
  if (detail.priceId) {
    item.priceId = detail.priceId;
    const source = book ? lineSource(book, detail.priceId) : undefined;
    if (source) item.source = source.url;
    if (source?.priceList) item.priceList = source.priceList;
    if (overridden) item.overridden = true;
  } else if (detail.source) {
    item.source = detail.source;
  }
  if (detail.driver) item.driver = detail.driver;
  return item;
}

/**
 * Accumulates one option's charges. AWS bills each line to the cent and its
 * worked examples add those rounded lines, so the total is kept in whole cents.
 * Line items are only built when `detailed`; callers write
 * `bill.charge(cost, bill.detailed && { ... })` so sweeps allocate nothing.
 */
/** Totals-only bills never add lines or warnings; sharing one frozen empty list spares the allocations. */
const NONE = Object.freeze([]) as unknown as never[];

export class Bill {
  readonly lineItems: LineItem[];
  /** What the option deploys, recorded by the pricer from the plan it charged (detailed bills only). */
  deployment: Deployment | null = null;
  /** Limits the workload runs into (detailed bills only). */
  readonly warnings: string[];
  /** Paid once for commitments, in USD (detailed bills only). */
  upfrontUSD = 0;
  private cents = 0;

  constructor(
    readonly detailed: boolean,
    private readonly overrides: Partial<Record<PriceId, number>>,
    /** Where line items' prices come from; only detailed bills read it. */
    private readonly book: PriceBook | null = null,
  ) {
    this.lineItems = detailed ? [] : NONE;
    this.warnings = detailed ? [] : NONE;
  }

  charge(costUSD: number, detail: LineDetail | false): void {
    this.cents += Math.round(costUSD * 100);
    if (!detail) return;
    const overridden = detail.priceId !== undefined && this.overrides[detail.priceId] !== undefined;
    this.lineItems.push(lineItem(this.book, detail, costUSD, overridden));
  }

  /**
   * Records the upfront part of a commitment covering `monthlyUSD` of this
   * bill: `share` of the whole term's cost is paid at the start.
   */
  upfront(monthlyUSD: number, commitment: { upfrontShare: number; termMonths: number } | null): void {
    if (this.detailed && commitment) this.upfrontUSD += monthlyUSD * commitment.upfrontShare * commitment.termMonths;
  }

  /**
   * Adds warnings (detailed bills only). Callers build them only when
   * `bill.detailed`: a closure passed instead made every totals-only pricing
   * allocate the variables it captured.
   */
  warn(warnings: readonly string[]): void {
    if (this.detailed) this.warnings.push(...warnings);
  }

  /** Records the deployment (detailed bills only); callers build it only when `bill.detailed`, as for warn(). */
  deploy(deployment: Deployment): void {
    if (this.detailed) this.deployment = deployment;
  }

  /** Starts over for the next option; sweeps reuse one bill (never a detailed one). */
  reset(): void {
    this.cents = 0;
    this.upfrontUSD = 0;
    this.deployment = null;
    if (!this.detailed) return;
    this.lineItems.length = 0;
    this.warnings.length = 0;
  }

  get totalUSD(): number {
    return this.cents / 100;
  }
}
