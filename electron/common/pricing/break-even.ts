import type { ComputeOptionId } from '../compute-options';
import { Bill } from './bill';
import { pairwiseBreakEvens, type PairBreakEven } from './break-even-pairs';
import { runnableRange } from './break-even-runnable';
import { describeBreakEvens } from './break-even-sentences';
import { checkBookRegion, monthlyTotalOf, monthlyTotalsInto } from './evaluate';
import { OPTION_PRICERS } from './options/catalog';
import { BUNDLED_PRICE_BOOK, type PriceBook } from './price-book';
import { resolvePrices, type Prices } from './prices';
import type { Workload } from './workload-schema';

export interface SweepSpec {
  from: number;
  to: number;
  points: number;
}

export interface SweepSeries {
  id: ComputeOptionId;
  label: string;
  /** null where the option cannot run the workload. */
  monthlyUSD: (number | null)[];
}

export interface Sweep {
  requests: number[];
  series: SweepSeries[];
}

export interface Crossover {
  /** The option that is cheaper below `requests`. */
  a: ComputeOptionId;
  /** The option that is cheaper above it. */
  b: ComputeOptionId;
  requests: number;
  monthlyUSD: number;
}

export interface BreakEvens {
  crossovers: Crossover[];
  sentences: string[];
  /** Where each pair of options crosses, Lambda vs EC2 and Lambda vs Fargate first. */
  pairs: PairBreakEven[];
}

export const DEFAULT_SWEEP: SweepSpec = { from: 1e3, to: 1e10, points: 200 };

const OPTION_COUNT = OPTION_PRICERS.length;

/** Log-spaced request counts from `from` to `to`, both included. */
function logSpaced({ from, to, points }: SweepSpec): number[] {
  const count = Math.max(2, Math.floor(points));
  const ratio = Math.log(to / from) / (count - 1);
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? to : from * Math.exp(ratio * i)));
}

/**
 * A series' column before it is priced, all nulls, so every column is the
 * same kind of array whatever goes in: `new Array(n)` columns changed kind as
 * numbers and nulls went in, differently per option, and V8 threw away the
 * optimized sweep code over it.
 */
function nulls(count: number): (number | null)[] {
  const column: (number | null)[] = [];
  for (let i = 0; i < count; i++) column.push(null);
  return column;
}

/**
 * Monthly cost of every option against requests per month, with the
 * workload's Region's book (the bundled us-east-1 one when not given); the
 * break-even chart's data.
 */
export function sweepRequests(
  w: Workload,
  spec: SweepSpec = DEFAULT_SWEEP,
  book: PriceBook = BUNDLED_PRICE_BOOK,
): Sweep {
  checkBookRegion(w, book);
  const requests = logSpaced(spec);
  const prices = resolvePrices(book, w.priceOverrides);
  const probe: Workload = { ...w };
  const totals = new Float64Array(OPTION_COUNT);
  const bill = new Bill(false, w.priceOverrides);
  // A loop, not OPTION_PRICERS.map: once sweepRequests is optimized, V8's
  // inlined map() returns a holey array where the builtin returned a packed
  // one, and the changed shape threw away the optimized sweep and crossover code.
  const series: SweepSeries[] = [];
  for (const pricer of OPTION_PRICERS) {
    series.push({ id: pricer.id, label: pricer.label(w), monthlyUSD: nulls(requests.length) });
  }
  for (let i = 0; i < requests.length; i++) {
    probe.requestsPerMonth = requests[i] as number;
    priceSweepPoint(probe, prices, bill, totals, series, i);
  }
  return { requests, series };
}

/**
 * One sweep point into every series. Kept out of sweepRequests' loop so V8
 * optimizes it as a called function: an on-stack-replaced loop threw its
 * optimized code away at the loop's exit on every sweep.
 */
function priceSweepPoint(
  probe: Workload,
  prices: Prices,
  bill: Bill,
  totals: Float64Array,
  series: SweepSeries[],
  i: number,
) {
  monthlyTotalsInto(probe, prices, totals, bill);
  for (let j = 0; j < OPTION_COUNT; j++) {
    const total = totals[j] as number;
    (series[j] as SweepSeries).monthlyUSD[i] = Number.isNaN(total) ? null : total;
  }
}

/** Index of the cheapest feasible option at sweep point `i` (the first on ties), or -1. */
function cheapestAt(sweep: Sweep, i: number): number {
  let best = -1;
  let bestCost = Infinity;
  const series = sweep.series;
  for (let j = 0; j < series.length; j++) {
    const cost = (series[j] as SweepSeries).monthlyUSD[i];
    if (cost !== null && cost !== undefined && cost < bestCost) {
      best = j;
      bestCost = cost;
    }
  }
  return best;
}

/** True once option `b` is cheaper than option `a`, or `a` can no longer run. */
function bTakesOver(costA: number, costB: number): boolean {
  return Number.isNaN(costA) || (!Number.isNaN(costB) && costB < costA);
}

/**
 * How close (as a ratio of request counts) a crossover is located. Displays
 * show 3 significant digits and a chart pixel is ~1.6 % of requests; 1e-7
 * still puts it within the 1e-6 the tests probe either side of it, with ~6
 * fewer halvings per crossover than the 1e-9 it used to be (the default
 * workload's fleets cross 82 times).
 */
const CROSSOVER_PRECISION = 1e-7;

/** Bisects (on a log scale) for the request count where `b` takes over from `a`. */
export function locate(w: Workload, prices: Prices, a: number, b: number, low: number, high: number): Crossover {
  const probe: Workload = { ...w };
  const bill = new Bill(false, w.priceOverrides);
  for (let step = 0; step < 40 && high / low > 1 + CROSSOVER_PRECISION; step++) {
    const mid = Math.sqrt(low * high);
    probe.requestsPerMonth = mid;
    if (bTakesOver(monthlyTotalOf(probe, prices, a, bill), monthlyTotalOf(probe, prices, b, bill))) high = mid;
    else low = mid;
  }
  probe.requestsPerMonth = high;
  return {
    a: (OPTION_PRICERS[a] as { id: ComputeOptionId }).id,
    b: (OPTION_PRICERS[b] as { id: ComputeOptionId }).id,
    requests: high,
    monthlyUSD: monthlyTotalOf(probe, prices, b, bill),
  };
}

/**
 * Where the cheapest option changes along the sweep, each change located by
 * bisection; sentences for the changes that last (see describeBreakEvens);
 * and where each pair of options crosses.
 */
export function findBreakEvens(w: Workload, sweep?: Sweep, book: PriceBook = BUNDLED_PRICE_BOOK): BreakEvens {
  sweep ??= sweepRequests(w, DEFAULT_SWEEP, book);
  const prices = resolvePrices(book, w.priceOverrides);
  const crossovers: Crossover[] = [];
  let current = cheapestAt(sweep, 0);
  for (let i = 1; i < sweep.requests.length; i++) {
    const next = cheapestAt(sweep, i);
    if (next === current) continue;
    if (current >= 0 && next >= 0) {
      const low = sweep.requests[i - 1] as number;
      const high = sweep.requests[i] as number;
      crossovers.push(locate(w, prices, current, next, low, high));
    }
    current = next;
  }
  const unit = w.kind === 'batch' ? 'jobs/month' : 'requests/month';
  const runnable = runnableRange(w, prices, sweep);
  return {
    crossovers,
    sentences: describeBreakEvens(
      sweep,
      crossovers,
      runnable ? cheapestAt(sweep, runnable.firstIndex) : -1,
      unit,
      runnable,
    ),
    pairs: pairwiseBreakEvens(w, prices, sweep),
  };
}
