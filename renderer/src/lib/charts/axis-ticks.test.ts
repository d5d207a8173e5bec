import { scaleLog } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../../electron/common/pricing/format';
import { formatUSDTick, logTickValues, toTicks } from './axis-ticks';

describe('log axis ticks', () => {
  it('labels a 1 k to 10 B request axis decade by decade', () => {
    const x = scaleLog().domain([1e3, 1e10]).range([0, 800]);
    const labels = toTicks(x, logTickValues(x, 10), formatCount).map((t) => t.label);
    expect(labels).toEqual(['1 k', '10 k', '100 k', '1 M', '10 M', '100 M', '1 B', '10 B']);
  });

  it('skips decades evenly when the chart is narrow', () => {
    const x = scaleLog().domain([1e3, 1e10]).range([0, 300]);
    expect(logTickValues(x, 4).map(formatCount)).toEqual(['1 k', '100 k', '10 M', '1 B']);
  });

  it('falls back to 1-2-5 steps inside a couple of decades', () => {
    const y = scaleLog().domain([10, 1000]).range([300, 0]);
    expect(logTickValues(y, 20)).toEqual([10, 20, 50, 100, 200, 500, 1000]);
  });

  it('places each tick where the scale puts its value', () => {
    const x = scaleLog().domain([1, 100]).range([0, 200]);
    expect(toTicks(x, [1, 10, 100], String).map((t) => t.position)).toEqual([0, 100, 200]);
  });
});

describe('formatUSDTick', () => {
  it('reads as short dollar amounts', () => {
    expect([0, 0.01, 0.1, 5, 100, 2500, 1e6].map(formatUSDTick)).toEqual([
      '$0',
      '$0.01',
      '$0.10',
      '$5',
      '$100',
      '$2.5 k',
      '$1 M',
    ]);
  });
});
