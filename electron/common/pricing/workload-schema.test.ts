import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKLOAD, parseWorkload, workloadSchema } from './workload-schema';
import { WORKLOAD_FIELDS } from './workload-fields';

describe('workload schema', () => {
  it('fills every missing field with its default, so an empty object is the default workload', () => {
    expect(parseWorkload({})).toEqual({ ok: true, workload: DEFAULT_WORKLOAD });
  });

  it('names the bad field and the limit it broke', () => {
    const result = parseWorkload({ memoryMB: 200_000 });
    expect(result).toEqual({ ok: false, error: 'memoryMB: must be at most 122880' });
  });

  it('rejects unknown fields by name instead of ignoring a typo', () => {
    expect(parseWorkload({ memoryMb: 512 })).toEqual({ ok: false, error: 'memoryMb: unknown field' });
  });

  it('names every unknown field of one object, not just the first', () => {
    expect(parseWorkload({ memoryMb: 512, cpu: 1 })).toEqual({
      ok: false,
      error: 'memoryMb: unknown field; cpu: unknown field',
    });
  });

  it('puts servers and containers behind a load balancer unless the workload says otherwise', () => {
    expect(DEFAULT_WORKLOAD.loadBalancer).toBe(true);
    expect(parseWorkload({ loadBalancer: false })).toMatchObject({ ok: true, workload: { loadBalancer: false } });
  });

  it('rejects infinite and non-numeric values', () => {
    const result = parseWorkload({ durationMs: Infinity, requestsPerMonth: '10' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain('durationMs:');
      expect(result.error).toContain('requestsPerMonth:');
    }
  });

  it('rejects fractional instance counts and unknown choices', () => {
    const result = parseWorkload({ minInstances: 1.5, architecture: 'sparc' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/minInstances: .*; architecture: /);
  });

  it('accepts overrides of known prices and names unknown or negative ones', () => {
    expect(parseWorkload({ priceOverrides: { 'lambda.requests': 0.25 } }).ok).toBe(true);
    const result = parseWorkload({ priceOverrides: { 'lambda.requests': -1, 'ec2.x1.huge': 3 } });
    expect(result).toEqual({
      ok: false,
      error:
        'priceOverrides["lambda.requests"]: a price cannot be negative; priceOverrides["ec2.x1.huge"]: unknown field',
    });
  });

  it('puts a base path in front of every field, for workloads inside saved profiles', () => {
    const result = parseWorkload({ memoryMB: 1 }, ['workload']);
    expect(result).toEqual({ ok: false, error: 'workload.memoryMB: must be at least 128' });
  });

  it('takes an empty "concurrent requests one copy serves" as derived, and refuses zero', () => {
    expect(parseWorkload({ requestsPerCopy: null })).toMatchObject({ ok: true, workload: { requestsPerCopy: null } });
    expect(parseWorkload({ requestsPerCopy: 0 })).toEqual({ ok: false, error: 'requestsPerCopy: must be at least 1' });
  });

  it('refuses the global purchase fields of format 1 by name (the profile migration converts them)', () => {
    expect(parseWorkload({ purchaseOption: 'spot' })).toEqual({ ok: false, error: 'purchaseOption: unknown field' });
    expect(parseWorkload({ requestsPerSecondPerVcpu: 50 })).toEqual({
      ok: false,
      error: 'requestsPerSecondPerVcpu: unknown field',
    });
  });

  it('reports a non-object workload without a field name', () => {
    expect(parseWorkload(null)).toMatchObject({ ok: false, error: expect.stringMatching(/^\(workload\): /) });
  });
});

describe('WORKLOAD_FIELDS', () => {
  it('has one entry per schema field except the Region, the price overrides and the per-option purchases', () => {
    const keys = WORKLOAD_FIELDS.map((f) => f.key).sort();
    const schemaKeys = Object.keys(workloadSchema.shape)
      .filter((k) => k !== 'region' && k !== 'priceOverrides' && k !== 'purchases')
      .sort();
    expect(keys).toEqual(schemaKeys);
  });

  it('gives every slider a default inside its range and a typed range at least as wide', () => {
    for (const field of WORKLOAD_FIELDS) {
      if (field.kind !== 'number') continue;
      const typedMin = 'typedMin' in field ? field.typedMin : field.min;
      const typedMax = 'typedMax' in field ? field.typedMax : field.max;
      expect(field.min, field.key).toBeLessThan(field.max);
      expect(field.default, field.key).toBeGreaterThanOrEqual(field.min);
      expect(field.default, field.key).toBeLessThanOrEqual(field.max);
      expect(typedMin, field.key).toBeLessThanOrEqual(field.min);
      expect(typedMax, field.key).toBeGreaterThanOrEqual(field.max);
      expect(field.step, field.key).toBeGreaterThan(0);
      expect(field.label.length, field.key).toBeGreaterThan(0);
      // An optional field is empty (derived by the engine) until the user sets it.
      expect(DEFAULT_WORKLOAD[field.key], field.key).toBe('optional' in field ? null : field.default);
    }
  });

  it('opens every toggle and choice at the value the engine prices by default', () => {
    for (const field of WORKLOAD_FIELDS) {
      if (field.kind === 'number') continue;
      expect(DEFAULT_WORKLOAD[field.key], field.key).toBe(field.default);
    }
  });

  it('lets typed-in values make Lambda infeasible: a 24 h duration and 120 GB of memory', () => {
    expect(parseWorkload({ durationMs: 86_400_000, memoryMB: 122_880 }).ok).toBe(true);
  });
});
