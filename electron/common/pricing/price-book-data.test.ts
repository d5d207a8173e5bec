import { describe, expect, it } from 'vitest';
import { BUNDLED_PRICE_BOOK, PRICE_IDS } from './price-book';
import { priceBookDataSchema, priceBookGaps, type PriceBookData } from './price-book-data';
import { diffPriceBooks } from './price-book-diff';

describe('price book data format', () => {
  it('holds the bundled book: it passes the schema with every price id', () => {
    const parsed = priceBookDataSchema.safeParse(BUNDLED_PRICE_BOOK);
    expect(parsed.success, parsed.error?.message).toBe(true);
    expect(priceBookGaps(parsed.data!, PRICE_IDS)).toEqual([]);
  });

  it('keeps the bundled prices, their sources, verified marks and notes', () => {
    const book = BUNDLED_PRICE_BOOK;
    expect(book.region).toEqual({ code: 'us-east-1', name: 'US East (N. Virginia)' });
    expect(book.currency).toBe('USD');
    expect(book.source.kind).toBe('bundled');
    // Figures from the reference sheet (aws-prices-us-east-1.md), not from the code under test.
    expect(book.prices['lambda.duration.x86.tier1']).toMatchObject({
      usd: 0.0000166667,
      unit: 'GB-second',
      effectiveDate: '2025-10-01',
      source: 'https://aws.amazon.com/lambda/pricing/',
      verified: true,
    });
    expect(book.prices['ec2.c7g.large']).toMatchObject({
      usd: 0.0725,
      verified: false,
      note: 'Sources disagree: 0.0725, 0.072 and 0.0692.',
    });
  });

  it('refuses a book that names a field wrongly, with the path of the problem', () => {
    const book = BUNDLED_PRICE_BOOK;
    const broken = {
      ...book,
      prices: { ...book.prices, 'lambda.requests': { ...book.prices['lambda.requests'], usd: -1 } },
    };
    const parsed = priceBookDataSchema.safeParse(broken);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['prices', 'lambda.requests', 'usd']);
    expect(priceBookDataSchema.safeParse({ ...book, currency: 'EUR' }).success).toBe(false);
    expect(priceBookDataSchema.safeParse({ ...book, region: { code: 'Frankfurt', name: 'x' } }).success).toBe(false);
  });

  it('refuses a price that is both priced and marked absent', () => {
    const book = BUNDLED_PRICE_BOOK;
    const parsed = priceBookDataSchema.safeParse({ ...book, absent: { 'eks.cluster': { reason: 'x' } } });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['absent', 'eks.cluster']);
  });

  it('counts an absent price as present for the engine, and a missing one as a gap', () => {
    const book = BUNDLED_PRICE_BOOK;
    const { ['eks.cluster']: _dropped, ...rest } = book.prices;
    const withoutEks: PriceBookData = { ...book, prices: rest };
    expect(priceBookGaps(withoutEks, PRICE_IDS)).toEqual(['eks.cluster']);
    const absent: PriceBookData = { ...withoutEks, absent: { 'eks.cluster': { reason: 'not offered' } } };
    expect(priceBookGaps(absent, PRICE_IDS)).toEqual([]);
  });
});

describe('price book diff', () => {
  const before = BUNDLED_PRICE_BOOK;
  const withPrice = (id: string, usd: number): PriceBookData => ({
    ...before,
    prices: { ...before.prices, [id]: { ...before.prices[id]!, usd } },
  });

  it('lists each changed price old → new with its % change', () => {
    // m5.large 0.096 → 0.115 (Frankfurt's published price): +19.79 %.
    const changes = diffPriceBooks(before, withPrice('ec2.m5.large', 0.115));
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ id: 'ec2.m5.large', kind: 'changed', from: 0.096, to: 0.115 });
    expect(changes[0]!.changePct).toBeCloseTo(19.79, 2);
  });

  it('lists nothing for the same book', () => {
    expect(diffPriceBooks(before, BUNDLED_PRICE_BOOK)).toEqual([]);
  });

  it('counts a price whose unit changed as removed and added: the two numbers cannot be compared', () => {
    const after: PriceBookData = {
      ...before,
      prices: {
        ...before.prices,
        'lambda.requests': { ...before.prices['lambda.requests']!, unit: 'request', usd: 2e-7 },
      },
    };
    expect(diffPriceBooks(before, after)).toMatchObject([
      { id: 'lambda.requests', kind: 'removed', unit: '1M requests', from: 0.2, to: null, changePct: null },
      { id: 'lambda.requests', kind: 'added', unit: 'request', from: null, to: 2e-7, changePct: null },
    ]);
  });

  it('gives no % change for a price that was free', () => {
    const wasFree = withPrice('ecr.storage', 0);
    const changes = diffPriceBooks(wasFree, before);
    expect(changes).toEqual([expect.objectContaining({ id: 'ecr.storage', kind: 'changed', from: 0, to: 0.1 })]);
    expect(changes[0]!.changePct).toBeNull();
  });

  it('says why a newly priced price was missing before (the old book had it absent)', () => {
    const { ['eks.cluster']: _gone, ...rest } = before.prices;
    const old: PriceBookData = {
      ...before,
      prices: rest,
      absent: { 'eks.cluster': { reason: 'AWS does not offer Amazon EKS in Nowhere.' } },
    };
    expect(diffPriceBooks(old, before)).toEqual([
      {
        id: 'eks.cluster',
        label: 'EKS cluster (standard support)',
        unit: 'cluster-hour',
        kind: 'added',
        from: null,
        to: 0.1,
        changePct: null,
        absentReason: 'AWS does not offer Amazon EKS in Nowhere.',
      },
    ]);
  });

  it('says which prices a Region does not have, and why', () => {
    const { ['lightsail.load-balancer']: _gone, ...rest } = before.prices;
    const after: PriceBookData = {
      ...before,
      prices: rest,
      absent: { 'lightsail.load-balancer': { reason: 'Lightsail is not offered in sa-east-1' } },
    };
    expect(diffPriceBooks(before, after)).toEqual([
      {
        id: 'lightsail.load-balancer',
        label: 'Lightsail load balancer',
        unit: 'load balancer-month',
        kind: 'removed',
        from: 18,
        to: null,
        changePct: null,
        absentReason: 'Lightsail is not offered in sa-east-1',
      },
    ]);
  });
});
