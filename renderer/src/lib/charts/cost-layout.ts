import { scaleLinear } from 'd3-scale';
import type { ComputeOptionId } from '../../../../electron/common/compute-options';
import type { OptionResult } from '../../../../electron/common/pricing';
import { formatUSDTick, toTicks, type Tick } from './axis-ticks';

export interface CostRow {
  id: ComputeOptionId;
  label: string;
  /** null when the option cannot run the workload. */
  monthlyUSD: number | null;
  /** Why it cannot; null for feasible rows. */
  reason: string | null;
  /** Limits it runs into while priced (quotas, timeouts). */
  warnings: string[];
}

export interface PlacedCostRow extends CostRow {
  /** Top of the row. */
  y: number;
  height: number;
  barWidth: number;
  reasonLines: string[];
}

export interface CostChartLayout {
  rows: PlacedCostRow[];
  plotLeft: number;
  plotRight: number;
  axisY: number;
  height: number;
  ticks: Tick[];
}

export const COST_CHART = {
  rowHeight: 46,
  labelBaseline: 15,
  barTop: 21,
  barHeight: 16,
  reasonLineHeight: 15,
  axisHeight: 28,
  padLeft: 12,
  /** Room after the longest bar for its amount. */
  padRight: 84,
  /** More room when a bar also carries a warning marker. */
  warningWidth: 76,
  /** Average glyph width of 12px text, for wrapping reasons without measuring. */
  charWidth: 6.4,
} as const;

const NO_REASON = 'This option cannot run the workload.';

/** Feasible options cheapest first (ties keep the engine's order), then the infeasible ones. */
export function sortCostRows(options: readonly OptionResult[]): CostRow[] {
  const rows: CostRow[] = options.map((o) => {
    const feasible = o.feasible && o.monthlyUSD !== null;
    return {
      id: o.id,
      label: o.label,
      monthlyUSD: feasible ? o.monthlyUSD : null,
      reason: feasible ? null : (o.reason ?? NO_REASON),
      warnings: feasible ? o.warnings : [],
    };
  });
  const priced = rows.filter((r) => r.monthlyUSD !== null);
  priced.sort((a, b) => (a.monthlyUSD ?? 0) - (b.monthlyUSD ?? 0));
  return [...priced, ...rows.filter((r) => r.monthlyUSD === null)];
}

/** Greedy word wrap; a word longer than a line gets a line of its own. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Positions every row and the x axis for a chart `width` pixels wide. */
export function layoutCostChart(rows: readonly CostRow[], width: number): CostChartLayout {
  const plotLeft = COST_CHART.padLeft;
  const marker = rows.some((r) => r.warnings.length > 0) ? COST_CHART.warningWidth : 0;
  const plotRight = Math.max(plotLeft + 40, width - COST_CHART.padRight - marker);
  const highest = Math.max(0, ...rows.map((r) => r.monthlyUSD ?? 0));
  const tickCount = Math.max(2, Math.floor((plotRight - plotLeft) / 90));
  // Niced with the tick count, so the axis ends on a labelled tick past the dearest bar.
  const x = scaleLinear()
    .domain([0, highest > 0 ? highest : 1])
    .range([plotLeft, plotRight])
    .nice(tickCount);
  const reasonChars = Math.max(20, Math.floor((width - 2 * plotLeft) / COST_CHART.charWidth));

  let y = 0;
  const placed = rows.map((row): PlacedCostRow => {
    const reasonLines = row.reason === null ? [] : wrapText(row.reason, reasonChars);
    const height = COST_CHART.rowHeight + reasonLines.length * COST_CHART.reasonLineHeight;
    // Feasible bars keep a sliver even at $0 so every option has a visible mark.
    const barWidth = row.monthlyUSD === null ? plotRight - plotLeft : Math.max(1, x(row.monthlyUSD) - plotLeft);
    const out = { ...row, y, height, barWidth, reasonLines };
    y += height;
    return out;
  });

  return {
    rows: placed,
    plotLeft,
    plotRight,
    axisY: y,
    height: y + COST_CHART.axisHeight,
    ticks: toTicks(x, x.ticks(tickCount), formatUSDTick),
  };
}

/**
 * A feasible row's gridlines as one SVG path, in the row's own coordinates: a line down from just
 * above the bar at each tick, stopping short of the next row's label (the last row's reach the axis).
 * One element a row rather than one a tick: a slider move that rescales the axis then sets one
 * attribute a row, and a change in the number of ticks adds or removes no element (issue 15).
 * An infeasible row has none: "".
 */
export function rowGridlines(row: PlacedCostRow, layout: Pick<CostChartLayout, 'ticks' | 'axisY'>): string {
  if (row.monthlyUSD === null) return '';
  const top = COST_CHART.barTop - 3;
  const bottom = row.y + row.height === layout.axisY ? row.height + 4 : row.height + 2;
  return layout.ticks.map((tick) => `M${tick.position} ${top}V${bottom}`).join('');
}
