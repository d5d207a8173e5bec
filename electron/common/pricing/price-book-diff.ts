import type { PriceBookData } from './price-book-data';

export type PriceChangeKind = 'changed' | 'added' | 'removed';

/** One price that differs between two books; `null` where a book has no price (absent or unknown). */
export interface PriceChange {
  id: string;
  label: string;
  unit: string;
  kind: PriceChangeKind;
  from: number | null;
  to: number | null;
  /** (to − from) / from, in percent; null when either side has no price or `from` is 0. */
  changePct: number | null;
  /** Why a side has no price, when its book says (a service not offered in that Region). */
  absentReason?: string;
}

/**
 * The prices that moved from `before` to `after`, in `before`'s order then
 * the new ones. A price whose unit changed counts as removed and added: the
 * two numbers can't be compared.
 */
export function diffPriceBooks(before: PriceBookData, after: PriceBookData): PriceChange[] {
  const ids = [...new Set([...Object.keys(before.prices), ...Object.keys(after.prices)])];
  const changes: PriceChange[] = [];
  for (const id of ids) {
    const old = before.prices[id];
    const now = after.prices[id];
    if (old && now && old.unit === now.unit) {
      if (old.usd === now.usd) continue;
      const changePct = old.usd === 0 ? null : ((now.usd - old.usd) / old.usd) * 100;
      changes.push({ id, label: now.label, unit: now.unit, kind: 'changed', from: old.usd, to: now.usd, changePct });
      continue;
    }
    if (old) {
      const reason = after.absent[id]?.reason;
      changes.push({
        id,
        label: old.label,
        unit: old.unit,
        kind: 'removed',
        from: old.usd,
        to: null,
        changePct: null,
        ...(reason ? { absentReason: reason } : {}),
      });
    }
    if (now) {
      const reason = before.absent[id]?.reason;
      changes.push({
        id,
        label: now.label,
        unit: now.unit,
        kind: 'added',
        from: null,
        to: now.usd,
        changePct: null,
        ...(reason ? { absentReason: reason } : {}),
      });
    }
  }
  return changes;
}
