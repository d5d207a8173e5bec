import { describe, expect, it } from 'vitest';
import { formatCount, formatKeepingSmall, formatNumber, formatUnitPriceUSD, formatUSD } from './format';

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

  it('never writes a negative zero, and keeps the sign of amounts that do not round to zero', () => {
    // −0.001 to two decimals is 0.00: a credit of a tenth of a cent reads "0", not "−0".
    expect([-0.001, -0.004, -0.5, -1234.5].map((v) => formatNumber(v))).toEqual(['0', '0', '−0.5', '−1,234.5']);
    expect(formatUSD(-12.5)).toBe('−$12.50');
    // Under half a cent keeps two significant digits, and its sign.
    expect(formatUSD(-0.004)).toBe('−$0.004');
    expect(formatCount(-41_200_000)).toBe('−41.2 M');
  });

  it("writes an amount of 1e21 dollars or more in full digits, not toFixed's exponent", () => {
    expect(formatUSD(1e21)).toBe('$1,000,000,000,000,000,000,000.00');
    expect(formatUSD(-2.5e21)).toBe('−$2,500,000,000,000,000,000,000.00');
    expect(formatUSD(999_999_999_999.994)).toBe('$999,999,999,999.99');
  });

  it('rounds half a cent up to a cent: only amounts below it keep extra digits', () => {
    // 0.005 is the first amount that two decimals do not show as $0.00.
    expect([0.0049, 0.005, 0.0051].map(formatUSD)).toEqual(['$0.0049', '$0.01', '$0.01']);
  });

  it('shows unit prices of a cent or more to six decimals, smaller ones to twelve', () => {
    // A negotiated rate with more digits than AWS's pages: 0.0123456789 rounds to 6 decimals, 0.00123456789 to 12.
    expect([0.0123456789, 0.00123456789].map(formatUnitPriceUSD)).toEqual(['$0.012346', '$0.00123456789']);
  });

  it('writes numbers too large for digits, and non-numbers, as JavaScript does', () => {
    // From 1e21 toFixed() gives exponent notation; grouping it would read "1e,+21".
    expect([1e21, 2.5e22].map((v) => formatNumber(v))).toEqual(['1e+21', '2.5e+22']);
    expect([Infinity, -Infinity, NaN].map((v) => formatNumber(v))).toEqual(['Infinity', '-Infinity', 'NaN']);
    // A count is scaled only when finite: not "Infinity T".
    expect([Infinity, NaN].map(formatCount)).toEqual(['Infinity', 'NaN']);
  });
});

describe('formatKeepingSmall', () => {
  it('writes as formatNumber unless a positive amount would round to 0, which keeps two significant digits', () => {
    expect(formatKeepingSmall(1234.567, 2)).toBe('1,234.57');
    expect(formatKeepingSmall(0, 2)).toBe('0');
    expect(formatKeepingSmall(0.005, 2)).toBe('0.01');
    expect(formatKeepingSmall(0.0049, 2)).toBe('0.0049');
    expect(formatKeepingSmall(0.00012345, 1)).toBe('0.00012');
    expect(formatKeepingSmall(-0.0012, 2)).toBe('−0.0012');
  });
});
