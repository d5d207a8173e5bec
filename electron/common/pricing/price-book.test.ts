import { describe, expect, it } from 'vitest';
import { PRICE_BOOK, PRICE_IDS } from './price-book';

describe('price book', () => {
  it('is versioned and dated for us-east-1', () => {
    expect(PRICE_BOOK.region).toBe('us-east-1');
    expect(PRICE_BOOK.version).toMatch(/\S/);
    expect(PRICE_BOOK.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('gives every price its id, unit, an AWS source, an ISO date and a verified mark', () => {
    for (const id of PRICE_IDS) {
      const entry = PRICE_BOOK.entries[id];
      expect(entry.id).toBe(id);
      expect(entry.unit, id).toMatch(/\S/);
      expect(entry.usd, id).toBeGreaterThan(0);
      expect(entry.source, id).toMatch(/^https:\/\/aws\.amazon\.com\//);
      expect(entry.asOf, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(typeof entry.verified, id).toBe('boolean');
    }
  });

  it('says why each unverified price is unverified (the Costs page shows it beside the mark)', () => {
    const unverified = PRICE_IDS.filter((id) => !PRICE_BOOK.entries[id].verified);
    expect(unverified.length).toBeGreaterThan(0);
    for (const id of unverified) expect(PRICE_BOOK.entries[id].note, id).toMatch(/\S/);
  });

  it('ships the prices the reference sheet marks unverified as unverified', () => {
    const unverified = [
      'apigw.rest.tier4',
      'ec2.c7g.large',
      'lightsail.bundle.2gb',
      'lightsail.load-balancer',
    ] as const;
    for (const id of unverified) expect(PRICE_BOOK.entries[id].verified, id).toBe(false);
  });

  it("keeps the sheet's Lambda x86 price: $1 buys about 60,000 GB-s, not 600,000", () => {
    expect(1 / PRICE_BOOK.entries['lambda.duration.x86.tier1'].usd).toBeCloseTo(60_000, -2);
  });
});
