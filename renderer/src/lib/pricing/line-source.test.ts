import { describe, expect, it } from 'vitest';
import { priceListText } from './line-source';

describe('priceListText', () => {
  it('names the offer version, the SKU and the rate code of an imported price', () => {
    // A row of AWS's AWSLambda offer file for eu-central-1 (the committed fixture).
    const text = priceListText({
      offerCode: 'AWSLambda',
      version: '20251021174530',
      sku: 'ABC123DEF',
      rateCode: 'ABC123DEF.JRTCKXETXF.6YS6EN2CT7',
    });
    expect(text).toBe('AWSLambda 20251021174530 · SKU ABC123DEF · rate code ABC123DEF.JRTCKXETXF.6YS6EN2CT7');
  });
});
