import type { BreakEvens, Sweep } from '../../../../electron/common/pricing';
import { formatCount } from '../../../../electron/common/pricing/format';

export interface PairwiseRow {
  a: string;
  b: string;
  /** "Lambda + HTTP API vs EC2 (Auto Scaling group)". */
  pair: string;
  /** "12.3 M requests/month", or "never in 1 k–10 B". */
  crossesAt: string;
  /** "Lambda + HTTP API below, EC2 (Auto Scaling group) above", or the one cheaper throughout. */
  cheaper: string;
}

/** The pairwise break-even table's rows, in the engine's order (Lambda vs EC2 and vs Fargate first). */
export function pairwiseRows(sweep: Sweep, breakEvens: BreakEvens, unit: string): PairwiseRow[] {
  const label = (id: string) => sweep.series.find((s) => s.id === id)?.label ?? id;
  return breakEvens.pairs.map((p) => {
    const below = label(p.cheaperBelow);
    const above = label(p.cheaperBelow === p.a ? p.b : p.a);
    const often = p.crossings > 1 ? ` (first of ${p.crossings} crossings)` : '';
    return {
      a: p.a,
      b: p.b,
      pair: `${label(p.a)} vs ${label(p.b)}`,
      crossesAt:
        p.requests === null
          ? `never in ${formatCount(p.from)}–${formatCount(p.to)}`
          : `${formatCount(p.requests)} ${unit}${often}`,
      cheaper: p.requests === null ? `${below} throughout` : `${below} below, ${above} above`,
    };
  });
}
