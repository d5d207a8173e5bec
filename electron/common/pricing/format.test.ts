import { describe, expect, it } from 'vitest';
import { formatCount, formatNumber, formatUnitPriceUSD, formatUSD } from './format';

describe('format helpers', () => {
  it('shows counts with three significant digits and a scale', () => {
    expect([950, 1000, 12_345, 41_200_000, 999_999, 1e10].map(formatCount)).toEqual([
      '950',
      '1 k',
      '12.3 k',
      '41.2 M',
      '1 M',
      '10 B',
    ]);
  });

  it('shows dollars with cents and separators, keeping sub-cent amounts visible', () => {
    expect([0, 2.73, 1234.5, 0.004, null].map(formatUSD)).toEqual(['$0.00', '$2.73', '$1,234.50', '$0.004', '—']);
  });

  it('shows unit prices at full precision', () => {
    expect([0.0000166667, 0.2, 0.0416, 18].map(formatUnitPriceUSD)).toEqual([
      '$0.0000166667',
      '$0.20',
      '$0.0416',
      '$18.00',
    ]);
  });

  it('groups thousands and drops trailing zeros', () => {
    expect(formatNumber(3_000_000)).toBe('3,000,000');
    expect(formatNumber(0.12, 3)).toBe('0.12');
    expect(formatNumber(-1234.5)).toBe('−1,234.5');
  });
});
