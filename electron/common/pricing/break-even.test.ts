import { describe, expect, it } from 'vitest';
import { COMPUTE_OPTION_IDS } from '../compute-options';
import { findBreakEvens, sweepRequests } from './break-even';
import { describeBreakEvens } from './break-even-sentences';
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

  it('lists pairs Lambda vs EC2 and Lambda vs Fargate first, each crossing where the two really swap', () => {
    const { pairs } = findBreakEvens(API);
    expect(pairs.slice(0, 2).map((p) => [p.a, p.b])).toEqual([
      ['lambda', 'ec2'],
      ['lambda', 'fargate'],
    ]);
    // Batch never runs a service, so no pair includes it; every other pair of the 7 does.
    expect(pairs).toHaveLength(21);
    for (const pair of pairs) {
      if (pair.requests === null) {
        expect(pair.crossings).toBe(0);
        continue;
      }
      const below = pair.requests * 0.999;
      const above = pair.requests * 1.001;
      const cheaperBelow = pair.cheaperBelow;
      const other = cheaperBelow === pair.a ? pair.b : pair.a;
      expect(costAt(API, below, cheaperBelow) as number, `${pair.a}/${pair.b}`).toBeLessThanOrEqual(
        costAt(API, below, other) as number,
      );
      expect(costAt(API, above, other) as number, `${pair.a}/${pair.b}`).toBeLessThanOrEqual(
        costAt(API, above, cheaperBelow) as number,
      );
    }
  });

  it('says a pair never crosses in the range, and which one is cheaper throughout', () => {
    // At 100% CPU and 10 s a request, fleets are dear and Lambda is cheaper everywhere from 1 k to 10 k.
    const w = workload({ apiFront: 'none', cpuSharePct: 100, durationMs: 10_000 });
    const { pairs } = findBreakEvens(w, sweepRequests(w, { from: 1e3, to: 1e4, points: 5 }));
    expect(pairs.find((p) => p.a === 'lambda' && p.b === 'ec2')).toMatchObject({
      requests: null,
      cheaperBelow: 'lambda',
      crossings: 0,
      from: 1e3,
      to: 1e4,
    });
  });

  it('says where Lambda + HTTP API stops being the cheapest, in words', () => {
    const { sentences, crossovers } = findBreakEvens(API);
    expect(crossovers[0]?.a).toBe('lambda');
    expect(sentences[0]).toMatch(/^Lambda \+ HTTP API is cheaper than .+ below \d+(\.\d+)? [kMB] requests\/month\.$/);
  });

  it('says when the cheapest option stops being able to run the workload', () => {
    // Lightsail's bundled 3 TB of transfer makes it cheapest, until the peak outgrows every bundle.
    const w = workload({ apiFront: 'http', minInstances: 1, loadBalancer: false, otherTransferOutGB: 2000 });
    const { sentences } = findBreakEvens(w);
    expect(
      sentences.some((s) => /^Lightsail is the cheapest until it can no longer run the workload at /.test(s)),
    ).toBe(true);
  });

  it('names the one option that is cheapest everywhere when nothing crosses', () => {
    const w = workload({ apiFront: 'none', cpuSharePct: 100, durationMs: 10_000 });
    const { crossovers, sentences } = findBreakEvens(w, sweepRequests(w, { from: 1e3, to: 1e4, points: 5 }));
    expect(crossovers).toEqual([]);
    expect(sentences).toEqual(['Lambda is the cheapest option from 1 k to 10 k requests/month.']);
  });

  // Fargate and EC2 fleets step up at different request counts, so above
  // ~100 M requests they hand the lead back and forth a dozen times.
  it('keeps only changes that last a decade, and sums up a staircase of short leads in one sentence', () => {
    const { sentences, crossovers } = findBreakEvens(API);
    expect(crossovers.length).toBeGreaterThan(5);
    const summaries = sentences.filter((s) => s.includes('take turns'));
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toMatch(
      /^Fargate \(ECS\) is the cheapest up to .+ requests\/month; between .+ and .+, EC2 \(Auto Scaling group\) and Fargate \(ECS\) take turns as the cheapest \(\d+ short leads as fleets add instances\); from .+, EC2 \(Auto Scaling group\)\.$/,
    );
    // Lambda → Fargate (lasting), then the one summary: two sentences for all those crossovers.
    expect(sentences).toHaveLength(2);
  });

  it('counts a lead as lasting from one decade of requests, on the log scale of the sweep', () => {
    const sweep = sweepRequests(API, { from: 1e3, to: 1e10, points: 8 });
    const at = (requests: number, a: 'lambda' | 'fargate', b: 'lambda' | 'fargate') => ({
      a,
      b,
      requests,
      monthlyUSD: 1,
    });
    // Fargate leads 1 M → 10 M: exactly a decade, so both changes are told.
    expect(
      describeBreakEvens(sweep, [at(1e6, 'lambda', 'fargate'), at(1e7, 'fargate', 'lambda')], 0, 'requests/month'),
    ).toEqual([
      'Lambda + HTTP API is cheaper than Fargate (ECS) below 1 M requests/month.',
      'Fargate (ECS) is cheaper than Lambda + HTTP API below 10 M requests/month.',
    ]);
    // Fargate leads 1 M → 9 M: short, so it becomes one summary with Lambda back in front.
    expect(
      describeBreakEvens(sweep, [at(1e6, 'lambda', 'fargate'), at(9e6, 'fargate', 'lambda')], 0, 'requests/month'),
    ).toEqual([
      'Lambda + HTTP API is the cheapest up to 1 M requests/month; between 1 M and 9 M, Fargate (ECS) and Lambda + HTTP API take turns as the cheapest (1 short lead as fleets add instances); from 9 M, Lambda + HTTP API.',
    ]);
  });

  it('talks about jobs for batch workloads', () => {
    const w = workload({ kind: 'batch', durationMs: 60_000, vcpuPerTask: 1, memoryMB: 2048 });
    expect(findBreakEvens(w).sentences.join(' ')).toContain('jobs/month');
  });
});
