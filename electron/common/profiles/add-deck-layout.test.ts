import { describe, expect, it } from 'vitest';
import { addDeckLayout } from './add-deck-layout';
import { MIGRATIONS } from './migrations';
import { parseProfileData } from './parse-profile';
import { PROFILE_SCHEMA_VERSION } from './profile-schema';

const context = {
  id: '0b6f8a52-4a4e-4c1e-9d53-7f1e2a3b4c5d',
  fallbackName: 'checkout-api',
  now: '2025-03-04T05:06:07.000Z',
};

/** A profile as the version before the deck layout wrote it. */
function profileBeforeDeck(extra: Record<string, unknown> = {}) {
  return {
    schemaVersion: PROFILE_SCHEMA_VERSION - 1,
    id: context.id,
    name: 'Checkout API',
    notes: 'peak in December',
    workload: { requestsPerMonth: 42_000_000 },
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-02T00:00:00.000Z',
    revision: 7,
    ...extra,
  };
}

describe('profile step: the deck layout', () => {
  it('is the last step, taking the version before it to the current one', () => {
    expect(MIGRATIONS[PROFILE_SCHEMA_VERSION - 1]).toBe(addDeckLayout);
    expect(addDeckLayout(profileBeforeDeck())).toMatchObject({ schemaVersion: PROFILE_SCHEMA_VERSION });
  });

  it('gives a profile from before the default deck: every slide where the deck puts it', () => {
    const parsed = parseProfileData(profileBeforeDeck(), context);
    expect(parsed.kind).toBe('ok');
    if (parsed.kind !== 'ok') return;
    expect(parsed.fromVersion).toBe(PROFILE_SCHEMA_VERSION - 1);
    expect(parsed.profile.deck).toEqual({ order: [], visibility: {} });
    // Nothing else changes: name, notes, revision and the workload are the file's.
    expect(parsed.profile).toMatchObject({ name: 'Checkout API', notes: 'peak in December', revision: 7 });
    expect(parsed.profile.workload.requestsPerMonth).toBe(42_000_000);
  });

  it('leaves a deck the old file somehow carried for the schema to judge, naming a bad field', () => {
    const parsed = parseProfileData(profileBeforeDeck({ deck: { order: ['Title!'], visibility: {} } }), context);
    expect(parsed.kind).toBe('invalid');
    if (parsed.kind === 'invalid') expect(parsed.reason).toMatch(/^deck\.order\.0: /);
  });

  it('reads a current file’s arrangement back as written', () => {
    const deck = { order: ['title', 'break-even', 'option-lambda'], visibility: { 'option-batch': 'hidden' } };
    const parsed = parseProfileData({ ...profileBeforeDeck(), schemaVersion: PROFILE_SCHEMA_VERSION, deck }, context);
    expect(parsed.kind === 'ok' && parsed.profile.deck).toEqual(deck);
  });

  it('refuses a slide listed twice or a visibility that is neither shown nor hidden', () => {
    const current = { ...profileBeforeDeck(), schemaVersion: PROFILE_SCHEMA_VERSION };
    const twice = parseProfileData({ ...current, deck: { order: ['title', 'title'], visibility: {} } }, context);
    expect(twice).toEqual({ kind: 'invalid', reason: expect.stringMatching(/^deck\.order: .*more than once/) });
    const maybe = parseProfileData({ ...current, deck: { order: [], visibility: { title: 'maybe' } } }, context);
    expect(maybe).toMatchObject({ kind: 'invalid', reason: expect.stringMatching(/^deck\.visibility\.title: /) });
  });
});
