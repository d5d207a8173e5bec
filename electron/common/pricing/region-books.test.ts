import { describe, expect, it } from 'vitest';
import { findBreakEvens, sweepRequests } from './break-even';
import { evaluate } from './evaluate';
import { BUNDLED_PRICE_BOOK, type PriceBook } from './price-book';
import { workload } from './test-helpers';

const bundled = BUNDLED_PRICE_BOOK;
const LIGHTSAIL_REASON = 'AWS does not offer Amazon Lightsail in South America (Sao Paulo).';

/** São Paulo as an import writes it when Lightsail is marked not offered: its prices absent, with the reason. */
const saoPaulo: PriceBook = {
  ...bundled,
  region: { code: 'sa-east-1', name: 'South America (Sao Paulo)' },
  version: 'test-sa',
  source: {
    kind: 'aws-price-list',
    importedAt: '2025-11-02T09:00:00Z',
    offers: [
      {
        offerCode: 'AmazonEKS',
        version: '20251002224408',
        publicationDate: '2025-10-02T22:44:08Z',
        format: 'csv',
        url: 'https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEKS/20251002224408/sa-east-1/index.csv',
      },
    ],
  },
  prices: {
    ...Object.fromEntries(Object.entries(bundled.prices).filter(([id]) => !id.startsWith('lightsail.'))),
    'eks.cluster': {
      ...bundled.prices['eks.cluster']!,
      usd: 0.2,
      source: 'AmazonEKS sa-east-1 index.csv',
      offerCode: 'AmazonEKS',
      sku: 'SKU-EKS-SA',
      rateCode: 'SKU-EKS-SA.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  absent: Object.fromEntries(
    Object.keys(bundled.prices)
      .filter((id) => id.startsWith('lightsail.'))
      .map((id) => [id, { reason: LIGHTSAIL_REASON }]),
  ),
};

const inSaoPaulo = workload({ region: 'sa-east-1', requestsPerMonth: 5_000_000 });
const inVirginia = workload({ requestsPerMonth: 5_000_000 });
const option = (result: ReturnType<typeof evaluate>, id: string) => result.options.find((o) => o.id === id)!;

describe("pricing with a Region's book", () => {
  it("makes the options that need a price the Region lacks infeasible, with the book's reason", () => {
    const lightsail = option(evaluate(inSaoPaulo, { book: saoPaulo }), 'lightsail');
    expect(lightsail.feasible).toBe(false);
    expect(lightsail.monthlyUSD).toBeNull();
    expect(lightsail.reason).toContain(LIGHTSAIL_REASON);
    expect(lightsail.reason).toContain('sa-east-1');
  });

  it("prices every other option with the Region's own numbers", () => {
    const sa = evaluate(inSaoPaulo, { book: saoPaulo });
    const us = evaluate(inVirginia);
    for (const o of sa.options.filter((x) => x.id !== 'lightsail'))
      expect(o.feasible, o.id).toBe(option(us, o.id).feasible);
    // Only the EKS control plane differs: 730 hours at $0.20 instead of $0.10 is $73.00 more a month.
    expect(option(sa, 'eks-ec2').monthlyUSD! - option(us, 'eks-ec2').monthlyUSD!).toBeCloseTo(73, 2);
    expect(option(sa, 'lambda').monthlyUSD).toBe(option(us, 'lambda').monthlyUSD);
  });

  it('names the Region, version, date and source it priced with', () => {
    expect(evaluate(inSaoPaulo, { book: saoPaulo }).priceBook).toEqual({
      region: 'sa-east-1',
      regionName: 'South America (Sao Paulo)',
      version: 'test-sa',
      asOf: bundled.asOf,
      source: {
        kind: 'aws-price-list',
        importedAt: '2025-11-02T09:00:00Z',
        offers: [{ offerCode: 'AmazonEKS', version: '20251002224408', publicationDate: '2025-10-02T22:44:08Z' }],
      },
    });
  });

  it('gives an imported line its offer version, SKU and rate code', () => {
    // A copy of the book: line sources are remembered per book, and this test must reach them itself.
    const cluster = option(evaluate(inSaoPaulo, { book: { ...saoPaulo } }), 'eks-ec2').lineItems.find(
      (l) => l.priceId === 'eks.cluster',
    );
    expect(cluster?.priceList).toEqual({
      offerCode: 'AmazonEKS',
      version: '20251002224408',
      sku: 'SKU-EKS-SA',
      rateCode: 'SKU-EKS-SA.JRTCKXETXF.6YS6EN2CT7',
    });
    const bundledLine = option(evaluate(inVirginia), 'eks-ec2').lineItems.find((l) => l.priceId === 'eks.cluster');
    expect(bundledLine?.priceList).toBeUndefined();
    expect(bundledLine?.source).toBe('https://aws.amazon.com/eks/pricing/');
  });

  it('keeps an option its own reason when the book lacks prices it does not need', () => {
    // The book lacks Lightsail's prices; AWS Batch is infeasible for a service for its own reason.
    const batch = option(evaluate(inSaoPaulo, { book: saoPaulo }), 'batch');
    expect(batch.reason).toBe(option(evaluate(inVirginia), 'batch').reason);
  });

  it('names every missing price of an option, one sentence after another', () => {
    const { ['lambda.requests']: _gone, ['apigw.http.tier1']: _alsoGone, ...prices } = saoPaulo.prices;
    const absent = { ...saoPaulo.absent, 'apigw.http.tier1': { reason: 'HTTP APIs are not sold here in this test.' } };
    const lambda = option(
      evaluate({ ...inSaoPaulo, apiFront: 'http' }, { book: { ...saoPaulo, prices, absent } }),
      'lambda',
    );
    expect(lambda.feasible).toBe(false);
    expect(lambda.reason).toBe(
      'The sa-east-1 price book (test-sa) has no price for Lambda requests: it was made before this version of the app needed it. ' +
        'Import or update its prices again. HTTP APIs are not sold here in this test. ' +
        "This option is not priced in sa-east-1 rather than priced with another Region's numbers.",
    );
  });

  it('prices a fleet without EBS volumes from a book without an EBS price, and names the price when it needs it', () => {
    const { ['ebs.gp3']: _gone, ...prices } = saoPaulo.prices;
    const book = { ...saoPaulo, prices };
    const withoutVolumes = option(evaluate({ ...inSaoPaulo, ebsGBPerInstance: 0 }, { book }), 'ec2');
    expect(withoutVolumes.feasible).toBe(true);
    expect(withoutVolumes.monthlyUSD).toBe(option(evaluate({ ...inVirginia, ebsGBPerInstance: 0 }), 'ec2').monthlyUSD);
    const withVolumes = option(evaluate({ ...inSaoPaulo, ebsGBPerInstance: 20 }, { book }), 'ec2');
    expect(withVolumes.feasible).toBe(false);
    expect(withVolumes.reason).toMatch(/^The sa-east-1 price book \(test-sa\) has no price for EBS/);
  });

  it('says the book is too old when it simply lacks a price the app needs', () => {
    const { ['eks.cluster']: _gone, ...prices } = saoPaulo.prices;
    const eks = option(evaluate(inSaoPaulo, { book: { ...saoPaulo, prices } }), 'eks-ec2');
    expect(eks.feasible).toBe(false);
    expect(eks.reason).toMatch(/sa-east-1 price book \(test-sa\) has no price for EKS cluster/);
  });

  it('leaves the missing option out of the break-even sweep rather than pricing it', () => {
    const sweep = sweepRequests(inSaoPaulo, { from: 1e3, to: 1e9, points: 7 }, saoPaulo);
    const lightsail = sweep.series.find((s) => s.id === 'lightsail')!;
    expect(lightsail.monthlyUSD.every((v) => v === null)).toBe(true);
    const breakEvens = findBreakEvens(inSaoPaulo, sweep, saoPaulo);
    expect(breakEvens.crossovers.some((c) => c.a === 'lightsail' || c.b === 'lightsail')).toBe(false);
  });

  it("refuses another Region's book rather than price with it", () => {
    expect(() => evaluate(inSaoPaulo)).toThrow(/sa-east-1.*us-east-1/);
    expect(() => evaluate(inVirginia, { book: saoPaulo })).toThrow(/us-east-1.*sa-east-1/);
  });
});
