import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKLOAD } from '../pricing/workload-schema';
import { MIGRATIONS, migrateToCurrent } from './migrations';
import { parseProfileData } from './parse-profile';
import { PROFILE_SCHEMA_VERSION } from './profile-schema';

const context = {
  id: '0b6f8a52-4a4e-4c1e-9d53-7f1e2a3b4c5d',
  fallbackName: 'checkout-api',
  now: '2025-03-04T05:06:07.000Z',
};

describe('profile migrations', () => {
  it('has one step for every version before the current one, none of which changes its input', () => {
    let data: unknown = { memoryMB: 1024 };
    for (let version = 0; version < PROFILE_SCHEMA_VERSION; version++) {
      const step = MIGRATIONS[version];
      expect(step, `the step from version ${version}`).toBeTypeOf('function');
      // Frozen: a step that writes to its input throws here (modules run in strict mode).
      data = step!(deepFreeze(structuredClone(data)), context);
    }
    expect(data).toMatchObject({ schemaVersion: PROFILE_SCHEMA_VERSION });
  });

  it('takes version 0 to version 1 from its input and the context alone: no clock, no random id', () => {
    expect(MIGRATIONS[0]!({ memoryMB: 1024 }, context)).toEqual({
      schemaVersion: 1,
      id: '0b6f8a52-4a4e-4c1e-9d53-7f1e2a3b4c5d',
      name: 'checkout-api',
      notes: '',
      workload: { memoryMB: 1024 },
      createdAt: '2025-03-04T05:06:07.000Z',
      updatedAt: '2025-03-04T05:06:07.000Z',
      revision: 1,
    });
  });

  it('turns a bare workload (the pre-profile format) into a current profile named after its file', () => {
    const parsed = parseProfileData({ memoryMB: 1024, kind: 'batch' }, context);
    expect(parsed).toMatchObject({ kind: 'ok', fromVersion: 0 });
    if (parsed.kind !== 'ok') return;
    expect(parsed.profile).toMatchObject({
      schemaVersion: PROFILE_SCHEMA_VERSION,
      id: context.id,
      name: 'checkout-api',
      notes: '',
      createdAt: context.now,
      updatedAt: context.now,
      revision: 1,
      workload: { ...DEFAULT_WORKLOAD, memoryMB: 1024, kind: 'batch' },
    });
  });

  it('takes a bare workload of the old model through every step, as `npm run price` reads it', () => {
    // 50 requests/s per vCPU at 200 ms: 1 ÷ (50 × 0.2) = 10% CPU; 30 GB at 3 M requests = 10.49 KB each.
    const parsed = parseProfileData(
      { requestsPerMonth: 3_000_000, durationMs: 200, requestsPerSecondPerVcpu: 50, dataTransferOutGB: 30 },
      context,
    );
    if (parsed.kind !== 'ok') throw new Error(parsed.kind);
    expect(parsed.profile.workload).toMatchObject({ cpuSharePct: 10, otherTransferOutGB: 0 });
    expect(parsed.profile.workload.responseKB).toBeCloseTo((30 * 1024 * 1024) / 3_000_000, 9);
  });

  it('keeps the name and notes of a { name, workload } file', () => {
    const parsed = parseProfileData(
      { name: 'Checkout API', notes: 'peak in Dec', workload: { durationMs: 40 } },
      context,
    );
    expect(parsed.kind === 'ok' && parsed.profile).toMatchObject({ name: 'Checkout API', notes: 'peak in Dec' });
  });

  it('names a bad old field instead of dropping it', () => {
    expect(parseProfileData({ memoryMB: 1024, colour: 'red' }, context)).toEqual({
      kind: 'invalid',
      reason: 'workload.colour: unknown field',
    });
    expect(parseProfileData({ workload: {}, owner: 'me' }, context)).toEqual({
      kind: 'invalid',
      reason: 'owner: unknown field',
    });
  });

  it('leaves a file from a newer version as it is, for the caller to open read-only', () => {
    const raw = { schemaVersion: 7, name: 'From the future', hologram: true };
    expect(migrateToCurrent(raw, context)).toEqual({ profile: raw, fromVersion: 7 });
  });

  it('reports a malformed schemaVersion rather than guessing', () => {
    const parsed = parseProfileData({ schemaVersion: 'one', workload: {} }, context);
    expect(parsed.kind).toBe('invalid');
    if (parsed.kind === 'invalid') expect(parsed.reason).toMatch(/^schemaVersion: /);
  });
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const entry of Object.values(value)) deepFreeze(entry);
    Object.freeze(value);
  }
  return value;
}
