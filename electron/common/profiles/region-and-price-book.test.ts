import { describe, expect, it } from 'vitest';
import { migrateToCurrent } from './migrations';
import { parseProfileData } from './parse-profile';
import { PROFILE_SCHEMA_VERSION } from './profile-schema';
import { recordRegionAndPriceBook, REGION_AND_PRICE_BOOK_VERSION } from './region-and-price-book';

const context = { id: '0b6f8a52-4a4e-4c1e-9d53-7f1e2a3b4c5d', fallbackName: 'api', now: '2025-03-04T05:06:07.000Z' };

/** A profile as format 2 wrote it: no Region anywhere, priced with the one bundled book. */
const beforeRegions = {
  schemaVersion: REGION_AND_PRICE_BOOK_VERSION - 1,
  id: context.id,
  name: 'Checkout API',
  notes: '',
  workload: { requestsPerMonth: 3_000_000, durationMs: 120 },
  createdAt: context.now,
  updatedAt: context.now,
  revision: 4,
};

describe('profiles record their Region and price book', () => {
  it('puts a profile from before Regions in us-east-1, priced with the bundled book of the time', () => {
    expect(recordRegionAndPriceBook(beforeRegions)).toEqual({
      ...beforeRegions,
      schemaVersion: REGION_AND_PRICE_BOOK_VERSION,
      workload: { region: 'us-east-1', requestsPerMonth: 3_000_000, durationMs: 120 },
      priceBook: { region: 'us-east-1', version: '2025.10.1' },
    });
  });

  it('keeps a Region the file already names (a hand-edited file) for the schema to judge', () => {
    const edited = { ...beforeRegions, workload: { ...beforeRegions.workload, region: 'eu-central-1' } };
    expect(recordRegionAndPriceBook(edited)).toMatchObject({ workload: { region: 'eu-central-1' } });
  });

  it('opens an old profile as a current one that says where and with what it was priced', () => {
    const parsed = parseProfileData(beforeRegions, context);
    if (parsed.kind !== 'ok') throw new Error(parsed.kind);
    expect(parsed.profile.schemaVersion).toBe(PROFILE_SCHEMA_VERSION);
    expect(parsed.profile.workload.region).toBe('us-east-1');
    expect(parsed.profile.priceBook).toEqual({ region: 'us-east-1', version: '2025.10.1' });
    expect(migrateToCurrent(beforeRegions, context).fromVersion).toBe(REGION_AND_PRICE_BOOK_VERSION - 1);
  });

  it('refuses a Region that is not an AWS Region code, naming the field', () => {
    const parsed = parseProfileData({ ...beforeRegions, workload: { region: 'Frankfurt' } }, context);
    expect(parsed.kind).toBe('invalid');
    expect(JSON.stringify(parsed)).toContain('workload.region');
  });
});
