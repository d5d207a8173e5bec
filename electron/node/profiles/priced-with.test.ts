import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUNDLED_PRICE_BOOK } from '../../common/pricing/price-book';
import { DEFAULT_WORKLOAD } from '../../common/pricing/workload-schema';
import { profileHandlers } from '../ipc/profile-handlers';
import { RegionBooks } from '../price-books/region-books';
import { openProfileStore, type ProfileStore } from './profile-store';
import { steppingClock, tempProfilesDir } from './profile-test-helpers';

let dir: string;
let cleanUp: () => Promise<void>;
let store: ProfileStore;
let handlers: ReturnType<typeof profileHandlers>;

beforeEach(async () => {
  ({ dir, cleanUp } = await tempProfilesDir());
  store = await openProfileStore({ dir, now: steppingClock() });
  const books = RegionBooks.inDataDir(path.join(dir, 'data'));
  await books.store.put({
    ...BUNDLED_PRICE_BOOK,
    region: { code: 'eu-central-1', name: 'EU (Frankfurt)' },
    version: 'fra-1',
  });
  handlers = profileHandlers(store, async (region) => {
    const found = await books.forRegion(region);
    return found.ok ? { region, version: found.book.version } : undefined;
  });
});
afterEach(async () => {
  await store.close();
  await cleanUp();
});

const onDisk = async (id: string) => JSON.parse(await readFile(path.join(dir, `${id}.json`), 'utf8'));

describe('a saved profile records the price book it was priced with', () => {
  it('records the bundled book for a new us-east-1 profile, in the file too', async () => {
    const created = await handlers.createProfile({ name: 'API', workload: DEFAULT_WORKLOAD });
    expect(created.priceBook).toEqual({ region: 'us-east-1', version: '2025.10.1' });
    expect((await onDisk(created.id)).priceBook).toEqual({ region: 'us-east-1', version: '2025.10.1' });
  });

  it("records the Region's imported book when the workload moves Region", async () => {
    const created = await handlers.createProfile({ name: 'API', workload: DEFAULT_WORKLOAD });
    const saved = await handlers.saveProfile({
      id: created.id,
      name: 'API',
      notes: '',
      workload: { ...DEFAULT_WORKLOAD, region: 'eu-central-1' },
      baseRevision: created.revision,
    });
    expect(saved.workload.region).toBe('eu-central-1');
    expect(saved.priceBook).toEqual({ region: 'eu-central-1', version: 'fra-1' });
  });

  it('records no book for a Region that has none, rather than a wrong one', async () => {
    const created = await handlers.createProfile({ name: 'API', workload: DEFAULT_WORKLOAD });
    const saved = await handlers.saveProfile({
      id: created.id,
      name: 'API',
      notes: '',
      workload: { ...DEFAULT_WORKLOAD, region: 'sa-east-1' },
      baseRevision: created.revision,
    });
    expect(saved.priceBook).toBeUndefined();
    expect((await onDisk(created.id)).priceBook).toBeUndefined();
  });
});
