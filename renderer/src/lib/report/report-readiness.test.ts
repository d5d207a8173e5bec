import { describe, expect, it } from 'vitest';
import { BARE, workload } from '../../../../electron/common/pricing/test-helpers';
import { reportReady, sweepKey } from './report-readiness';

const READY = {
  profileOpened: true,
  priced: true,
  costsCurrent: true,
  sweepCurrent: true,
  versionKnown: true,
  diagrams: [{ wanted: 'flowchart A', drawn: 'flowchart A' }],
};

describe('reportReady', () => {
  it('is ready only when every figure and every diagram is this workload’s', () => {
    expect(reportReady(READY)).toBe(true);
    expect(reportReady({ ...READY, costsCurrent: false })).toBe(false);
    expect(reportReady({ ...READY, sweepCurrent: false })).toBe(false);
    expect(reportReady({ ...READY, profileOpened: false })).toBe(false);
  });

  it('waits for a diagram drawn for an older workload to be redrawn', () => {
    expect(reportReady({ ...READY, diagrams: [{ wanted: 'flowchart B', drawn: 'flowchart A' }] })).toBe(false);
    expect(reportReady({ ...READY, diagrams: [{ wanted: 'flowchart B', drawn: undefined }] })).toBe(false);
  });
});

describe('sweepKey', () => {
  it('ignores the volume (the sweep covers every volume) but not the other inputs', () => {
    const base = workload(BARE);
    expect(sweepKey({ ...base, requestsPerMonth: 5 })).toBe(sweepKey({ ...base, requestsPerMonth: 9_000_000 }));
    expect(sweepKey({ ...base, durationMs: base.durationMs + 1 })).not.toBe(sweepKey(base));
  });
});
