import { describe, expect, it } from 'vitest';
import { describeZodError } from '../schema-error';
import { PRICE_BOOK_TEXT_MAX, priceBookDataSchema, regionCodeSchema } from './price-book-data';

/**
 * What a price-book file must look like before the app prices with it: the
 * checks run on every book read from disk, imported from AWS or sent over IPC.
 * The books here are written out in full rather than taken from the bundled
 * one, so this file loads (and each check is a test of its own) even when the
 * schema would refuse the bundled book.
 */

type Absent = Record<string, { reason: string }>;

/** An imported eu-central-1 book with every optional field filled in and one price the Region lacks. */
function importedBook() {
  return {
    schemaVersion: 1,
    region: { code: 'eu-central-1', name: 'EU (Frankfurt)' },
    currency: 'USD',
    version: 'aws-20251028234721',
    asOf: '2025-10-28',
    source: {
      kind: 'aws-price-list',
      // An offset rather than Z: the time as the importing machine's clock wrote it.
      importedAt: '2025-11-02T09:15:00+01:00',
      offers: [
        {
          offerCode: 'AmazonEC2',
          version: '20251028234721',
          publicationDate: '2025-10-28T23:47:21Z',
          format: 'json',
          url: 'https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/20251028234721/eu-central-1/index.json',
        },
        {
          offerCode: 'AWSLambda',
          version: '20251020101500',
          publicationDate: '2025-10-20T10:15:00Z',
          format: 'csv',
          url: 'https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AWSLambda/20251020101500/eu-central-1/index.csv',
        },
      ],
    },
    prices: {
      'ec2.t3.medium': {
        usd: 0.048,
        unit: 'hour',
        effectiveDate: '2025-10-01',
        label: 't3.medium',
        source: 'AmazonEC2 20251028234721 (eu-central-1)',
        verified: true,
        offerCode: 'AmazonEC2',
        sku: 'QEUEJW5DQ5TQ4SXQ',
        rateCode: 'QEUEJW5DQ5TQ4SXQ.JRTCKXETXF.6YS6EN2CT7',
        awsPrice: '0.0480000000',
        awsUnit: 'Hrs',
      },
      'lambda.requests': {
        usd: 0.0000002,
        unit: 'request',
        effectiveDate: '2025-10-01',
        label: 'Lambda requests',
        source: 'AWSLambda 20251020101500 (eu-central-1)',
        verified: true,
        note: 'AWS quotes $0.20 per 1M requests.',
        offerCode: 'AWSLambda',
        awsPrice: '0.0000002000',
        awsUnit: 'Requests',
      },
    },
    absent: { 'eks.cluster': { reason: 'AWS does not offer Amazon EKS in this Region.' } } as Absent,
  };
}

type Book = ReturnType<typeof importedBook>;

function bundledBook() {
  const { absent: _none, ...book } = importedBook();
  return { ...book, source: { kind: 'bundled', description: "Typed from AWS's pricing pages" } };
}

/** The book after `change`; the message a user sees when it is refused ('' when it is accepted). */
function problem(change: (book: Book) => void): string {
  const book = importedBook();
  change(book);
  const parsed = priceBookDataSchema.safeParse(book);
  return parsed.success ? '' : describeZodError(parsed.error);
}

describe('price-book schema: good books', () => {
  it('accepts an imported book with every optional field, two offers and a price the Region lacks', () => {
    const parsed = priceBookDataSchema.safeParse(importedBook());
    expect(parsed.success, parsed.error?.message).toBe(true);
    expect(parsed.data?.absent).toEqual({ 'eks.cluster': { reason: 'AWS does not offer Amazon EKS in this Region.' } });
  });

  it('accepts a bundled book, and takes a missing "absent" as no price absent', () => {
    const parsed = priceBookDataSchema.safeParse(bundledBook());
    expect(parsed.success, parsed.error?.message).toBe(true);
    expect(parsed.data?.absent).toEqual({});
  });

  it('accepts a free price: zero is a price, only below zero is not', () => {
    expect(problem((b) => (b.prices['lambda.requests'].usd = 0))).toBe('');
  });

  it('accepts an import time in UTC or with an offset from it', () => {
    expect(problem((b) => (b.source.importedAt = '2025-11-02T08:15:00Z'))).toBe('');
    expect(problem((b) => (b.source.importedAt = '2025-11-02T03:15:00-05:00'))).toBe('');
  });
});

