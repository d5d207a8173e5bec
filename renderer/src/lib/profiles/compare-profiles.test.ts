import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKLOAD, evaluate, ON_DEMAND } from '../../../../electron/common/pricing';
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

  it('gives each option’s cost for both and the difference, to the cent', () => {
    const a = evaluate(DEFAULT_WORKLOAD);
    const b = evaluate({ ...DEFAULT_WORKLOAD, requestsPerMonth: 20_000_000 });
    const rows = costDifferences(a, b);
    const lambda = rows.find((r) => r.id === 'lambda')!;
    expect(lambda.difference).toBeCloseTo(lambda.b! - lambda.a!, 2);
    expect(lambda.difference).toBeGreaterThan(0);
  });
});
