import { describe, expect, it } from 'vitest';
import { PRICE_IDS } from '../../common/pricing/price-book';
import { mappingFor, PRICE_MAPPING } from './mapping';
import { bookAmount } from './price-amount';
import { usageTypeMatches } from './product-match';

describe('price list mapping', () => {
  it("maps every price id the engine uses (a new id needs one entry in this folder's mapping-*.ts)", () => {
    expect(PRICE_IDS.filter((id) => !mappingFor(id))).toEqual([]);
    expect(Object.keys(PRICE_MAPPING).filter((id) => !(PRICE_IDS as readonly string[]).includes(id))).toEqual([]);
  });

  it('converts units by powers of ten only, so prices convert exactly', () => {
    for (const [id, mapping] of Object.entries(PRICE_MAPPING)) {
      const factor = mapping!.unitsPerBookUnit ?? 1;
      expect(Number.isInteger(Math.log10(factor)), id).toBe(true);
    }
  });

  it('gives each tier of one product its own starting point', () => {
    const seen = new Set<string>();
    for (const [id, m] of Object.entries(PRICE_MAPPING)) {
      const key = JSON.stringify([m!.offer, m!.productFamily, m!.usageType, m!.attributes, m!.tierBegin ?? 0]);
      expect(seen.has(key), id).toBe(false);
      seen.add(key);
    }
  });
});

describe('usage types with a Region prefix', () => {
  it('accept the bare form and the Region’s own prefix, not another Region’s or a longer name', () => {
    expect(usageTypeMatches('BoxUsage:t3.micro', 'BoxUsage:t3.micro', 'USE1')).toBe(true);
    expect(usageTypeMatches('USE1-BoxUsage:t3.micro', 'BoxUsage:t3.micro', 'USE1')).toBe(true);
    expect(usageTypeMatches('EUC1-BoxUsage:t3.micro', 'BoxUsage:t3.micro', 'USE1')).toBe(false);
    expect(usageTypeMatches('USE1-SpotUsage-Fargate-GB-Hours', 'Fargate-GB-Hours', 'USE1')).toBe(false);
    expect(usageTypeMatches('Global-Request', 'Request', 'USE1')).toBe(false);
    expect(usageTypeMatches('EU-Request', 'Request', 'EU')).toBe(true);
    // An unknown Region: any AWS-style prefix, still never a compound one.
    expect(usageTypeMatches('MXC1-Request', 'Request')).toBe(true);
    expect(usageTypeMatches('USE1-EUC1-AWS-Out-Bytes', 'AWS-Out-Bytes')).toBe(false);
  });
});

describe('book amounts', () => {
  it('move the decimal point for a unit of a million, with no floating-point error', () => {
    const perMillion = { offer: 'AWSLambda', usageType: 'Request', unitsPerBookUnit: 1e6 } as const;
    // 0.0000002 × 1,000,000 in floating point is 0.19999999999999998; AWS's page says $0.20.
    expect(bookAmount('0.0000002000', perMillion)).toBe(0.2);
    expect(bookAmount('0.0000035000', perMillion)).toBe(3.5);
    expect(bookAmount('0.00000238', perMillion)).toBe(2.38);
    expect(bookAmount('3', perMillion)).toBe(3_000_000);
    expect(bookAmount('0.0000166667', { offer: 'AWSLambda', usageType: 'x' })).toBe(0.0000166667);
  });

  it('turn an hourly Lightsail price into the month, to the cent', () => {
    // $12 a month is listed as 12 / 744 = 0.0161290323 an hour.
    expect(bookAmount('0.0161290323', { offer: 'AmazonLightsail', usageType: 'x', hoursPerMonth: 744 })).toBe(12);
  });

  it('refuse text that is not a price', () => {
    expect(() => bookAmount('1e-7', { offer: 'AWSLambda', usageType: 'x' })).toThrow(/not a price/);
  });
});
