import { describe, expect, it } from 'vitest';
import type { CostComparisonRow } from '../../../../electron/common/estimate/compare-costs';
import { describeGroupedBars, GROUPED_BARS, layoutGroupedBars } from './grouped-bars-layout';

const row = (id: CostComparisonRow['id'], label: string, monthlyUSD: (number | null)[]): CostComparisonRow => ({
  id,
  label,
  monthlyUSD,
  versusFirst: [],
  cheapest: monthlyUSD.map(() => false),
});

const ROWS = [row('lambda', 'Lambda', [50, 100]), row('fargate', 'Fargate', [25, null])];

describe('the grouped bar chart of a profile comparison', () => {
  // 600 px wide: the plot runs from 12 to 600 − 190 = 410 px, and the axis ends at a round $100.
  const layout = layoutGroupedBars(ROWS, ['Today', 'Peak'], 600);

  it('draws one bar per profile in each option’s group, as long as its cost', () => {
    const widths = layout.groups.map((g) => g.bars.map((b) => b.width));
    // By hand: $100 spans 398 px; $50 half of it (199), $25 a quarter (99.5).
    expect(widths).toEqual([
      [199, 398],
      [99.5, 0],
    ]);
  });

  it('names every bar’s profile and cost in words, and an infeasible one as such', () => {
    expect(layout.groups[1]!.bars.map((b) => b.text)).toEqual(['$25.00 · Today', 'not feasible · Peak']);
  });

  it('stacks the groups without overlap and leaves room for the axis', () => {
    const groupHeight =
      GROUPED_BARS.firstBarTop + 2 * (GROUPED_BARS.barHeight + GROUPED_BARS.barGap) + GROUPED_BARS.groupGap;
    expect(layout.groups.map((g) => g.y)).toEqual([0, groupHeight]);
    expect(layout.height).toBe(2 * groupHeight + GROUPED_BARS.axisHeight);
    expect(layout.ticks.at(-1)!.label).toBe('$100');
  });

  it('says every cost in its text alternative', () => {
    expect(describeGroupedBars(ROWS, ['Today', 'Peak'])).toBe(
      'Grouped bar chart of each option’s monthly cost in 2 profiles. Lambda: Today $50.00, Peak $100.00. Fargate: Today $25.00, Peak not feasible.',
    );
  });
});