describe('price-book schema: what it refuses, with the message a user sees', () => {
  it('refuses a negative price', () => {
    expect(problem((b) => (b.prices['ec2.t3.medium'].usd = -0.01))).toBe(
      'prices.ec2.t3.medium.usd: a price cannot be negative',
    );
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(problem((b) => (b.asOf = '28 Oct 2025'))).toBe('asOf: must be an ISO date (YYYY-MM-DD)');
    expect(problem((b) => (b.prices['ec2.t3.medium'].effectiveDate = '2025-10-1'))).toBe(
      'prices.ec2.t3.medium.effectiveDate: must be an ISO date (YYYY-MM-DD)',
    );
  });

  it('refuses an import time that is not an ISO date and time', () => {
    expect(problem((b) => (b.source.importedAt = '2025-11-02 09:15'))).toBe(
      'source.importedAt: must be an ISO date and time',
    );
  });

  it('refuses a price that is both priced and marked absent', () => {
    expect(problem((b) => (b.absent = { 'lambda.requests': { reason: 'not offered' } }))).toBe(
      'absent.lambda.requests: is also priced',
    );
  });

  it.each([
    ['unit', (b: Book) => (b.prices['ec2.t3.medium'].unit = ''), 'prices.ec2.t3.medium.unit'],
    ['label', (b: Book) => (b.prices['ec2.t3.medium'].label = ''), 'prices.ec2.t3.medium.label'],
    ['source', (b: Book) => (b.prices['ec2.t3.medium'].source = ''), 'prices.ec2.t3.medium.source'],
    ['note', (b: Book) => (b.prices['lambda.requests'].note = ''), 'prices.lambda.requests.note'],
    ['SKU', (b: Book) => (b.prices['ec2.t3.medium'].sku = ''), 'prices.ec2.t3.medium.sku'],
    ['rate code', (b: Book) => (b.prices['ec2.t3.medium'].rateCode = ''), 'prices.ec2.t3.medium.rateCode'],
    ["AWS's price", (b: Book) => (b.prices['ec2.t3.medium'].awsPrice = ''), 'prices.ec2.t3.medium.awsPrice'],
    ["AWS's unit", (b: Book) => (b.prices['ec2.t3.medium'].awsUnit = ''), 'prices.ec2.t3.medium.awsUnit'],
    ['Region name', (b: Book) => (b.region.name = ''), 'region.name'],
    ['book version', (b: Book) => (b.version = ''), 'version'],
    ['offer version', (b: Book) => (b.source.offers[0]!.version = ''), 'source.offers.0.version'],
    ['offer file URL', (b: Book) => (b.source.offers[0]!.url = ''), 'source.offers.0.url'],
    ['absent reason', (b: Book) => (b.absent['eks.cluster']!.reason = ''), 'absent.eks.cluster.reason'],
  ])('refuses an empty %s', (_what, change, where) => {
    expect(problem(change)).toMatch(new RegExp(`^${where.replaceAll('.', '\\.')}: `));
  });

  it('refuses an empty description of a bundled book', () => {
    const parsed = priceBookDataSchema.safeParse({ ...bundledBook(), source: { kind: 'bundled', description: '' } });
    expect(parsed.error?.issues.map((i) => i.path)).toEqual([['source', 'description']]);
  });

  it('refuses an import that names no offer file', () => {
    expect(problem((b) => (b.source.offers = []))).toMatch(/^source\.offers: /);
  });

  it('refuses versions longer than a file name can carry: 40 characters an offer, 80 a book', () => {
    expect(problem((b) => (b.source.offers[0]!.version = '2'.repeat(40)))).toBe('');
    expect(problem((b) => (b.source.offers[0]!.version = '2'.repeat(41)))).toMatch(/^source\.offers\.0\.version: /);
    expect(problem((b) => (b.version = 'v'.repeat(80)))).toBe('');
    expect(problem((b) => (b.version = 'v'.repeat(81)))).toMatch(/^version: /);
  });

  it('refuses an offer file format other than JSON or CSV', () => {
    expect(problem((b) => (b.source.offers[0]!.format = 'xml'))).toMatch(/^source\.offers\.0\.format: /);
  });

  it('refuses prices in another currency', () => {
    expect(problem((b) => (b.currency = 'EUR'))).toMatch(/^currency: /);
  });
});

