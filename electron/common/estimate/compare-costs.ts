import type { ComputeOptionId } from '../compute-options';
import { rankFeasible } from '../pricing/why';
import type { PricingResult } from '../pricing/types';
import { cents } from './table';

/** How another profile's cost stands against the first one's. */
export interface CostDifference {
  /** other − first, to the cent. */
  absolute: number;
  /** other ÷ first; null when the first costs nothing (no ratio to a zero). */
  times: number | null;
  /** (other − first) ÷ first, as a fraction (0.25 = 25 % more); null with `times`. */
  fraction: number | null;
  /** Cheaper is better: 'better' when the other profile costs less than the first. */
  verdict: 'better' | 'worse' | 'same';
}

export interface CostComparisonRow {
  id: ComputeOptionId;
  /** The option's name; "A / B" when the profiles' labels differ (e.g. another instance type). */
  label: string;
  /** Monthly cost per profile, in the order given; null where the option cannot run that workload. */
  monthlyUSD: (number | null)[];
  /** Per profile after the first, against the first; null where either side cannot run. */
  versusFirst: (CostDifference | null)[];
  /** Per profile: this is its cheapest feasible option. */
  cheapest: boolean[];
}

export function costDifference(first: number, other: number): CostDifference {
  const absolute = cents(other - first);
  const times = first === 0 ? null : other / first;
  return {
    absolute,
    times,
    fraction: times === null ? null : times - 1,
    verdict: absolute < 0 ? 'better' : absolute > 0 ? 'worse' : 'same',
  };
}

/** The cheapest feasible option of each result, as the engine ranks them; null when none can run. */
export function cheapestOptionIds(results: readonly PricingResult[]): (ComputeOptionId | null)[] {
  return results.map((result) => rankFeasible(result.options)[0]?.id ?? null);
}

/** Each option's cost in every profile, in the engine's option order, with each profile against the first. */
export function compareCosts(results: readonly PricingResult[]): CostComparisonRow[] {
  const [first, ...others] = results;
  if (!first) return [];
  const cheapest = cheapestOptionIds(results);
  return first.options.map((option) => {
    const matches = results.map((result) => result.options.find((o) => o.id === option.id) ?? null);
    const labels = [...new Set(matches.map((m) => m?.label ?? option.label))];
    const monthlyUSD = matches.map((m) => (m?.feasible ? m.monthlyUSD : null));
    const base = monthlyUSD[0] ?? null;
    return {
      id: option.id,
      label: labels.join(' / '),
      monthlyUSD,
      versusFirst: others.map((_, i) => {
        const other = monthlyUSD[i + 1] ?? null;
        return base === null || other === null ? null : costDifference(base, other);
      }),
      cheapest: cheapest.map((id) => id === option.id),
    };
  });
}
