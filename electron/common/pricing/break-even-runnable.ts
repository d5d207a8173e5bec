import { Bill } from './bill';
import type { Sweep } from './break-even';
import { monthlyTotalsInto } from './evaluate';
import { OPTION_PRICERS } from './options/catalog';
import type { Prices } from './prices';
import type { Workload } from './workload-schema';

/** Where, within a sweep, at least one option can run the workload; its ends located by bisection. */
export interface RunnableRange {
  from: number;
  to: number;
  /** The first sweep point where an option runs. */
  firstIndex: number;
}

/** Same precision as the crossovers (see CROSSOVER_PRECISION in break-even.ts). */
const EDGE_PRECISION = 1e-7;

function anyRunsAt(sweep: Sweep, i: number): boolean {
  return sweep.series.some((series) => series.monthlyUSD[i] !== null && series.monthlyUSD[i] !== undefined);
}

/**
 * The range of request counts where some option runs the workload, or null
 * when none runs anywhere in the sweep. An option can stop (a service limit,
 * a price the book lacks) with no other taking over: the sentences must then
 * say where nothing runs rather than stretch the last leader to the end.
 * A gap in the middle of the range (every option stopping, then one starting
 * again) is not described; no price book the app ships or imports makes one.
 */
export function runnableRange(w: Workload, prices: Prices, sweep: Sweep): RunnableRange | null {
  const last = sweep.requests.length - 1;
  let firstIndex = 0;
  while (firstIndex <= last && !anyRunsAt(sweep, firstIndex)) firstIndex++;
  if (firstIndex > last) return null;
  let lastIndex = last;
  while (!anyRunsAt(sweep, lastIndex)) lastIndex--;

  const probe: Workload = { ...w };
  const bill = new Bill(false, w.priceOverrides);
  const totals = new Float64Array(OPTION_PRICERS.length);
  const runs = (requests: number): boolean => {
    probe.requestsPerMonth = requests;
    monthlyTotalsInto(probe, prices, totals, bill);
    return totals.some((total) => !Number.isNaN(total));
  };
  /** Bisects (on a log scale) between a count where `runs` is `atLow` and one where it is not. */
  const edge = (low: number, high: number, atLow: boolean): [number, number] => {
    while (high / low > 1 + EDGE_PRECISION) {
      const mid = Math.sqrt(low * high);
      if (runs(mid) === atLow) low = mid;
      else high = mid;
    }
    return [low, high];
  };
  const from =
    firstIndex === 0
      ? (sweep.requests[0] as number)
      : edge(sweep.requests[firstIndex - 1] as number, sweep.requests[firstIndex] as number, false)[1];
  const to =
    lastIndex === last
      ? (sweep.requests[last] as number)
      : edge(sweep.requests[lastIndex] as number, sweep.requests[lastIndex + 1] as number, true)[0];
  return { from, to, firstIndex };
}
