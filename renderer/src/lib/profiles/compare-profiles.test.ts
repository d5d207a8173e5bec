import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WORKLOAD,
  evaluate,
  ON_DEMAND,
  type OptionResult,
  type PricingResult,
} from '../../../../electron/common/pricing';
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

  it('shows how each option is bought, and a derived value as derived', () => {
    const purchases = { ...DEFAULT_WORKLOAD.purchases, ec2: { ...ON_DEMAND, plan: 'spot' as const, discountPct: 60 } };
    const b = { ...DEFAULT_WORKLOAD, purchases, requestsPerCopy: 8 };
    expect(differingInputs(DEFAULT_WORKLOAD, b)).toEqual([
      {
        key: 'requestsPerCopy',
        label: 'Concurrent requests one copy serves',
        a: 'derived',
        b: '8 requests',
      },
      { key: 'purchase:ec2', label: 'EC2 bought', a: 'On-demand', b: 'Spot (60% off)' },
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
    ? { id, label, feasible: false, reason: 'cannot run it', monthlyUSD, lineItems: [], warnings: [] }
    : { id, label, feasible: true, monthlyUSD, lineItems: [], warnings: [] };
}

function result(options: OptionResult[]): PricingResult {
  // Sizing is not read by the comparison; the engine's own for the default workload stands in.
  const { sizing } = evaluate(DEFAULT_WORKLOAD, { detail: false });
  return { priceBook: { version: 'test', asOf: '2025-10-01', region: 'us-east-1' }, options, sizing };
}
