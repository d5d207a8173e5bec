import { describe, expect, it } from 'vitest';
import { COMPUTE_OPTION_IDS } from '../compute-options';
import { DEFAULT_SWEEP, findBreakEvens, sweepRequests } from './break-even';
import { describeBreakEvens } from './break-even-sentences';
import { evaluate } from './evaluate';
import { formatCount } from './format';
import { BUNDLED_PRICE_BOOK, type PriceBook } from './price-book';
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
    // One cost per request count and no more: the chart pairs them up point by point.
    for (const s of sweep.series) expect(s.monthlyUSD).toHaveLength(sweep.requests.length);
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

/**
 * The bundled book with only the prices whose ids start with one of `kept`,
 * the others absent with a reason, as an import writes a Region where AWS
 * does not offer those services.
 */
function bookWithOnly(...kept: string[]): PriceBook {
  const keep = (id: string) => kept.some((prefix) => id.startsWith(prefix));
  const ids = Object.keys(BUNDLED_PRICE_BOOK.prices);
  return {
    ...BUNDLED_PRICE_BOOK,
    prices: Object.fromEntries(Object.entries(BUNDLED_PRICE_BOOK.prices).filter(([id]) => keep(id))),
    absent: Object.fromEntries(ids.filter((id) => !keep(id)).map((id) => [id, { reason: 'Not offered here.' }])),
  };
}

describe('findBreakEvens where no option, or only some, can run', () => {
  /** The service above whose peak outgrows every Lightsail bundle (at 43.8 M requests a month). */
  const OUTGROWS_LIGHTSAIL = workload({
    apiFront: 'http',
    minInstances: 1,
    loadBalancer: false,
    otherTransferOutGB: 2000,
  });

  it('says so when no option can run the workload anywhere in the range', () => {
    const { crossovers, sentences, pairs } = findBreakEvens(OUTGROWS_LIGHTSAIL, undefined, bookWithOnly());
    expect(crossovers).toEqual([]);
    expect(pairs).toEqual([]);
    expect(sentences).toEqual(['No option can run this workload between 1 k and 10 B requests/month.']);
  });

  it('makes no crossover where the last option that runs stops and nothing takes over', () => {
    // Only Lightsail is priced: it leads from 1 k until it runs out, then no option runs at all.
    const book = bookWithOnly('lightsail.');
    const sweep = sweepRequests(OUTGROWS_LIGHTSAIL, DEFAULT_SWEEP, book);
    const lightsail = sweep.series.find((s) => s.id === 'lightsail')?.monthlyUSD ?? [];
    const runsOut = lightsail.indexOf(null);
    expect(runsOut).toBeGreaterThan(0);
    expect(sweep.series.every((s) => s.monthlyUSD[runsOut] === null)).toBe(true);
    const { crossovers, pairs } = findBreakEvens(OUTGROWS_LIGHTSAIL, sweep, book);
    expect(crossovers).toEqual([]);
    // No two options run at the same request count: no pair to compare.
    expect(pairs).toEqual([]);
    // Lightsail leads only as far as it runs, and the sentences say nothing runs beyond: the same point
    // where, with Lambda priced too, Lambda takes over (the next test).
    const withLambda = bookWithOnly('lightsail.', 'lambda.', 'apigw.', 'transfer.');
    const runsOutAt = formatCount(
      findBreakEvens(OUTGROWS_LIGHTSAIL, undefined, withLambda).crossovers[0]?.requests ?? NaN,
    );
    expect(runsOutAt).toBe('43.8 M');
    expect(findBreakEvens(OUTGROWS_LIGHTSAIL, sweep, book).sentences).toEqual([
      `Lightsail is the cheapest option from 1 k to ${runsOutAt} requests/month.`,
      `No option can run this workload above ${runsOutAt} requests/month.`,
    ]);
  });

  it('says where no option runs below the range that runs', () => {
    const sweep = sweepRequests(OUTGROWS_LIGHTSAIL, { from: 1e3, to: 1e5, points: 3 }, bookWithOnly('lightsail.'));
    const sentences = describeBreakEvens(sweep, [], 0, 'requests/month', { from: 2e3, to: 1e5, firstIndex: 1 });
    expect(sentences).toEqual([
      'No option can run this workload below 2 k requests/month.',
      `${sweep.series[0]?.label} is the cheapest option from 2 k to 100 k requests/month.`,
    ]);
  });

  it('says the cheapest option stops being able to run, then names the one that lasts after it', () => {
    // Lambda, API Gateway and data transfer priced besides Lightsail: no fleet, so once Lightsail runs out at
    // 43.8 M, Lambda is the only option left and leads to 10 B, far more than a decade.
    const book = bookWithOnly('lightsail.', 'lambda.', 'apigw.', 'transfer.');
    const { crossovers, sentences } = findBreakEvens(OUTGROWS_LIGHTSAIL, undefined, book);
    expect(crossovers.map((c) => [c.a, c.b])).toEqual([['lightsail', 'lambda']]);
    expect(sentences).toEqual([
      `Lightsail is the cheapest until it can no longer run the workload at ${formatCount(crossovers[0]?.requests ?? NaN)} requests/month; then Lambda + HTTP API.`,
    ]);
    // Where Lightsail's peak outgrows its largest bundle: it runs just below, not at, the crossover.
    const at = crossovers[0]?.requests ?? NaN;
    expect(costAt(OUTGROWS_LIGHTSAIL, at * (1 - 1e-6), 'lightsail')).not.toBeNull();
    expect(costAt(OUTGROWS_LIGHTSAIL, at, 'lightsail')).toBeNull();
  });
});
