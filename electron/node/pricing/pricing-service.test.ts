import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_WORKLOAD, type PricingResult } from '../../common/pricing';
import { buildPricingWorkerForTests } from './build-worker-for-tests';
import { createPricingService, type PricingService } from './pricing-service';

let workerFile: string;
let pricing: PricingService;

beforeAll(async () => {
  workerFile = await buildPricingWorkerForTests();
  pricing = createPricingService({ workerFile });
});
afterAll(() => pricing.close());

describe('pricing service (real worker thread)', () => {
  it('prices every option for a workload', async () => {
    const outcome = await pricing.evaluate(DEFAULT_WORKLOAD);
    expect(outcome.status).toBe('done');
    const result = (outcome as { value: PricingResult }).value;
    expect(result.options.map((o) => o.id)).toContain('lambda');
    expect(result.options.every((o) => o.monthlyUSD === null || o.monthlyUSD >= 0)).toBe(true);
  });

  it('validates at its own boundary: a bad workload is refused with the field named', async () => {
    await expect(pricing.evaluate({ ...DEFAULT_WORKLOAD, memoryMB: -5 })).rejects.toThrow(/memoryMB/);
  });

  it('answers only the latest of a burst of slider moves', async () => {
    const burst = Array.from({ length: 30 }, (_, i) =>
      pricing.evaluate({ ...DEFAULT_WORKLOAD, requestsPerMonth: 1_000_000 * (i + 1) }),
    );
    const outcomes = await Promise.all(burst);
    const done = outcomes.filter((o) => o.status === 'done');
    expect(done.length).toBeLessThanOrEqual(2);
    expect(outcomes.at(-1)?.status).toBe('done');
  });

  it('computes the break-even sweep with crossovers and sentences', async () => {
    const outcome = await pricing.breakEven(DEFAULT_WORKLOAD);
    expect(outcome.status).toBe('done');
    if (outcome.status !== 'done') return;
    expect(outcome.value.sweep.requests.length).toBeGreaterThan(10);
    expect(outcome.value.breakEvens.sentences.length).toBeGreaterThan(0);
  });
});
