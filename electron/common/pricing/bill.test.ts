import { describe, expect, it } from 'vitest';
import { Bill } from './bill';
import { BUNDLED_PRICE_BOOK } from './price-book';

describe('a bill', () => {
  it('starts empty, before any option resets it', () => {
    const bill = new Bill(true, {}, BUNDLED_PRICE_BOOK);
    expect(bill.lineItems).toEqual([]);
    expect(bill.warnings).toEqual([]);
    expect(bill.deployment).toBeNull();
    expect(bill.totalUSD).toBe(0);
  });

  it('keeps lines and warnings only when detailed, and rounds each line to the cent', () => {
    const detailed = new Bill(true, {}, BUNDLED_PRICE_BOOK);
    detailed.charge(1.234, { label: 'a', quantity: 1, unit: 'u', unitPriceUSD: 1.234, formula: 'f' });
    detailed.charge(0.005, { label: 'b', quantity: 1, unit: 'u', unitPriceUSD: 0.005, formula: 'f' });
    detailed.warn(['careful']);
    expect(detailed.lineItems.map((line) => line.label)).toEqual(['a', 'b']);
    expect(detailed.warnings).toEqual(['careful']);
    // $1.23 + $0.01: AWS adds lines already rounded to the cent.
    expect(detailed.totalUSD).toBe(1.24);

    const totalsOnly = new Bill(false, {});
    totalsOnly.charge(1.234, false);
    totalsOnly.warn(['careful']);
    expect(totalsOnly.lineItems).toEqual([]);
    expect(totalsOnly.warnings).toEqual([]);
    expect(totalsOnly.totalUSD).toBe(1.23);
  });
});
