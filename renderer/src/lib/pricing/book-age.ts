/** A book older than this is worth updating: AWS changes some prices every few months. */
export const STALE_AFTER_DAYS = 90;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from a book's as-of date (YYYY-MM-DD) to `today`; null for a date that can't be read. */
export function bookAgeDays(asOf: string, today: Date): number | null {
  const start = Date.parse(`${asOf.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(start)) return null;
  return Math.floor((today.getTime() - start) / DAY_MS);
}

export function isStale(asOf: string, today: Date): boolean {
  const age = bookAgeDays(asOf, today);
  return age !== null && age > STALE_AFTER_DAYS;
}

export function sourceLabel(kind: 'bundled' | 'aws-price-list'): string {
  return kind === 'bundled' ? 'bundled with the app' : 'AWS Price List';
}
