import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKLOAD, evaluate, type OptionResult, type PricingResult } from '../../../../electron/common/pricing';
import { costDifferences, differingInputs } from './compare-profiles';

describe('comparing two profiles', () => {
  it('lists exactly the inputs that differ, with their labels and units', () => {
    const b = { ...DEFAULT_WORKLOAD, requestsPerMonth: 50_000_000, architecture: 'arm' as const };
    const rows = differingInputs(DEFAULT_WORKLOAD, b);
    expect(rows.map((r) => r.key)).toEqual(['requestsPerMonth', 'architecture']);
    expect(rows[0]).toMatchObject({ a: '10,000,000 per month', b: '50,000,000 per month' });
  });

  it('shows a price override on one side only', () => {
    const b = { ...DEFAULT_WORKLOAD, priceOverrides: { 'lambda.requests': 0.25 } };
    expect(differingInputs(DEFAULT_WORKLOAD, b)).toEqual([
      { key: 'price:lambda.requests', label: 'Price override lambda.requests', a: 'price book', b: '$0.25' },
    ]);
  });

  it('is empty for identical workloads', () => {
    expect(differingInputs(DEFAULT_WORKLOAD, { ...DEFAULT_WORKLOAD })).toEqual([]);
  });

  it('gives each option’s cost for both and the difference b − a, to the cent, matching options by id', () => {
    // Hand-made results, b listing its options in another order: a row must pair an option with
    // itself, never with its neighbour. Expected differences by hand: 12.34 − 4.73 = 7.61;
    // 48.12 − 50.27 = −2.15; Fargate cannot run b, so it has no difference.
    const a = result([
      option('lambda', 'Lambda + HTTP API', 4.73),
      option('ec2', 'EC2 (Auto Scaling group)', 50.27),
      option('fargate', 'ECS on Fargate', 36.1),
    ]);
    const b = result([
      option('fargate', 'ECS on Fargate', null),
      option('ec2', 'EC2 (Auto Scaling group)', 48.12),
      option('lambda', 'Lambda + HTTP API', 12.34),
    ]);
    expect(costDifferences(a, b)).toEqual([
      { id: 'lambda', label: 'Lambda + HTTP API', a: 4.73, b: 12.34, difference: 7.61 },
      { id: 'ec2', label: 'EC2 (Auto Scaling group)', a: 50.27, b: 48.12, difference: -2.15 },
      { id: 'fargate', label: 'ECS on Fargate', a: 36.1, b: null, difference: null },
    ]);
  });

  it('prices both sides with the engine: more requests cost Lambda more', () => {
    const rows = costDifferences(
      evaluate(DEFAULT_WORKLOAD),
      evaluate({ ...DEFAULT_WORKLOAD, requestsPerMonth: DEFAULT_WORKLOAD.requestsPerMonth * 2 }),
    );
    const lambda = rows.find((row) => row.id === 'lambda')!;
    expect(lambda.b!).toBeGreaterThan(lambda.a!);
  });
});

function option(id: OptionResult['id'], label: string, monthlyUSD: number | null): OptionResult {
  return monthlyUSD === null
    ? { id, label, feasible: false, reason: 'cannot run it', monthlyUSD, lineItems: [] }
    : { id, label, feasible: true, monthlyUSD, lineItems: [] };
}

function result(options: OptionResult[]): PricingResult {
  return { priceBook: { version: 'test', asOf: '2025-10-01', region: 'us-east-1' }, options };
}
