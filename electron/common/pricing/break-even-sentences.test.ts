import { describe, expect, it } from 'vitest';
import { COMPUTE_OPTION_IDS, type ComputeOptionId } from '../compute-options';
import { findBreakEvens, type Sweep } from './break-even';
import { describeBreakEvens } from './break-even-sentences';
import { formatCount } from './format';
import { workload } from './test-helpers';

describe('break-even sentences', () => {
  it('names three or more options that take turns as "A, B and C", each once, in the order they first lead', () => {
    // A REST API with a 3× peak: Lambda leads, then Fargate, Lambda and EC2 trade the lead at every fleet step
    // (none of those leads lasts a decade) until EC2 keeps it.
    const w = workload({ apiFront: 'rest', minInstances: 2, peakToAverage: 3, cpuSharePct: 50 });
    const { crossovers, sentences } = findBreakEvens(w);
    const [first, last] = [crossovers[0], crossovers.at(-1)];
    if (!first || !last) throw new Error('no crossovers');
    expect([first.a, last.b]).toEqual(['lambda', 'ec2']);
    // Who leads after each change, each named once: the sentence's list of who takes turns.
    expect([...new Set(crossovers.map((c) => c.b))]).toEqual(['fargate', 'lambda', 'ec2']);
    expect(sentences).toEqual([
      `Lambda + REST API is the cheapest up to ${formatCount(first.requests)} requests/month; ` +
        `between ${formatCount(first.requests)} and ${formatCount(last.requests)}, ` +
        'Fargate (ECS), Lambda + REST API and EC2 (Auto Scaling group) take turns as the cheapest ' +
        `(${crossovers.length - 1} short leads as fleets add instances); ` +
        `from ${formatCount(last.requests)}, EC2 (Auto Scaling group).`,
    ]);
  });

  it('judges whether the leader still runs at a change that falls on a sweep point by that point', () => {
    // Lightsail leads up to 100 k, where Lambda becomes cheaper; Lightsail still runs there (at $6) and
    // stops only before 1 M. The change is at a sweep point (as when costs change exactly there), so the
    // sentence is "cheaper than", not "can no longer run".
    const requests = [1e3, 1e4, 1e5, 1e6];
    const costs: Partial<Record<ComputeOptionId, (number | null)[]>> = {
      lambda: [5, 5, 5, 5],
      lightsail: [3, 3, 6, null],
    };
    const labels: Partial<Record<ComputeOptionId, string>> = { lambda: 'Lambda', lightsail: 'Lightsail' };
    const sweep: Sweep = {
      requests,
      series: COMPUTE_OPTION_IDS.map((id) => ({
        id,
        label: labels[id] ?? id,
        monthlyUSD: costs[id] ?? requests.map(() => null),
      })),
    };
    const change = { a: 'lightsail' as const, b: 'lambda' as const, requests: 1e5, monthlyUSD: 5 };
    const lightsail = COMPUTE_OPTION_IDS.indexOf('lightsail');
    expect(describeBreakEvens(sweep, [change], lightsail, 'requests/month')).toEqual([
      'Lightsail is cheaper than Lambda below 100 k requests/month.',
    ]);
    // At 1 M it has stopped.
    expect(describeBreakEvens(sweep, [{ ...change, requests: 1e6 }], lightsail, 'requests/month')).toEqual([
      'Lightsail is the cheapest until it can no longer run the workload at 1 M requests/month; then Lambda.',
    ]);
  });
});
