import { describe, expect, it } from 'vitest';
import type { OptionResult } from '../../../../electron/common/pricing';
import { COST_CHART, layoutCostChart, rowGridlines, sortCostRows, wrapText } from './cost-layout';

const option = (id: OptionResult['id'], monthlyUSD: number | null, reason?: string): OptionResult => ({
  id,
  label: id.toUpperCase(),
  feasible: monthlyUSD !== null,
  monthlyUSD,
  lineItems: [],
  warnings: [],
  ...(reason ? { reason } : {}),
});

const OPTIONS = [
  option('ec2', 50.89),
  option('batch', null, 'AWS Batch runs jobs; it does not serve requests.'),
  option('lambda', 14.13),
  option('lightsail', null),
  option('fargate', 35.34),
  option('ecs-ec2', 50.89),
];

describe('sortCostRows', () => {
  it('keeps a feasible option’s warnings for the chart’s marker, and leaves room for it', () => {
    const warned = { ...option('lambda', 14.13), warnings: ['Needs ~2,300 concurrent executions'] };
    const rows = sortCostRows([warned, option('ec2', 50.89)]);
    expect(rows[0]?.warnings).toEqual(['Needs ~2,300 concurrent executions']);
    const quiet = layoutCostChart(sortCostRows([option('lambda', 14.13), option('ec2', 50.89)]), 600);
    const marked = layoutCostChart(rows, 600);
    expect(marked.plotRight).toBe(quiet.plotRight - COST_CHART.warningWidth);
  });

  it('lists the cheapest option first and keeps equal costs in engine order', () => {
    expect(sortCostRows(OPTIONS).map((r) => r.id)).toEqual([
      'lambda',
      'fargate',
      'ec2',
      'ecs-ec2',
      'batch',
      'lightsail',
    ]);
  });

  it('puts infeasible options last, each with the reason it cannot run', () => {
    const rows = sortCostRows(OPTIONS).slice(-2);
    expect(rows.map((r) => [r.id, r.monthlyUSD])).toEqual([
      ['batch', null],
      ['lightsail', null],
    ]);
    expect(rows[0]?.reason).toBe('AWS Batch runs jobs; it does not serve requests.');
    expect(rows[1]?.reason).toMatch(/cannot run/);
  });
});

describe('layoutCostChart', () => {
  const layout = layoutCostChart(sortCostRows(OPTIONS), 600);

  it('draws a longer bar for a dearer option and leaves room for the amount', () => {
    const [lambda, fargate, ec2] = layout.rows;
    expect(lambda!.barWidth).toBeLessThan(fargate!.barWidth);
    expect(fargate!.barWidth).toBeLessThan(ec2!.barWidth);
    expect(layout.plotLeft + ec2!.barWidth).toBeLessThanOrEqual(600 - COST_CHART.padRight);
  });

  it('gives the x axis round dollar ticks from $0 past the dearest option', () => {
    expect(layout.ticks[0]?.label).toBe('$0');
    expect(layout.ticks.at(-1)!.value).toBeGreaterThanOrEqual(50.89);
    expect(layout.ticks.every((t) => /^\$\d+$/.test(t.label))).toBe(true);
  });

  it('stacks rows without overlap, taller where a reason wraps', () => {
    layout.rows.forEach((row, i) => {
      if (i > 0) expect(row.y).toBe(layout.rows[i - 1]!.y + layout.rows[i - 1]!.height);
    });
    const batch = layout.rows.find((r) => r.id === 'batch')!;
    expect(batch.height).toBe(COST_CHART.rowHeight + batch.reasonLines.length * COST_CHART.reasonLineHeight);
    expect(layout.height).toBe(layout.axisY + COST_CHART.axisHeight);
  });

  it('still draws an axis when nothing is feasible', () => {
    const empty = layoutCostChart(sortCostRows([option('batch', null)]), 400);
    expect(empty.ticks.length).toBeGreaterThan(1);
  });
});

describe('rowGridlines', () => {
  const layout = layoutCostChart(sortCostRows([option('lambda', 14.13), option('ec2', 50.89)]), 600);
  const segments = (d: string) => [...d.matchAll(/M([\d.]+) ([\d.]+)V([\d.]+)/g)].map((m) => m.slice(1).map(Number));

  it('draws one vertical segment a tick, at the tick, from just above the bar', () => {
    const lines = segments(rowGridlines(layout.rows[0]!, layout));
    expect(lines.map(([x]) => x)).toEqual(layout.ticks.map((tick) => tick.position));
    expect(lines.every(([, top]) => top === COST_CHART.barTop - 3)).toBe(true);
    expect(rowGridlines(layout.rows[0]!, layout)).toMatch(/^(M[\d.]+ [\d.]+V[\d.]+)+$/);
  });

  it('stops short of the next row’s label, and reaches the axis on the last row', () => {
    const [first, last] = layout.rows;
    expect(segments(rowGridlines(first!, layout)).every(([, , bottom]) => bottom === first!.height + 2)).toBe(true);
    expect(last!.y + last!.height).toBe(layout.axisY);
    expect(segments(rowGridlines(last!, layout)).every(([, , bottom]) => bottom === last!.height + 4)).toBe(true);
  });

  it('draws none on an infeasible row', () => {
    const withBatch = layoutCostChart(sortCostRows([option('lambda', 14.13), option('batch', null)]), 600);
    const batch = withBatch.rows.find((row) => row.id === 'batch')!;
    expect(rowGridlines(batch, withBatch)).toBe('');
  });
});

describe('wrapText', () => {
  it('breaks between words within the width', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('supercalifragilistic ok', 5)).toEqual(['supercalifragilistic', 'ok']);
  });
});
