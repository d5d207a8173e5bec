import { describe, expect, it } from 'vitest';
import { BUNDLED_PRICE_BOOK, missingPriceReason, offerVersionOf, PRICE_IDS, summarizePriceBook } from './price-book';

const entry = (id: (typeof PRICE_IDS)[number]) => BUNDLED_PRICE_BOOK.prices[id]!;

describe('the bundled price book', () => {
  it('is versioned and dated for us-east-1', () => {
    expect(BUNDLED_PRICE_BOOK.region.code).toBe('us-east-1');
    expect(BUNDLED_PRICE_BOOK.version).toMatch(/\S/);
    expect(BUNDLED_PRICE_BOOK.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('prices every price id with its unit, an AWS source, an ISO date and a verified mark', () => {
    expect(Object.keys(BUNDLED_PRICE_BOOK.absent)).toEqual([]);
    for (const id of PRICE_IDS) {
      expect(entry(id).unit, id).toMatch(/\S/);
      expect(entry(id).usd, id).toBeGreaterThan(0);
      expect(entry(id).source, id).toMatch(/^https:\/\/aws\.amazon\.com\//);
      expect(entry(id).effectiveDate, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(typeof entry(id).verified, id).toBe('boolean');
    }
  });

  it('says why each unverified price is unverified (the Costs page shows it beside the mark)', () => {
    const unverified = PRICE_IDS.filter((id) => !entry(id).verified);
    expect(unverified.length).toBeGreaterThan(0);
    for (const id of unverified) expect(entry(id).note, id).toMatch(/\S/);
  });

  it('ships the prices the reference sheet marks unverified as unverified', () => {
    const unverified = [
      'apigw.rest.tier4',
      'ec2.c7g.large',
      'lightsail.bundle.2gb',
      'lightsail.load-balancer',
    ] as const;
    for (const id of unverified) expect(entry(id).verified, id).toBe(false);
  });

  it("keeps the sheet's Lambda x86 price: $1 buys about 60,000 GB-s, not 600,000", () => {
    expect(1 / entry('lambda.duration.x86.tier1').usd).toBeCloseTo(60_000, -2);
  });

  it('cannot be changed by the code that prices with it', () => {
    expect(() => {
      (BUNDLED_PRICE_BOOK.prices['lambda.requests'] as { usd: number }).usd = 0;
    }).toThrow(TypeError);
  });

  it('is summed up for results by Region, version, date and source', () => {
    expect(summarizePriceBook(BUNDLED_PRICE_BOOK)).toEqual({
      region: 'us-east-1',
      regionName: 'US East (N. Virginia)',
      version: '2025.10.1',
      asOf: '2025-10-01',
      source: { kind: 'bundled' },
    });
  });
});

describe('a missing price', () => {
  it("gives the book's reason when the Region doesn't have it", () => {
    const book = {
      ...BUNDLED_PRICE_BOOK,
      absent: { 'eks.cluster': { reason: 'AWS does not offer Amazon EKS in Nowhere.' } },
    };
    expect(missingPriceReason(book, 'eks.cluster')).toBe('AWS does not offer Amazon EKS in Nowhere.');
  });

  it('says the book predates the price when the book simply lacks it', () => {
    const { ['eks.cluster']: _gone, ...prices } = BUNDLED_PRICE_BOOK.prices;
    expect(missingPriceReason({ ...BUNDLED_PRICE_BOOK, prices }, 'eks.cluster')).toMatch(
      /^The us-east-1 price book \(2025\.10\.1\) has no price for EKS cluster \(standard support\): .*Import or update/,
    );
  });
});

describe('the offer version a price was read from', () => {
  const offer = (offerCode: string, version: string) => ({
    offerCode,
    version,
    publicationDate: '2025-10-28T23:47:21Z',
    format: 'json' as const,
    url: `https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/${offerCode}/${version}/us-east-1/index.json`,
  });
  const imported = {
    ...BUNDLED_PRICE_BOOK,
    source: {
      kind: 'aws-price-list' as const,
      importedAt: '2025-11-02T08:15:00Z',
      offers: [offer('AmazonEC2', '20251028234721'), offer('AWSLambda', '20251020101500')],
    },
  };

  it("is the version of that price's own offer, not of the first offer imported", () => {
    // A book imports several offers, each at its own version; a Lambda price cites Lambda's file.
    expect(offerVersionOf(imported, 'AWSLambda')).toBe('20251020101500');
    expect(offerVersionOf(imported, 'AmazonEC2')).toBe('20251028234721');
  });

  it('is unknown for an offer the book did not import, and for the bundled book', () => {
    expect(offerVersionOf(imported, 'AmazonECR')).toBeUndefined();
    expect(offerVersionOf(BUNDLED_PRICE_BOOK, 'AWSLambda')).toBeUndefined();
  });
});
