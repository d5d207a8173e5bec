import type { ComputeOptionId } from '../../../../electron/common/compute-options';
import type { Sweep } from '../../../../electron/common/pricing';
import { formatUSD } from '../../../../electron/common/pricing/format';

/** Index of the sweep point nearest `requests`, measured on the log scale the chart uses. */
export function nearestIndex(requests: readonly number[], target: number): number {
  if (requests.length === 0) return -1;
  let low = 0;
  let high = requests.length - 1;
  while (high - low > 1) {
    const mid = (low + high) >> 1;
    if ((requests[mid] as number) <= target) low = mid;
    else high = mid;
  }
  const distance = (i: number) => Math.abs(Math.log(requests[i] as number) - Math.log(target));
  return distance(high) < distance(low) ? high : low;
}

export interface ReadoutRow {
  id: ComputeOptionId;
  label: string;
  cost: string;
}

/** Every option's cost at one sweep point, cheapest first, the infeasible last. */
export function readoutAt(sweep: Sweep, index: number): ReadoutRow[] {
  const rows = sweep.series.map((s) => ({ id: s.id, label: s.label, usd: s.monthlyUSD[index] ?? null }));
  rows.sort((a, b) => (a.usd ?? Infinity) - (b.usd ?? Infinity));
  return rows.map((r) => ({ id: r.id, label: r.label, cost: r.usd === null ? 'Not feasible' : formatUSD(r.usd) }));
}
