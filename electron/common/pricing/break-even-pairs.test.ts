import { describe, expect, it } from 'vitest';
import { COMPUTE_OPTION_IDS, type ComputeOptionId } from '../compute-options';
import { findBreakEvens, sweepRequests, type Sweep } from './break-even';
import { workload } from './test-helpers';
import type { Workload } from './workload-schema';

/** Workloads whose pairs cross once, many times (fleet staircases) or never, and where Lightsail runs out. */
const WORKLOADS: [string, Workload][] = [
  ['an always-on HTTP API', workload({ apiFront: 'http', minInstances: 1, peakToAverage: 1 })],
  ['a REST API with a peak', workload({ apiFront: 'rest', minInstances: 2, peakToAverage: 3, cpuSharePct: 50 })],
  ['batch jobs', workload({ kind: 'batch', durationMs: 60_000, vcpuPerTask: 1, memoryMB: 2048 })],
];

interface Story {
  /** The cheaper of the two at each sweep point where both run and their costs differ. */
  cheaper: { requests: number; id: ComputeOptionId }[];
  /** The request counts where both run. */
  both: number[];
}

/** What the pairwise table should say about options `a` and `b`, read straight from the chart's data. */
function storyOf(sweep: Sweep, a: ComputeOptionId, b: ComputeOptionId): Story {
  const costs = (id: ComputeOptionId) => sweep.series.find((s) => s.id === id)?.monthlyUSD ?? [];
  const [costsA, costsB] = [costs(a), costs(b)];
  const story: Story = { cheaper: [], both: [] };
  sweep.requests.forEach((requests, k) => {
    const [x, y] = [costsA[k], costsB[k]];
    if (x === null || x === undefined || y === null || y === undefined) return;
    story.both.push(requests);
    if (x !== y) story.cheaper.push({ requests, id: x < y ? a : b });
  });
  return story;
}

describe('pairwise break-evens', () => {
  it.each(WORKLOADS)(
    'for %s, count every change of the cheaper of two, and locate the first between the sweep points around it',
    (_, w) => {
      const sweep = sweepRequests(w);
      const { pairs } = findBreakEvens(w, sweep);
      let crossedOnce = 0;
      let crossedOften = 0;
      for (const pair of pairs) {
        const story = storyOf(sweep, pair.a, pair.b);
        const name = `${pair.a} vs ${pair.b}`;
        expect([pair.from, pair.to], name).toEqual([story.both[0], story.both.at(-1)]);
        // A tie is not a change: only a different option being cheaper is.
        const changes = story.cheaper.filter((c, i) => i > 0 && c.id !== story.cheaper[i - 1]?.id);
        expect(pair.crossings, name).toBe(changes.length);
        expect(pair.cheaperBelow, name).toBe(story.cheaper[0]?.id ?? pair.a);
        const first = changes[0];
        if (!first) {
          expect(pair.requests, name).toBeNull();
          continue;
        }
        if (changes.length === 1) crossedOnce++;
        else crossedOften++;
        // Between the last point before the change where both run and the point where the other is cheaper.
        const before = story.both[story.both.indexOf(first.requests) - 1] as number;
        expect(pair.requests, name).toBeGreaterThan(before);
        expect(pair.requests, name).toBeLessThanOrEqual(first.requests);
      }
      expect(crossedOnce).toBeGreaterThan(0);
      if (w.kind !== 'batch') expect(crossedOften).toBeGreaterThan(0);
    },
  );

  it('names the first of two options that cost the same everywhere as the cheaper throughout', () => {
    // ECS bills nothing for tasks on EC2 (its "ECS itself" line is $0), so an ECS service on EC2 costs what the
    // same Auto Scaling group costs at every point. Like the cheapest option on a tie, the pair names the first
    // of the two in the app's order.
    const w = WORKLOADS[0]?.[1] as Workload;
    const sweep = sweepRequests(w);
    const column = (id: ComputeOptionId) => sweep.series.find((s) => s.id === id)?.monthlyUSD;
    expect(column('ecs-ec2')).toEqual(column('ec2'));
    expect(findBreakEvens(w, sweep).pairs.find((p) => p.a === 'ec2' && p.b === 'ecs-ec2')).toMatchObject({
      requests: null,
      cheaperBelow: 'ec2',
      crossings: 0,
    });
  });

  it('does not count a stretch where two options tie as a change, before or after it', () => {
    // Lambda cheaper, then three points where the two cost the same, then Fargate cheaper: one change,
    // between 1 M (the last tie) and 10 M. (The always-on API's Lambda and Fargate really do swap there, at
    // 7.68 M, so the bisection between them with the real prices lands in that bracket too.)
    const requests = [1e3, 1e4, 1e5, 1e6, 1e7];
    const costs: Partial<Record<ComputeOptionId, number[]>> = { lambda: [1, 2, 2, 2, 3], fargate: [2, 2, 2, 2, 2] };
    const sweep: Sweep = {
      requests,
      series: COMPUTE_OPTION_IDS.map((id) => ({
        id,
        label: id,
        monthlyUSD: costs[id] ?? requests.map(() => null),
      })),
    };
    const { pairs } = findBreakEvens(WORKLOADS[0]?.[1] as Workload, sweep);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({
      a: 'lambda',
      b: 'fargate',
      cheaperBelow: 'lambda',
      crossings: 1,
      from: 1e3,
      to: 1e7,
    });
    expect(pairs[0]?.requests).toBeGreaterThan(1e6);
    expect(pairs[0]?.requests).toBeLessThanOrEqual(1e7);
  });
});
