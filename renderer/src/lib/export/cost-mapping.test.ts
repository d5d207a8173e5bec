import { describe, expect, it } from 'vitest';
import { titleCost } from './cost-mapping';

describe('titleCost', () => {
  it('gives the monthly total to the cent, or says the option cannot run', () => {
    expect(titleCost({ feasible: true, monthlyUSD: 1234.5 })).toBe('$1,234.50 a month');
    expect(titleCost({ feasible: false, monthlyUSD: null })).toBe('cannot run this workload');
  });
});
