import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../../electron/common/pricing';
import { DEFAULT_WORKLOAD } from '../../../../electron/common/pricing';
import type { CostComparisonRow } from '../../../../electron/common/estimate/compare-costs';
import { comparisonFooter, groupedBarsSvg } from './compare-chart-svg';

const ROWS: CostComparisonRow[] = [
  { id: 'lambda', label: 'Lambda', monthlyUSD: [2.73, 12.33], versusFirst: [], cheapest: [true, true] },
  { id: 'batch', label: 'Batch', monthlyUSD: [null, 40], versusFirst: [], cheapest: [false, false] },
];

describe('the comparison chart as a picture', () => {
  it('writes every bar’s cost and profile in words, infeasible ones without a bar, in the theme’s ink', () => {
    const svg = groupedBarsSvg(ROWS, ['Today', 'Peak'], 'dark');
    expect(svg).toContain('>$2.73 · Today<');
    expect(svg).toContain('>$12.33 · Peak<');
    expect(svg).toContain('>not feasible · Today<');
    // Three bars for four values: Batch cannot run Today's workload.
    expect(svg.match(/<rect /g)).toHaveLength(3);
    expect(svg).toContain('fill="#e9ebed"');
  });

  it('says under the chart which app, when, and which price book priced each profile', () => {
    const result = evaluate(DEFAULT_WORKLOAD);
    const book = result.priceBook;
    const footer = comparisonFooter(
      [{ name: 'Today', workload: DEFAULT_WORKLOAD, result }],
      '1.2.3',
      '2026-12-01T18:00:00.000Z',
    );
    expect(footer).toEqual([
      'Compute Explorer 1.2.3 · exported 2026-12-01T18:00:00.000Z · USD per month',
      `Today: ${book.region} price book ${book.version}, prices as of ${book.asOf}`,
    ]);
  });
});
