import { scaleLinear, scaleLog, type ScaleLinear, type ScaleLogarithmic } from 'd3-scale';
import { line } from 'd3-shape';
import type { ComputeOptionId } from '../../../../electron/common/compute-options';
import type { BreakEvens, Sweep } from '../../../../electron/common/pricing';
import { formatCount, formatUSD } from '../../../../electron/common/pricing/format';
import { formatUSDTick, logTickValues, toTicks, type Tick } from './axis-ticks';
import { seriesStyle, type SeriesStyle } from './chart-theme';

export type CostAxis = 'log' | 'linear';

/** A log axis cannot reach $0; free-tier costs sit on this floor instead. */
export const MIN_LOG_COST_USD = 0.01;

export const BREAK_EVEN_MARGIN = { top: 28, right: 20, bottom: 46, left: 64 } as const;

/** Crossover labels closer than this (px) are left to their circle's tooltip. */
const LABEL_GAP = 56;

export interface SeriesPath {
  id: ComputeOptionId;
  label: string;
  style: SeriesStyle;
  /** SVG path data; empty when the option is never feasible. */
  d: string;
  feasibleAnywhere: boolean;
}

export interface PlacedCrossover {
  a: ComputeOptionId;
  b: ComputeOptionId;
  requests: number;
  cx: number;
  cy: number;
  /** Shown next to the circle, or null where it would collide with a neighbour. */
  label: string | null;
  title: string;
}

export interface BreakEvenLayout {
  plot: { left: number; right: number; top: number; bottom: number };
  x: ScaleLogarithmic<number, number>;
  y: ScaleLinear<number, number> | ScaleLogarithmic<number, number>;
  xTicks: Tick[];
  yTicks: Tick[];
  series: SeriesPath[];
  crossovers: PlacedCrossover[];
  /** x of the "your workload" marker, null when outside the sweep. */
  currentX: number | null;
}

export interface BreakEvenSize {
  width: number;
  height: number;
  axis: CostAxis;
  /** "requests/month", or "jobs/month" for batch workloads. */
  unit: string;
  currentRequests?: number | undefined;
}

function finiteCosts(sweep: Sweep): number[] {
  return sweep.series.flatMap((s) => s.monthlyUSD.filter((v): v is number => v !== null && Number.isFinite(v)));
}

/** The cost range to plot: every finite value, from $0 (linear) or the $0.01 floor (log). */
export function costDomain(sweep: Sweep, axis: CostAxis): [number, number] {
  const costs = finiteCosts(sweep);
  const highest = costs.length > 0 ? Math.max(...costs) : 0;
  if (axis === 'linear') return [0, highest > 0 ? highest : 1];
  const lowest = Math.max(MIN_LOG_COST_USD, Math.min(...costs, highest));
  return [lowest, Math.max(highest, lowest * 10)];
}

/** The sweep's request range; a placeholder decade pair when the sweep is too short to draw. */
export function requestDomain(sweep: Sweep): [number, number] {
  const first = sweep.requests[0];
  const last = sweep.requests.at(-1);
  if (first === undefined || last === undefined || !(first > 0) || !(last > first)) return [1e3, 1e10];
  return [first, last];
}

/** Which labels to draw, left to right, so no two sit closer than `gap` pixels. */
export function spreadLabels(positions: readonly number[], gap: number): boolean[] {
  let lastShown = -Infinity;
  return positions.map((p) => {
    if (p - lastShown < gap) return false;
    lastShown = p;
    return true;
  });
}

function costAxis(sweep: Sweep, axis: CostAxis, range: [number, number]): { y: BreakEvenLayout['y']; yTicks: Tick[] } {
  // Decade labels are short and evenly spaced, so a log axis can carry more of them.
  const maxTicks = Math.max(3, Math.floor((range[0] - range[1]) / (axis === 'log' ? 26 : 50)));
  if (axis === 'linear') {
    const y = scaleLinear().domain(costDomain(sweep, 'linear')).range(range).nice(maxTicks);
    return { y, yTicks: toTicks(y, y.ticks(maxTicks), formatUSDTick) };
  }
  const y = scaleLog().domain(costDomain(sweep, 'log')).range(range).nice().clamp(true);
  const yTicks = toTicks(y, logTickValues(y, maxTicks), formatUSDTick);
  // Costs below the floor are drawn on it; the bottom label says so.
  const first = yTicks[0];
  if (first && first.value <= MIN_LOG_COST_USD && finiteCosts(sweep).some((v) => v < MIN_LOG_COST_USD)) {
    first.label = `≤ ${first.label}`;
  }
  return { y, yTicks };
}

function labelOf(sweep: Sweep, id: ComputeOptionId): string {
  return sweep.series.find((s) => s.id === id)?.label ?? id;
}

/** x of the "your workload" marker, null when outside the sweep. Separate so a slider drag doesn't redo the layout. */
export function markerX(x: ScaleLogarithmic<number, number>, requests: number | undefined): number | null {
  const [from, to] = x.domain() as [number, number];
  return requests !== undefined && requests >= from && requests <= to ? x(requests) : null;
}

export function layoutBreakEven(sweep: Sweep, breakEvens: BreakEvens, size: BreakEvenSize): BreakEvenLayout {
  const m = BREAK_EVEN_MARGIN;
  const plot = {
    left: m.left,
    right: Math.max(m.left + 60, size.width - m.right),
    top: m.top,
    bottom: Math.max(m.top + 60, size.height - m.bottom),
  };
  const x = scaleLog().domain(requestDomain(sweep)).range([plot.left, plot.right]);
  const { y, yTicks } = costAxis(sweep, size.axis, [plot.bottom, plot.top]);

  const path = line<number | null>()
    .defined((d) => d !== null)
    .x((_, i) => x(sweep.requests[i] ?? 1))
    .y((d) => y(d ?? 0));
  const series = sweep.series.map((s) => ({
    id: s.id,
    label: s.label,
    style: seriesStyle(s.id),
    d: path(s.monthlyUSD) ?? '',
    feasibleAnywhere: s.monthlyUSD.some((v) => v !== null),
  }));

  const xs = breakEvens.crossovers.map((c) => x(c.requests));
  const shown = spreadLabels(xs, LABEL_GAP);
  const crossovers = breakEvens.crossovers.map((c, i) => ({
    a: c.a,
    b: c.b,
    requests: c.requests,
    cx: xs[i] ?? 0,
    cy: y(c.monthlyUSD),
    label: shown[i] ? formatCount(c.requests) : null,
    title: `${labelOf(sweep, c.b)} takes over from ${labelOf(sweep, c.a)} at ${formatCount(c.requests)} ${size.unit} (${formatUSD(c.monthlyUSD)})`,
  }));

  const currentX = markerX(x, size.currentRequests);

  const xTickMax = Math.max(2, Math.floor((plot.right - plot.left) / 60));
  return {
    plot,
    x,
    y,
    xTicks: toTicks(x, logTickValues(x, xTickMax), formatCount),
    yTicks,
    series,
    crossovers,
    currentX,
  };
}
