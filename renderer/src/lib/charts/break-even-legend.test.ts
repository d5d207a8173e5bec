import { describe, expect, it } from 'vitest';
import type { Sweep } from '../../../../electron/common/pricing';
import { curvesCoincide, foldCrossovers, legendForSlide, legendPerSeries } from './break-even-legend';
import { layoutBreakEven, type PlacedCrossover } from './break-even-layout';

// ECS on EC2 costs what EC2 does plus 5 cents of image storage; Batch cannot run a service anywhere.
const SWEEP: Sweep = {
  requests: [1e3, 1e6, 1e9],
  series: [
    { id: 'lambda', label: 'Lambda', monthlyUSD: [0, 1.4, 2000] },
    { id: 'ec2', label: 'EC2', monthlyUSD: [50, 50, 900] },
    { id: 'ecs-ec2', label: 'ECS on EC2', monthlyUSD: [50.05, 50.05, 900.05] },
    { id: 'batch', label: 'Batch', monthlyUSD: [null, null, null] },
  ],
};
const NO_BREAK_EVENS = { crossovers: [], sentences: [] };
const series = layoutBreakEven(SWEEP, NO_BREAK_EVENS, {
  width: 800,
  height: 400,
  axis: 'log',
  unit: 'requests/month',
}).series;

describe('the break-even legend', () => {
  it('on the Costs page lists every option, the infeasible ones too', () => {
    expect(legendPerSeries(series).map((e) => e.label)).toEqual(['Lambda', 'EC2', 'ECS on EC2', 'Batch']);
  });

  it('on a slide leaves out options that never run and names coinciding curves together', () => {
    const entries = legendForSlide(series, SWEEP);
    expect(entries.map((e) => e.label)).toEqual(['Lambda', 'EC2 = ECS on EC2']);
    expect(entries[1]!.styles).toHaveLength(2);
  });

  it('gives no two legend lines the same colour and dash', () => {
    const looks = series.map((s) => `${s.style.color} ${s.style.dash ?? 'solid'}`);
    expect(new Set(looks).size).toBe(looks.length);
  });
});

describe('curves that coincide', () => {
  it('are within a cent or 1% at every point, and both infeasible where either is', () => {
    expect(curvesCoincide([0, 100], [0.01, 100.9])).toBe(true);
    expect(curvesCoincide([0, 100], [0.02, 100])).toBe(false);
    expect(curvesCoincide([100, null], [100, 5])).toBe(false);
  });
});

describe('crossover markers on a slide', () => {
  const at = (cx: number, cy: number, title: string): PlacedCrossover => ({
    a: 'lambda',
    b: 'ec2',
    requests: 1,
    cx,
    cy,
    label: null,
    title,
  });

  it('fold into one circle when they would overlap, its tooltip naming each', () => {
    const folded = foldCrossovers([at(100, 100, 'A'), at(104, 103, 'B'), at(300, 100, 'C')], 12);
    expect(folded.map((c) => c.title)).toEqual(['A; B', 'C']);
  });
});
