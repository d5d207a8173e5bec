import type { ComputeOptionId } from '../../../../electron/common/compute-options';
import type { Sweep } from '../../../../electron/common/pricing';
import type { PlacedCrossover, SeriesPath } from './break-even-layout';
import type { SeriesStyle } from './chart-theme';

/** One line of the legend: one option, or several whose curves lie on top of each other. */
export interface LegendEntry {
  ids: ComputeOptionId[];
  label: string;
  styles: SeriesStyle[];
  feasibleAnywhere: boolean;
}

/** One entry per series, as the Costs page shows it. */
export function legendPerSeries(series: readonly SeriesPath[]): LegendEntry[] {
  return series.map((s) => ({ ids: [s.id], label: s.label, styles: [s.style], feasibleAnywhere: s.feasibleAnywhere }));
}

/** Within 1% (or a cent) of each other at every point: on the chart one line covers the other. */
const SAME_CURVE = 0.01;

export function curvesCoincide(a: readonly (number | null)[], b: readonly (number | null)[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((v, i) => {
    const w = b[i] ?? null;
    if (v === null || w === null) return v === w;
    return Math.abs(v - w) <= Math.max(0.01, SAME_CURVE * Math.max(Math.abs(v), Math.abs(w)));
  });
}

/**
 * The slide's legend: options that cannot run anywhere in the sweep are left
 * out (they draw no line), and options whose curves coincide (ECS on EC2 costs
 * what EC2 does, give or take its image storage) share an entry, "EC2 = ECS on EC2", since one
 * line hides the other.
 */
export function legendForSlide(series: readonly SeriesPath[], sweep: Sweep): LegendEntry[] {
  const costsOf = (id: ComputeOptionId) => sweep.series.find((candidate) => candidate.id === id)?.monthlyUSD ?? [];
  const entries: LegendEntry[] = [];
  for (const s of series) {
    if (!s.feasibleAnywhere) continue;
    const costs = costsOf(s.id);
    const same = entries.find((entry) => curvesCoincide(costsOf(entry.ids[0]!), costs));
    if (same) {
      same.ids.push(s.id);
      same.label = `${same.label} = ${s.label}`;
      same.styles.push(s.style);
    } else {
      entries.push({ ids: [s.id], label: s.label, styles: [s.style], feasibleAnywhere: true });
    }
  }
  return entries;
}

/**
 * Crossover markers closer than `gap` pixels to one already kept are folded
 * into it: one circle, its tooltip naming every crossover there, so markers
 * never pile into a blot.
 */
export function foldCrossovers(crossovers: readonly PlacedCrossover[], gap: number): PlacedCrossover[] {
  const kept: PlacedCrossover[] = [];
  for (const c of crossovers) {
    const near = kept.find((k) => Math.hypot(k.cx - c.cx, k.cy - c.cy) < gap);
    if (near) near.title = `${near.title}; ${c.title}`;
    else kept.push({ ...c });
  }
  return kept;
}
