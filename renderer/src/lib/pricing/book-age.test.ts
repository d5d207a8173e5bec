import { describe, expect, it } from 'vitest';
import { bookAgeDays, isStale, sourceLabel } from './book-age';

describe('a price book’s age', () => {
  // 2025-10-01 → 2025-12-30 is 30 + 31 + 29 = 90 days; one more day makes 91.
  it('is stale only when older than 90 days', () => {
    expect(bookAgeDays('2025-10-01', new Date('2025-12-30T12:00:00Z'))).toBe(90);
    expect(isStale('2025-10-01', new Date('2025-12-30T12:00:00Z'))).toBe(false);
    expect(isStale('2025-10-01', new Date('2025-12-31T00:00:00Z'))).toBe(true);
  });

  it('is unknown for a date it cannot read, and then not called stale', () => {
    expect(bookAgeDays('soon', new Date())).toBeNull();
    expect(isStale('soon', new Date())).toBe(false);
  });

  it('names where the book came from', () => {
    expect(sourceLabel('bundled')).toBe('bundled with the app');
    expect(sourceLabel('aws-price-list')).toBe('AWS Price List');
  });
});
