import type { BreakEvens, Sweep } from '../../../../electron/common/pricing';
import { formatCount, formatUSD } from '../../../../electron/common/pricing/format';
import { nearestIndex } from './break-even-readout';
import type { CostRow } from './cost-layout';

/**
 * The charts' text alternatives: what a screen reader hears for each chart and
 * the tables behind "Show as table", written from the same data the chart
 * draws, so the words and the picture cannot disagree.
 */

export interface ChartTableRow {
  /** The row's header cell: the option, or the request count. */
  header: string;
  cells: string[];
}

export interface ChartTable {
  caption: string;
  /** Column headers, the row headers' column first. */
  columns: string[];
  rows: ChartTableRow[];
}

const options = (count: number, kind = ''): string => `${count} ${kind}option${count === 1 ? '' : 's'}`;

/** The name of one bar of the cost chart; it starts with the words drawn on the bar, as speech input needs. */
export function costBarLabel(row: CostRow): string {
  if (row.monthlyUSD === null) return `${row.label}: not feasible. ${row.reason ?? ''}`.trim();
  const warnings = row.warnings.length > 0 ? `. Warning: ${row.warnings.join(' ')}` : '';
  return `${row.label}: ${formatUSD(row.monthlyUSD)} per month${warnings}`;
}

/** The cost chart in a sentence or two: every option's monthly cost, cheapest first, then those that cannot run. */
export function describeCostChart(rows: readonly CostRow[]): string {
  const priced = rows.filter((r) => r.monthlyUSD !== null);
  const infeasible = rows.filter((r) => r.monthlyUSD === null);
  const parts: string[] = [];
  if (priced.length > 0) {
    const costs = priced.map((r) => `${r.label} ${formatUSD(r.monthlyUSD)}`).join(', ');
    parts.push(`Monthly cost of ${priced.length} of ${options(rows.length)}, cheapest first: ${costs}.`);
  } else {
    parts.push(
      rows.length === 1
        ? 'The option cannot run this workload.'
        : `None of the ${options(rows.length)} can run this workload.`,
    );
  }
  if (infeasible.length > 0) {
    parts.push(`Not feasible: ${infeasible.map((r) => `${r.label} (${r.reason ?? 'cannot run it'})`).join('; ')}.`);
  }
  return parts.join(' ');
}

export function costChartTable(rows: readonly CostRow[]): ChartTable {
  return {
    caption: 'Monthly and yearly cost by option, cheapest first',
    columns: ['Option', 'Per month', 'Per year', 'Note'],
    rows: rows.map((r) => ({
      header: r.label,
      cells:
        r.monthlyUSD === null
          ? ['—', '—', `Not feasible: ${r.reason ?? 'cannot run the workload'}`]
          : [formatUSD(r.monthlyUSD), formatUSD(r.monthlyUSD * 12), ''],
    })),
  };
}

function labelOf(sweep: Sweep, id: string): string {
  return sweep.series.find((s) => s.id === id)?.label ?? id;
}

/** The cheapest feasible option at sweep point `i`, or null when none can run there. */
function cheapestAt(sweep: Sweep, i: number): { label: string; usd: number } | null {
  let best: { label: string; usd: number } | null = null;
  for (const s of sweep.series) {
    const usd = s.monthlyUSD[i];
    if (usd !== null && usd !== undefined && (best === null || usd < best.usd)) best = { label: s.label, usd };
  }
  return best;
}

/**
 * The break-even chart for a screen reader: its axes, the cheapest option at
 * either end, every point where the cheapest option changes (with the request
 * count and the cost there), the options that never run, and where the
 * current workload sits.
 */
export function describeBreakEvenChart(
  sweep: Sweep,
  breakEvens: BreakEvens,
  unit: string,
  currentRequests?: number,
): string {
  const first = sweep.requests[0];
  const last = sweep.requests.at(-1);
  if (first === undefined || last === undefined) return `Monthly cost against ${unit}: no data.`;
  const parts = [
    `Monthly cost of ${options(sweep.series.length, 'compute ')} against ${unit} from ${formatCount(first)} to ${formatCount(last)}.`,
  ];
  const atStart = cheapestAt(sweep, 0);
  const atEnd = cheapestAt(sweep, sweep.requests.length - 1);
  if (atStart) parts.push(`At ${formatCount(first)}, ${atStart.label} is cheapest at ${formatUSD(atStart.usd)}.`);
  if (atEnd) parts.push(`At ${formatCount(last)}, ${atEnd.label} is cheapest at ${formatUSD(atEnd.usd)}.`);
  const { crossovers } = breakEvens;
  if (crossovers.length === 0) {
    parts.push('The cheapest option never changes in this range.');
  } else {
    const changes = crossovers.map(
      (c) =>
        `at ${formatCount(c.requests)} ${unit}, ${labelOf(sweep, c.b)} (${formatUSD(c.monthlyUSD)} a month) ` +
        `takes over from ${labelOf(sweep, c.a)}`,
    );
    const times = crossovers.length === 1 ? 'once' : `${crossovers.length} times`;
    parts.push(`The cheapest option changes ${times}: ${changes.join('; ')}.`);
  }
  const never = sweep.series.filter((s) => s.monthlyUSD.every((v) => v === null)).map((s) => s.label);
  if (never.length > 0) parts.push(`Not feasible anywhere in this range: ${never.join(', ')}.`);
  if (currentRequests !== undefined) parts.push(`Your workload: ${formatCount(currentRequests)} ${unit}.`);
  return parts.join(' ');
}

/** The sweep points nearest each power of ten in its range: a readable sample of a 200-point curve. */
function decadeIndexes(requests: readonly number[]): number[] {
  const first = requests[0];
  const last = requests.at(-1);
  if (first === undefined || last === undefined || !(first > 0)) return [];
  const indexes = new Set<number>();
  for (let exponent = Math.ceil(Math.log10(first)); 10 ** exponent <= last * (1 + 1e-9); exponent++) {
    indexes.add(nearestIndex(requests, 10 ** exponent));
  }
  return [...indexes].sort((a, b) => a - b);
}

/** Every option's monthly cost at each power of ten of the sweep (the nearest point the chart plots). */
export function breakEvenCostTable(sweep: Sweep, unit: string): ChartTable {
  return {
    caption: `Monthly cost of each option as ${unit} grow`,
    columns: [unit[0]?.toUpperCase() + unit.slice(1), ...sweep.series.map((s) => s.label)],
    rows: decadeIndexes(sweep.requests).map((i) => ({
      header: formatCount(sweep.requests[i] as number),
      cells: sweep.series.map((s) => {
        const usd = s.monthlyUSD[i];
        return usd === null || usd === undefined ? 'Not feasible' : formatUSD(usd);
      }),
    })),
  };
}

/** One row per point where the cheapest option changes. */
export function crossoverTable(sweep: Sweep, breakEvens: BreakEvens, unit: string): ChartTable {
  return {
    caption: 'Where the cheapest option changes',
    columns: [unit[0]?.toUpperCase() + unit.slice(1), 'Cheapest below', 'Cheapest above', 'Monthly cost there'],
    rows: breakEvens.crossovers.map((c) => ({
      header: formatCount(c.requests),
      cells: [labelOf(sweep, c.a), labelOf(sweep, c.b), formatUSD(c.monthlyUSD)],
    })),
  };
}
