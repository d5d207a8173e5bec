import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_PRICE_BOOK, DEFAULT_WORKLOAD, type PricingResult } from '../../common/pricing';
import type { PriceBookData } from '../../common/pricing/price-book-data';
import { buildPricingWorkerForTests } from './build-worker-for-tests';
import { createPricingService, type PricingService } from './pricing-service';

let workerFile: string;
let pricing: PricingService;

beforeAll(async () => {
  workerFile = await buildPricingWorkerForTests();
  pricing = createPricingService({ workerFile });
});
afterAll(() => pricing.close());

const book = BUNDLED_PRICE_BOOK;

/** A Frankfurt book whose only difference is EKS's control plane: $0.20 an hour instead of $0.10. */
const frankfurt: PriceBookData = {
  ...book,
  region: { code: 'eu-central-1', name: 'EU (Frankfurt)' },
  version: 'test-frankfurt',
  prices: { ...book.prices, 'eks.cluster': { ...book.prices['eks.cluster']!, usd: 0.2 } },
};

const eksMonthly = (result: PricingResult) => result.options.find((o) => o.id === 'eks-ec2')!.monthlyUSD!;

describe('pricing service (real worker thread)', () => {
  it('prices every option for a workload', async () => {
    const outcome = await pricing.evaluate(DEFAULT_WORKLOAD, book);
    expect(outcome.status).toBe('done');
    const result = (outcome as { value: PricingResult }).value;
    expect(result.options.map((o) => o.id)).toContain('lambda');
    expect(result.options.every((o) => o.monthlyUSD === null || o.monthlyUSD >= 0)).toBe(true);
  });

  it('validates at its own boundary: a bad workload is refused with the field named', async () => {
    await expect(pricing.evaluate({ ...DEFAULT_WORKLOAD, memoryMB: -5 }, book)).rejects.toThrow(/memoryMB/);
  });

  it("prices with the book it is given, again from the worker's copy once it has one", async () => {
    const workload = { ...DEFAULT_WORKLOAD, region: 'eu-central-1' };
    const first = await pricing.evaluate(workload, frankfurt);
    const again = await pricing.evaluate({ ...workload, requestsPerMonth: workload.requestsPerMonth + 1 }, frankfurt);
    const home = await pricing.evaluate(DEFAULT_WORKLOAD, book);
    if (first.status !== 'done' || again.status !== 'done' || home.status !== 'done') throw new Error('superseded');
    expect(first.value.priceBook).toMatchObject({ region: 'eu-central-1', version: 'test-frankfurt' });
    expect(again.value.priceBook.region).toBe('eu-central-1');
    // One EKS control plane runs 730 hours a month: at $0.20 rather than $0.10 it costs $73 more.
    expect(eksMonthly(first.value) - eksMonthly(home.value)).toBeCloseTo(73, 2);
  });

  it('refuses to price a workload with another Region’s book', async () => {
    await expect(pricing.evaluate({ ...DEFAULT_WORKLOAD, region: 'sa-east-1' }, frankfurt)).rejects.toThrow(
      /sa-east-1.*eu-central-1/,
    );
  });

  it('answers only the latest of a burst of slider moves', async () => {
    const burst = Array.from({ length: 30 }, (_, i) =>
      pricing.evaluate({ ...DEFAULT_WORKLOAD, requestsPerMonth: 1_000_000 * (i + 1) }, book),
    );
    const outcomes = await Promise.all(burst);
    const done = outcomes.filter((o) => o.status === 'done');
    expect(done.length).toBeLessThanOrEqual(2);
    expect(outcomes.at(-1)?.status).toBe('done');
  });

  it('computes the break-even sweep with crossovers and sentences', async () => {
    const outcome = await pricing.breakEven(DEFAULT_WORKLOAD, book);
    expect(outcome.status).toBe('done');
    if (outcome.status !== 'done') return;
    expect(outcome.value.sweep.requests.length).toBeGreaterThan(10);
    expect(outcome.value.breakEvens.sentences.length).toBeGreaterThan(0);
  });

  it('prices several workloads, each with its own Region’s book', async () => {
    const outcome = await pricing.evaluateMany([
      { workload: DEFAULT_WORKLOAD, book },
      { workload: { ...DEFAULT_WORKLOAD, region: 'eu-central-1' }, book: frankfurt },
    ]);
    if (outcome.status !== 'done') throw new Error('superseded');
    expect(outcome.value.map((r) => r.priceBook.region)).toEqual(['us-east-1', 'eu-central-1']);
  });
});
