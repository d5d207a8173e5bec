import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKLOAD } from '../../common/pricing/workload-schema';
import { ProfileStoreError, type ProfileStore } from './profile-store';
import { snapshotDir } from './profile-test-helpers';
import { storeForEachTest } from './testing/store-per-test';

let dir: string;
let store: ProfileStore;
const opened = storeForEachTest((fresh) => ({ dir, store } = fresh));

const workload = { ...DEFAULT_WORKLOAD };
const arranged = {
  order: ['title', 'break-even', 'recommendation'],
  visibility: { 'option-batch': 'shown', assumptions: 'hidden' },
} as const;
const onDisk = async (id: string) => JSON.parse(await readFile(path.join(dir, `${id}.json`), 'utf8'));

describe('profile store: the slide arrangement', () => {
  it('gives a new profile the default deck and writes it to the file', async () => {
    const created = await store.create({ name: 'Checkout API', workload });
    expect(created.deck).toEqual({ order: [], visibility: {} });
    expect((await onDisk(created.id)).deck).toEqual({ order: [], visibility: {} });
  });

  it('saves the order and the hidden and shown slides, and reads them back after a restart', async () => {
    const created = await store.create({ name: 'Checkout API', workload });
    await store.save({ ...created, deck: arranged, baseRevision: created.revision });
    store = await opened.reopen();
    expect((await store.get(created.id)).profile.deck).toEqual(arranged);
  });

  it('keeps the arrangement when a save leaves it out, and copies it with the profile', async () => {
    const created = await store.create({ name: 'Checkout API', workload, deck: arranged });
    const saved = await store.save({
      id: created.id,
      name: created.name,
      notes: 'renamed notes',
      workload,
      baseRevision: created.revision,
    });
    expect(saved.deck).toEqual(arranged);
    expect((await store.duplicate(created.id)).deck).toEqual(arranged);
  });

  it('refuses a bad arrangement naming the field, and writes nothing', async () => {
    const created = await store.create({ name: 'Checkout API', workload });
    const before = await snapshotDir(dir);
    const error = await store
      .save({ ...created, deck: { order: ['title'], visibility: { title: 'gone' } }, baseRevision: created.revision })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(ProfileStoreError);
    expect((error as Error).message).toMatch(/deck\.visibility\.title: .*Nothing was saved/);
    expect(await snapshotDir(dir)).toEqual(before);
  });
});
