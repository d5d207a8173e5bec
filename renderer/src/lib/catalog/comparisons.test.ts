import { describe, expect, it } from 'vitest';
import { buildComparison, PRESET_COMPARISONS } from './comparisons';
import { COMPARE_ROWS, type ServiceId } from './types';

describe('buildComparison', () => {
  it('puts one column per service and one row per comparison row, in display order', () => {
    const comparison = buildComparison(['ec2', 'lambda']);
    expect(comparison.columns.map((service) => service.id)).toEqual(['ec2', 'lambda']);
    expect(comparison.rows.map((row) => row.label)).toEqual(COMPARE_ROWS.map((row) => row.label));
    const timeLimit = comparison.rows.find((row) => row.key === 'timeLimit');
    expect(timeLimit?.cells).toEqual(['None: runs until stopped', '15 minutes (900 s) per invocation']);
  });

  it.each(PRESET_COMPARISONS.map((preset) => [preset.id, preset.serviceIds] as const))(
    'builds the %s preset',
    (_id, serviceIds) => {
      const comparison = buildComparison(serviceIds);
      expect(comparison.columns).toHaveLength(serviceIds.length);
      for (const row of comparison.rows) expect(row.cells).toHaveLength(serviceIds.length);
    },
  );

  it('offers the three preset comparisons', () => {
    expect(PRESET_COMPARISONS.map((preset) => [preset.id, preset.serviceIds])).toEqual([
      ['ec2-vs-lambda', ['ec2', 'lambda']],
      ['batch-vs-lambda', ['batch', 'lambda']],
      ['containers', ['ecs', 'fargate', 'eks']],
    ]);
  });

  it('rejects fewer than two or more than three services', () => {
    expect(() => buildComparison([])).toThrow(/2 or 3 services, got 0/);
    expect(() => buildComparison(['ec2'])).toThrow(/2 or 3 services, got 1/);
    expect(() => buildComparison(['ec2', 'lambda', 'ecs', 'eks'])).toThrow(/2 or 3 services, got 4/);
  });

  it('rejects the same service twice', () => {
    expect(() => buildComparison(['ec2', 'ec2'])).toThrow(/distinct services; repeated: ec2/);
  });

  it('rejects ids that are not services, e.g. from a hand-edited URL', () => {
    expect(() => buildComparison(['ec2', 'heroku' as ServiceId])).toThrow(
      /Unknown service id\(s\) in comparison: heroku/,
    );
  });
});
