import type { OptionMove, PriceChangeReply } from '../../../../electron/common/price-import-ipc';
import { formatNumber, formatUnitPriceUSD, formatUSD } from '../../../../electron/common/pricing/format';

/** "+12.5%", "−3.0%", or "" where there is nothing to compare (a price added or gone). */
export function percentText(pct: number | null): string {
  if (pct === null) return '';
  const sign = pct > 0 ? '+' : pct < 0 ? '−' : '';
  return `${sign}${formatNumber(Math.abs(pct), 1)}%`;
}

/** One moved price, as `npm run prices -- diff` writes it: old → new per unit. */
export function priceChangeText(change: PriceChangeReply): string {
  const price = (usd: number | null) => (usd === null ? 'absent' : formatUnitPriceUSD(usd));
  return `${price(change.from)} → ${price(change.to)} per ${change.unit}`;
}

export interface OptionMoveRow {
  id: OptionMove['id'];
  label: string;
  before: string;
  after: string;
  change: string;
}

/** Each option's monthly total with the old book and the new; the biggest moves first. */
export function optionMoveRows(moves: readonly OptionMove[]): OptionMoveRow[] {
  const pct = (m: OptionMove) =>
    m.before === null || m.after === null || m.before === 0 ? null : ((m.after - m.before) / m.before) * 100;
  return [...moves]
    .sort((a, b) => Math.abs(pct(b) ?? 0) - Math.abs(pct(a) ?? 0))
    .map((move) => ({
      id: move.id,
      label: move.label,
      before: move.before === null ? 'not feasible' : formatUSD(move.before),
      after: move.after === null ? 'not feasible' : formatUSD(move.after),
      change: percentText(pct(move)),
    }));
}
