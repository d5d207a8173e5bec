import type { ComputeOptionId } from '../compute-options';
import { Bill } from './bill';
import type { Sweep } from './break-even';
import { monthlyTotalOf } from './evaluate';
import { OPTION_PRICERS } from './options/catalog';
import type { Prices } from './prices';
import type { Workload } from './workload-schema';

/** Where two options cost the same, within the sweep's range. */
export interface PairBreakEven {
  a: ComputeOptionId;
  b: ComputeOptionId;
  /** The first request count where the cheaper of the two changes; null when it never does in the range. */
  requests: number | null;
  /** The cheaper option below `requests` (or everywhere both run, when they never cross). */
  cheaperBelow: ComputeOptionId;
  /** How many times the cheaper of the two changes in the range (fleet staircases can cross often). */
  crossings: number;
  /** The request counts where both options can run. */
  from: number;
  to: number;
}

/** The pairs an architect asks about first, then every other pair in the app's option order. */
const FIRST_PAIRS: readonly [ComputeOptionId, ComputeOptionId][] = [
  ['lambda', 'ec2'],
  ['lambda', 'fargate'],
];

function pairOrder(): [number, number][] {
  const index = (id: ComputeOptionId) => OPTION_PRICERS.findIndex((p) => p.id === id);
  const pairs: [number, number][] = FIRST_PAIRS.map(([a, b]) => [index(a), index(b)]);
  for (let i = 0; i < OPTION_PRICERS.length; i++) {
    for (let j = i + 1; j < OPTION_PRICERS.length; j++) {
      if (!pairs.some(([x, y]) => x === i && y === j)) pairs.push([i, j]);
    }
  }
  return pairs;
}

const PAIR_ORDER = pairOrder();

/** Bisects (log scale) between two request counts for where `sign(cost a − cost b)` leaves `below`. */
function bisect(w: Workload, prices: Prices, a: number, b: number, low: number, high: number, below: number): number {
  const probe: Workload = { ...w };
  const bill = new Bill(false, w.priceOverrides);
  // Sweep points are ~1.6% apart; 12 halvings (or 0.01%) is finer than the three digits shown.
  for (let step = 0; step < 12 && high / low > 1 + 1e-4; step++) {
    const mid = Math.sqrt(low * high);
    probe.requestsPerMonth = mid;
    const diff = monthlyTotalOf(probe, prices, a, bill) - monthlyTotalOf(probe, prices, b, bill);
    if (Number.isNaN(diff) || Math.sign(diff) === below || diff === 0) low = mid;
    else high = mid;
  }
  return high;
}

/**
 * For every pair of options that can both run somewhere in the sweep: where
 * the cheaper of the two first changes (located by bisection between sweep
 * points), how often it changes, or that it never does in the range.
 */
export function pairwiseBreakEvens(w: Workload, prices: Prices, sweep: Sweep): PairBreakEven[] {
  const results: PairBreakEven[] = [];
  for (const [i, j] of PAIR_ORDER) {
    const costsA = sweep.series[i]?.monthlyUSD ?? [];
    const costsB = sweep.series[j]?.monthlyUSD ?? [];
    let from = NaN;
    let to = NaN;
    let sign = 0;
    let firstSign = 0;
    let crossings = 0;
    let firstAt: [number, number] | null = null;
    let lastBoth = -1;
    for (let k = 0; k < sweep.requests.length; k++) {
      const x = costsA[k];
      const y = costsB[k];
      if (x === null || x === undefined || y === null || y === undefined) continue;
      const requests = sweep.requests[k] as number;
      if (Number.isNaN(from)) from = requests;
      to = requests;
      const s = Math.sign(x - y);
      if (s !== 0 && sign !== 0 && s !== sign) {
        crossings++;
        if (!firstAt) firstAt = [sweep.requests[lastBoth] as number, requests];
      }
      if (s !== 0) sign = s;
      if (s !== 0 && firstSign === 0) firstSign = s;
      lastBoth = k;
    }
    if (Number.isNaN(from)) continue;
    const idA = (OPTION_PRICERS[i] as { id: ComputeOptionId }).id;
    const idB = (OPTION_PRICERS[j] as { id: ComputeOptionId }).id;
    results.push({
      a: idA,
      b: idB,
      requests: firstAt ? bisect(w, prices, i, j, firstAt[0], firstAt[1], firstSign) : null,
      cheaperBelow: firstSign > 0 ? idB : idA,
      crossings,
      from,
      to,
    });
  }
  return results;
}
