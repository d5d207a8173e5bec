import { describe, expect, it } from 'vitest';
import { findBreakEvens, sweepRequests, type Crossover, type Sweep } from './break-even';
import { describeBreakEvens } from './break-even-sentences';
import { evaluate } from './evaluate';
import { workload } from './test-helpers';
import type { Workload } from './workload-schema';

/** Workloads whose cheapest option changes in different ways: staircases, Lambda's lead, Lightsail running out, jobs. */
const WORKLOADS: [string, Workload][] = [
  ['an always-on HTTP API', workload({ apiFront: 'http', minInstances: 1, peakToAverage: 1 })],
  ['a REST API with a peak', workload({ apiFront: 'rest', minInstances: 2, peakToAverage: 3, cpuSharePct: 50 })],
  ['an Arm service', workload({ architecture: 'arm', apiFront: 'none' })],
  ['a service that outgrows Lightsail', workload({ apiFront: 'http', loadBalancer: false, otherTransferOutGB: 2000 })],
  ['batch jobs on EC2', workload({ kind: 'batch', durationMs: 60_000, vcpuPerTask: 1, memoryMB: 2048 })],
];

function totalOf(w: Workload, requests: number, index: number): number {
  return evaluate({ ...w, requestsPerMonth: requests }, { detail: false }).options[index]?.monthlyUSD ?? NaN;
}

/**
 * The crossovers as the engine located them before CROSSOVER_PRECISION: the
 * first cheapest option at each sweep point, each change bisected with
 * evaluate() down to a 1e-9 ratio.
 */
function crossoversToOnePartPerBillion(w: Workload, sweep: Sweep): Crossover[] {
  const cheapest = sweep.requests.map((_, i) => {
    let best = -1;
    sweep.series.forEach((s, j) => {
      const cost = s.monthlyUSD[i];
      if (cost !== null && cost !== undefined && (best < 0 || cost < (sweep.series[best]?.monthlyUSD[i] as number))) {
        best = j;
      }
    });
    return best;
  });
  const found: Crossover[] = [];
  for (let i = 1; i < cheapest.length; i++) {
    const [a, b] = [cheapest[i - 1] as number, cheapest[i] as number];
    if (a === b || a < 0 || b < 0) continue;
    let [low, high] = [sweep.requests[i - 1] as number, sweep.requests[i] as number];
    for (let step = 0; step < 40 && high / low > 1 + 1e-9; step++) {
      const mid = Math.sqrt(low * high);
      const [costA, costB] = [totalOf(w, mid, a), totalOf(w, mid, b)];
      if (Number.isNaN(costA) || (!Number.isNaN(costB) && costB < costA)) high = mid;
      else low = mid;
    }
    const ids = (index: number) => sweep.series[index]?.id as Crossover['a'];
    found.push({ a: ids(a), b: ids(b), requests: high, monthlyUSD: totalOf(w, high, b) });
  }
  return found;
}

describe('crossovers located to a ratio of 1e-7', () => {
  it.each(WORKLOADS)('for %s, are the same changes at the same cost as to 1e-9, and read the same', (_, w) => {
    const sweep = sweepRequests(w);
    const { crossovers, sentences } = findBreakEvens(w, sweep);
    const reference = crossoversToOnePartPerBillion(w, sweep);
    expect(reference.length).toBeGreaterThan(0);
    expect(crossovers.map((c) => [c.a, c.b])).toEqual(reference.map((c) => [c.a, c.b]));
    crossovers.forEach((c, i) => {
      const exact = reference[i] as Crossover;
      // Both are the upper end of a bracket around the same change of lead;
      // 1e-7 keeps them inside the 1e-6 that break-even.test.ts probes below each.
      expect(Math.abs(c.requests / exact.requests - 1)).toBeLessThanOrEqual(1e-7);
      expect(c.monthlyUSD).toBeCloseTo(exact.monthlyUSD, 2);
    });
    const unit = w.kind === 'batch' ? 'jobs/month' : 'requests/month';
    const firstLeader = sweep.series.findIndex((s) => s.id === reference[0]?.a);
    expect(sentences).toEqual(describeBreakEvens(sweep, reference, firstLeader, unit));
  });
});
