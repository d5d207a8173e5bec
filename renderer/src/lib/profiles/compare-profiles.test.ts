import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKLOAD, ON_DEMAND } from '../../../../electron/common/pricing';
import { differingInputs } from './compare-profiles';

describe('comparing profiles’ inputs', () => {
  it('lists exactly the inputs that differ, with their labels and units', () => {
    const b = { ...DEFAULT_WORKLOAD, requestsPerMonth: 50_000_000, architecture: 'arm' as const };
    const rows = differingInputs([DEFAULT_WORKLOAD, b]);
    expect(rows.map((r) => r.key)).toEqual(['requestsPerMonth', 'architecture']);
    expect(rows[0]).toMatchObject({ values: ['10,000,000 per month', '50,000,000 per month'] });
  });

  it('shows a price override on one side only', () => {
    const b = { ...DEFAULT_WORKLOAD, priceOverrides: { 'lambda.requests': 0.25 } };
    expect(differingInputs([DEFAULT_WORKLOAD, b])).toEqual([
      { key: 'price:lambda.requests', label: 'Price override lambda.requests', values: ['price book', '$0.25'] },
    ]);
  });

  it('shows how each option is bought, and a derived value as derived', () => {
    const purchases = { ...DEFAULT_WORKLOAD.purchases, ec2: { ...ON_DEMAND, plan: 'spot' as const, discountPct: 60 } };
    const b = { ...DEFAULT_WORKLOAD, purchases, requestsPerCopy: 8 };
    expect(differingInputs([DEFAULT_WORKLOAD, b])).toEqual([
      {
        key: 'requestsPerCopy',
        label: 'Concurrent requests one copy serves',
        values: ['derived', '8 requests'],
      },
      { key: 'purchase:ec2', label: 'EC2 bought', values: ['On-demand', 'Spot (60% off)'] },
    ]);
  });

  it('is empty for identical workloads', () => {
    expect(differingInputs([DEFAULT_WORKLOAD, { ...DEFAULT_WORKLOAD }])).toEqual([]);
  });

  it('lists an input that only the third of three profiles changes', () => {
    const c = { ...DEFAULT_WORKLOAD, memoryMB: 2048 };
    const rows = differingInputs([DEFAULT_WORKLOAD, DEFAULT_WORKLOAD, c]);
    expect(rows).toEqual([{ key: 'memoryMB', label: expect.any(String), values: ['512 MB', '512 MB', '2,048 MB'] }]);
  });
});
