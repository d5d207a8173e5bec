import { scaleLinear } from 'd3-scale';
import type { CostComparisonRow } from '../../../../electron/common/estimate/compare-costs';
import { formatUSD } from '../../../../electron/common/pricing/format';
import { formatUSDTick, toTicks, type Tick } from './axis-ticks';

/**
 * The profile comparison's grouped bar chart: one group per option, one bar
 * per profile. Pure, so the on-screen chart and its PNG draw the same thing.
 */

/**
 * One colour per profile, in comparison order, taken from the option palette
 * whose colours keep 3:1 against both themes' backgrounds (chart-theme.test.ts).
 * Each bar is also named in words beside it, so colour is never the only cue.
 */
export const PROFILE_COLOURS = ['#3d7fd9', '#d9730d', '#9466d6'] as const;

export const GROUPED_BARS = {
  labelBaseline: 15,
  firstBarTop: 22,
  barHeight: 14,
  barGap: 5,
  groupGap: 12,
  axisHeight: 28,
  padLeft: 12,
  /** Room after the longest bar for its amount and the profile's name. */
  padRight: 190,
} as const;

export interface PlacedBar {
  /** The profile's place in the comparison. */
  profile: number;
  y: number;
  /** null when the option cannot run that profile's workload: no bar, the words "not feasible". */
  monthlyUSD: number | null;
  width: number;
  /** "$12.40 · Peak", or "not feasible · Peak", written after the bar. */
  text: string;
}

export interface PlacedGroup {
  id: string;
  label: string;
  y: number;
  height: number;
  bars: PlacedBar[];
}

export interface GroupedBarsLayout {
  groups: PlacedGroup[];
  plotLeft: number;
  axisY: number;
  height: number;
  ticks: Tick[];
}

export function layoutGroupedBars(
  rows: readonly CostComparisonRow[],
  names: readonly string[],
  width: number,
): GroupedBarsLayout {
  const G = GROUPED_BARS;
  const plotLeft = G.padLeft;
  const plotRight = Math.max(plotLeft + 40, width - G.padRight);
  const highest = Math.max(0, ...rows.flatMap((row) => row.monthlyUSD.map((usd) => usd ?? 0)));
  const tickCount = Math.max(2, Math.floor((plotRight - plotLeft) / 90));
  const x = scaleLinear()
    .domain([0, highest > 0 ? highest : 1])
    .range([plotLeft, plotRight])
    .nice(tickCount);
  let y = 0;
  const groups = rows.map((row): PlacedGroup => {
    const bars = row.monthlyUSD.map((usd, profile): PlacedBar => {
      const name = names[profile] ?? `Profile ${profile + 1}`;
      return {
        profile,
        y: G.firstBarTop + profile * (G.barHeight + G.barGap),
        monthlyUSD: usd,
        // A feasible $0 keeps a sliver, so every priced bar has a visible mark.
        width: usd === null ? 0 : Math.max(1, x(usd) - plotLeft),
        text: `${usd === null ? 'not feasible' : formatUSD(usd)} · ${name}`,
      };
    });
    const height = G.firstBarTop + bars.length * (G.barHeight + G.barGap) + G.groupGap;
    const group = { id: row.id, label: row.label, y, height, bars };
    y += height;
    return group;
  });
  return { groups, plotLeft, axisY: y, height: y + G.axisHeight, ticks: toTicks(x, x.ticks(tickCount), formatUSDTick) };
}

/** The chart in one paragraph, for screen readers (and the PNG's description). */
export function describeGroupedBars(rows: readonly CostComparisonRow[], names: readonly string[]): string {
  const options = rows.map((row) => {
    const each = row.monthlyUSD.map((usd, i) => `${names[i]} ${usd === null ? 'not feasible' : formatUSD(usd)}`);
    return `${row.label}: ${each.join(', ')}`;
  });
  return `Grouped bar chart of each option’s monthly cost in ${names.length} profiles. ${options.join('. ')}.`;
}