describe('AWS Region codes', () => {
  // The form AWS gives its Regions: area, one or more words, a number.
  it.each(['us-east-1', 'ap-southeast-2', 'eu-central-2', 'us-gov-west-1', 'ap-southeast-10'])('accepts %s', (code) => {
    expect(regionCodeSchema.safeParse(code).success).toBe(true);
  });

  it.each([
    ['in capitals', 'US-EAST-1'],
    ['without its number', 'us-east'],
    ['without dashes', 'useast1'],
    ['with one letter for the area', 'u-east-1'],
    ['of an Availability Zone', 'us-east-1a'],
    ['with a three-digit number', 'us-east-100'],
    ['with a space in front', ' us-east-1'],
    ['inside a longer name', 'arn:aws:us-east-1'],
  ])('refuses a code %s (%s), saying it is not a Region code', (_why, code) => {
    expect(problem((b) => (b.region.code = code))).toBe('region.code: not an AWS Region code');
  });
});

describe('AWS offer codes', () => {
  it.each(['AmazonEC2', 'AWSLambda', 'AWSDataTransfer', 'AmazonECR'])('accepts %s', (offerCode) => {
    expect(problem((b) => (b.source.offers[0]!.offerCode = offerCode))).toBe('');
  });

  it.each([
    ["the service's display name", 'Amazon EC2'],
    ['a code starting with a digit', '2AmazonEC2'],
    ['a single letter', 'A'],
    ['a code over 64 characters', `A${'b'.repeat(64)}`],
  ])('refuses %s, saying it is not an offer code', (_why, offerCode) => {
    expect(problem((b) => (b.source.offers[0]!.offerCode = offerCode))).toBe(
      'source.offers.0.offerCode: not an AWS offer code',
    );
    expect(problem((b) => (b.prices['ec2.t3.medium'].offerCode = offerCode))).toBe(
      'prices.ec2.t3.medium.offerCode: not an AWS offer code',
    );
  });
});

describe('price ids', () => {
  const withPriceId = (id: string) => (b: Book) => {
    (b.prices as Record<string, unknown>)[id] = b.prices['ec2.t3.medium'];
  };

  it.each(['lambda.requests', 'ec2.m7g.16xlarge', 'lambda.duration.x86.tier1', 'lightsail.load-balancer'])(
    'accepts %s',
    (id) => {
      expect(problem(withPriceId(id))).toBe('');
    },
  );

  it.each([
    ['with a capital at the start', 'Lambda.requests'],
    ['with a capital at the end', 'ec2.m5.Large'],
    ['with no dot', 'lambda'],
    ['starting with a dot', '.lambda.requests'],
    ['with an empty part', 'lambda..requests'],
    ['with a space', 'lambda.requests per 1M'],
  ])('refuses an id %s (%s) as a key of the prices', (_why, id) => {
    // Zod names the key; the regex's own message stays in a nested issue no caller prints.
    expect(problem(withPriceId(id))).toBe(`prices.${id}: Invalid key in record`);
  });
});

describe('price-book file size', () => {
  it('caps a price-book file at 4 MiB: a real book is tens of KB', () => {
    expect(PRICE_BOOK_TEXT_MAX).toBe(4 * 1024 * 1024);
    // The bundled book's 74 prices take 22 KB; even 50 copies of this two-price book fit.
    expect(JSON.stringify(importedBook()).length * 50).toBeLessThan(PRICE_BOOK_TEXT_MAX);
  });
});
