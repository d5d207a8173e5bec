import { describe, expect, it } from 'vitest';
import { evaluate } from '../pricing/evaluate';
import { workloadSchema } from '../pricing/workload-schema';
import { EXAMPLE_PROFILES, findExample } from './examples';
import { exampleIdSchema, profileIdSchema, profileSchema } from './profile-schema';

describe('example profiles', () => {
  it('offers the four starters the issue asks for, and each parses with the workload schema', () => {
    const names = EXAMPLE_PROFILES.map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Public API backend',
        'Always-on web app',
        'Nightly batch job',
        'Bursty event processor',
      ]),
    );
    for (const example of EXAMPLE_PROFILES) {
      expect(workloadSchema.safeParse(example.workload).success).toBe(true);
      expect(profileSchema.parse(example)).toEqual(example);
    }
  });

  it('uses example- ids that can never be mistaken for a stored profile id', () => {
    for (const { id } of EXAMPLE_PROFILES) {
      expect(exampleIdSchema.safeParse(id).success).toBe(true);
      expect(profileIdSchema.safeParse(id).success).toBe(false);
    }
    expect(new Set(EXAMPLE_PROFILES.map((e) => e.id)).size).toBe(EXAMPLE_PROFILES.length);
  });

  it('says in its notes that it is an example to copy', () => {
    for (const example of EXAMPLE_PROFILES) expect(example.notes).toMatch(/^Example profile \(read-only\)/);
  });

  it('prices every example (the nightly job is too long for Lambda)', () => {
    for (const example of EXAMPLE_PROFILES) {
      const priced = evaluate(example.workload).options.filter((o) => o.monthlyUSD !== null);
      expect(priced.length).toBeGreaterThan(0);
    }
    const nightly = findExample('example-nightly-batch-job')!;
    expect(nightly.workload.kind).toBe('batch');
    expect(nightly.workload.durationMs).toBeGreaterThan(15 * 60 * 1000);
  });

  it('cannot be changed through the shared array', () => {
    expect(Object.isFrozen(EXAMPLE_PROFILES)).toBe(true);
    expect(Object.isFrozen(EXAMPLE_PROFILES[0])).toBe(true);
  });
});
