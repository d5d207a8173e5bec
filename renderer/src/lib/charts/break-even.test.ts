import { describe, expect, it } from 'vitest';
import type { BreakEvens, Sweep } from '../../../../electron/common/pricing';
import { costDomain, layoutBreakEven, MIN_LOG_COST_USD, spreadLabels } from './break-even-layout';
import { nearestIndex, readoutAt } from './break-even-readout';

const SWEEP: Sweep = {
  requests: [1e3, 1e5, 1e7, 1e9, 1e10],
  series: [
    { id: 'lambda', label: 'Lambda', monthlyUSD: [0, 0.2, 14, 2000, 21000] },
    { id: 'ec2', label: 'EC2', monthlyUSD: [50, 50, 50, 900, 9000] },
    { id: 'lightsail', label: 'Lightsail', monthlyUSD: [42, 42, 42, null, null] },
    { id: 'batch', label: 'Batch', monthlyUSD: [null, null, null, null, null] },
  ],
};
const BREAK_EVENS: BreakEvens = {
  crossovers: [
    { a: 'lambda', b: 'lightsail', requests: 3e7, monthlyUSD: 42 },
    { a: 'lightsail', b: 'ec2', requests: 3.2e7, monthlyUSD: 50 },
  ],
  sentences: ['Lambda is cheaper than Lightsail below 30 M requests/month.'],
};
const SIZE = { width: 800, height: 320, unit: 'requests/month' };

describe('cost axis', () => {
  it('covers every finite cost on a linear axis, from $0', () => {
    expect(costDomain(SWEEP, 'linear')).toEqual([0, 21000]);
    const { y } = layoutBreakEven(SWEEP, BREAK_EVENS, { ...SIZE, axis: 'linear' });
    expect(y.domain()[1]).toBeGreaterThanOrEqual(21000);
  });

  it('starts a log axis at one cent and says cheaper costs sit on that floor', () => {
    expect(costDomain(SWEEP, 'log')).toEqual([MIN_LOG_COST_USD, 21000]);
    const layout = layoutBreakEven(SWEEP, BREAK_EVENS, { ...SIZE, axis: 'log' });
    expect(layout.y.domain()[1]).toBeGreaterThanOrEqual(21000);
    expect(layout.yTicks[0]?.label).toBe('≤ $0.01');
    expect(layout.yTicks.at(-1)?.label).toBe('$100 k');
  });
});

describe('layoutBreakEven', () => {
  const layout = layoutBreakEven(SWEEP, BREAK_EVENS, { ...SIZE, axis: 'log', currentRequests: 1e7 });

  it('reads the request axis as 1 k … 10 B', () => {
    expect(layout.xTicks.map((t) => t.label)).toEqual(['1 k', '10 k', '100 k', '1 M', '10 M', '100 M', '1 B', '10 B']);
  });

  it('leaves a gap where an option cannot run and draws nothing for one that never can', () => {
    const lightsail = layout.series.find((s) => s.id === 'lightsail')!;
    expect(lightsail.d.match(/L/g)?.length).toBe(2);
    const batch = layout.series.find((s) => s.id === 'batch')!;
    expect([batch.d, batch.feasibleAnywhere]).toEqual(['', false]);
  });

  it('marks crossovers but labels only those with room', () => {
    expect(layout.crossovers.map((c) => c.label)).toEqual(['30 M', null]);
    expect(layout.crossovers[1]?.title).toBe('EC2 takes over from Lightsail at 32 M requests/month ($50.00)');
  });

  it('puts the workload marker on the request axis, or nowhere when outside it', () => {
    expect(layout.currentX).toBeCloseTo(layout.x(1e7));
    const outside = layoutBreakEven(SWEEP, BREAK_EVENS, { ...SIZE, axis: 'log', currentRequests: 1e12 });
    expect(outside.currentX).toBeNull();
  });
});

describe('spreadLabels', () => {
  it('keeps labels at least the gap apart, measured from the last one shown', () => {
    expect(spreadLabels([0, 10, 30, 45, 100], 40)).toEqual([true, false, false, true, true]);
  });
});

describe('readout', () => {
  it('finds the nearest sweep point on a log scale', () => {
    expect(nearestIndex(SWEEP.requests, 2e3)).toBe(0);
    expect(nearestIndex(SWEEP.requests, 2e4)).toBe(1);
    expect(nearestIndex(SWEEP.requests, 1e12)).toBe(4);
    expect(nearestIndex([], 5)).toBe(-1);
  });

  it('lists costs at a point cheapest first, the infeasible last', () => {
    expect(readoutAt(SWEEP, 3)).toEqual([
      { id: 'ec2', label: 'EC2', cost: '$900.00' },
      { id: 'lambda', label: 'Lambda', cost: '$2,000.00' },
      { id: 'lightsail', label: 'Lightsail', cost: 'Not feasible' },
      { id: 'batch', label: 'Batch', cost: 'Not feasible' },
    ]);
  });
});
