import { describe, expect, it } from 'vitest';
import { sweepRequests, type Sweep } from './break-even';
import { runnableRange } from './break-even-runnable';
import { BUNDLED_PRICE_BOOK } from './price-book';
import { resolvePrices } from './prices';
import { workload } from './test-helpers';

/**
 * No real sweep starts where nothing runs (every option that stops does so as
 * the requests grow), so these sweeps are the bundled one with its first
 * columns emptied, as if nothing had run there: the bisection must then find
 * the start between the last empty point and the first that runs. The
 * workload runs everywhere, so that start lies just above the empty point.
 */
const SERVICE = workload({ apiFront: 'http' });
const PRICES = resolvePrices(BUNDLED_PRICE_BOOK, SERVICE.priceOverrides);

function emptiedBefore(index: number): Sweep {
  const sweep = sweepRequests(SERVICE, { from: 1e3, to: 1e6, points: 4 });
  return {
    requests: sweep.requests,
    series: sweep.series.map((s) => ({ ...s, monthlyUSD: s.monthlyUSD.map((usd, i) => (i < index ? null : usd)) })),
  };
}

describe('runnableRange', () => {
  it('is the whole sweep when an option runs at every point', () => {
    const sweep = sweepRequests(SERVICE, { from: 1e3, to: 1e6, points: 4 });
    expect(runnableRange(SERVICE, PRICES, sweep)).toEqual({ from: 1e3, to: 1e6, firstIndex: 0 });
  });

  it('locates where options start to run between the last empty point and the first that runs', () => {
    const range = runnableRange(SERVICE, PRICES, emptiedBefore(2));
    expect(range?.firstIndex).toBe(2);
    // Between 10 k (nothing, as the sweep says) and 100 k: within the bisection's 1e-7 of 10 k.
    expect(range?.from).toBeGreaterThan(1e4);
    expect(range?.from).toBeLessThan(1e4 * (1 + 1e-6));
    expect(range?.to).toBe(1e6);
  });

  it('finds a range that is only the last point', () => {
    const range = runnableRange(SERVICE, PRICES, emptiedBefore(3));
    expect(range?.firstIndex).toBe(3);
    expect(range?.from).toBeGreaterThan(1e5);
    expect(range?.from).toBeLessThan(1e6);
  });

  it('is null when nothing runs at any point', () => {
    expect(runnableRange(SERVICE, PRICES, emptiedBefore(4))).toBeNull();
  });
});
