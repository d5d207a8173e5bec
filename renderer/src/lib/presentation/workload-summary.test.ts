import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKLOAD } from '../../../../electron/common/pricing';
import { describeVolume, describeWorkload, formatDuration } from './workload-summary';

describe('formatDuration', () => {
  it('says the unit a listener would', () => {
    expect(formatDuration(120)).toBe('120 ms');
    expect(formatDuration(2500)).toBe('2.5 s');
    expect(formatDuration(20 * 60_000)).toBe('20 min');
    expect(formatDuration(3 * 3_600_000)).toBe('3 h');
  });
});

describe('describeWorkload', () => {
  it('sums up a service in one line', () => {
    expect(describeWorkload(DEFAULT_WORKLOAD)).toBe(
      '10 M requests a month, 120 ms and 512 MB each, peaks 3× the average, x86, at on-demand prices',
    );
  });

  it('speaks of jobs, and where they run, for a batch workload', () => {
    const batch = { ...DEFAULT_WORKLOAD, kind: 'batch' as const, requestsPerMonth: 600, durationMs: 1_200_000 };
    expect(describeVolume(batch)).toBe('600 batch jobs a month');
    const spot = { ...batch.purchases, batch: { ...batch.purchases.batch, plan: 'spot' as const } };
    expect(describeWorkload({ ...batch, purchases: spot })).toBe(
      '600 batch jobs a month, 20 min and 512 MB each, run on EC2, Spot (70% off) for AWS Batch; the rest on-demand',
    );
  });
});
