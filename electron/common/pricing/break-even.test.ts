import { describe, expect, it } from 'vitest';
import { COMPUTE_OPTION_IDS } from '../compute-options';
import { findBreakEvens, sweepRequests } from './break-even';
import { evaluate } from './evaluate';
import { workload } from './test-helpers';
import type { Workload } from './workload-schema';

/** A small always-on API: Lambda wins at low volume, containers later. */
const API = workload({ apiFront: 'http', minInstances: 1, peakToAverage: 1 });

function costAt(w: Workload, requests: number, id: string): number | null {
  const options = evaluate({ ...w, requestsPerMonth: requests }, { detail: false }).options;
  return options.find((o) => o.id === id)?.monthlyUSD ?? null;
}

describe('sweepRequests', () => {
  it('samples requests log-evenly from `from` to `to`, one series per option', () => {
    const sweep = sweepRequests(API, { from: 1e3, to: 1e10, points: 8 });
    expect(sweep.requests).toHaveLength(8);
    expect(sweep.requests[0]).toBe(1e3);
    expect(sweep.requests[7]).toBe(1e10);
    sweep.requests.slice(1).forEach((r, i) => expect(r / (sweep.requests[i] as number)).toBeCloseTo(10, 9));
    expect(sweep.series.map((s) => s.id)).toEqual([...COMPUTE_OPTION_IDS]);
    expect(sweep.series[0]?.label).toBe('Lambda + HTTP API');
  });

  it('matches evaluate() at every point and leaves infeasible points empty', () => {
    const sweep = sweepRequests(API, { from: 1e3, to: 1e10, points: 15 });
    sweep.requests.forEach((requests, i) => {
      const expected = evaluate({ ...API, requestsPerMonth: requests }, { detail: false }).options;
      sweep.series.forEach((s, j) => expect(s.monthlyUSD[i]).toBe(expected[j]?.monthlyUSD));
    });
    expect(sweep.series.find((s) => s.id === 'batch')?.monthlyUSD.every((v) => v === null)).toBe(true);
  });
});

describe('findBreakEvens', () => {
  it('locates each change of the cheapest option between sweep points, where the lead really changes', () => {
    const { crossovers } = findBreakEvens(API);
    expect(crossovers.length).toBeGreaterThan(0);
    for (const c of crossovers) {
      const below = costAt(API, c.requests * (1 - 1e-6), c.a);
      const belowB = costAt(API, c.requests * (1 - 1e-6), c.b);
      const above = costAt(API, c.requests, c.b);
      const aboveA = costAt(API, c.requests, c.a);
      expect(below).not.toBeNull();
      if (belowB !== null) expect(below as number).toBeLessThanOrEqual(belowB);
      if (aboveA !== null) expect(above as number).toBeLessThan(aboveA);
      expect(c.monthlyUSD).toBe(above);
    }
  });

  it('says where Lambda + HTTP API stops being the cheapest, in words', () => {
    const { sentences, crossovers } = findBreakEvens(API);
    expect(crossovers[0]?.a).toBe('lambda');
    expect(sentences[0]).toMatch(/^Lambda \+ HTTP API is cheaper than .+ below \d+(\.\d+)? [kMB] requests\/month\.$/);
  });

  it('says when the cheapest option stops being able to run the workload', () => {
    // Lightsail's bundled 3 TB of transfer makes it cheapest, until the peak outgrows every bundle.
    const w = workload({ apiFront: 'http', minInstances: 1, loadBalancer: false, dataTransferOutGB: 2000 });
    const { sentences } = findBreakEvens(w);
    expect(
      sentences.some((s) => /^Lightsail is the cheapest until it can no longer run the workload at /.test(s)),
    ).toBe(true);
  });

  it('names the one option that is cheapest everywhere when nothing crosses', () => {
    const w = workload({ apiFront: 'none', requestsPerSecondPerVcpu: 0.1 });
    const { crossovers, sentences } = findBreakEvens(w, sweepRequests(w, { from: 1e3, to: 1e4, points: 5 }));
    expect(crossovers).toEqual([]);
    expect(sentences).toEqual(['Lambda is the cheapest option from 1 k to 10 k requests/month.']);
  });

  it('sums up a run of swaps between two step-shaped fleets in one sentence with the final winner', () => {
    const { sentences } = findBreakEvens(API);
    const swaps = sentences.filter((s) => s.includes('take turns'));
    for (const s of swaps)
      expect(s).toMatch(/take turns as the cheapest between .+ and .+ requests\/month; above that, .+\.$/);
  });

  it('talks about jobs for batch workloads', () => {
    const w = workload({ kind: 'batch', durationMs: 60_000, vcpuPerTask: 1, memoryMB: 2048 });
    expect(findBreakEvens(w).sentences.join(' ')).toContain('jobs/month');
  });
});
