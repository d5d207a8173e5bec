import { randomUUID } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_WORKLOAD } from '../../common/pricing/workload-schema';
import { openProfileStore, type ProfileStore } from './profile-store';
import { fileText, profileFixture, tempProfilesDir } from './profile-test-helpers';

let dir: string;
let cleanUp: () => Promise<void>;
let store: ProfileStore;

beforeEach(async () => {
  ({ dir, cleanUp } = await tempProfilesDir());
  store = await openProfileStore({ dir });
});
afterEach(async () => {
  await store.close();
  await cleanUp();
});

const userNames = async () => (await store.list()).profiles.filter((p) => !p.example).map((p) => p.name);

describe('changes while the app runs', () => {
  it('wakes a waiting poll when the app saves', async () => {
    const since = await store.waitForChange(-1, 0);
    const woken = store.waitForChange(since, 10_000);
    await store.create({ name: 'New', workload: DEFAULT_WORKLOAD });
    expect(await woken).toBeGreaterThan(since);
  });

  it('answers a poll with nothing new after its timeout, with the same counter', async () => {
    const since = await store.waitForChange(-1, 0);
    expect(await store.waitForChange(since, 30)).toBe(since);
  });

  it('notices files added, edited and removed by hand, without a restart', async () => {
    const id = randomUUID();
    const file = path.join(dir, `${id}.json`);
    let since = await store.waitForChange(-1, 0);
    // Each poll must be woken by the change, not end at its timeout with the same counter
    // (the list would look right either way: it reads the folder again).
    const nextChange = async () => {
      const counter = await store.waitForChange(since, 5_000);
      expect(counter, 'the poll was woken by the change').toBeGreaterThan(since);
      since = counter;
    };

    await writeFile(file, fileText(profileFixture({ id, name: 'By hand' })));
    await nextChange();
    expect(await userNames()).toEqual(['By hand']);

    await writeFile(file, fileText(profileFixture({ id, name: 'Edited by hand', revision: 2 })));
    await nextChange();
    expect(await userNames()).toEqual(['Edited by hand']);

    await rm(file);
    await nextChange();
    expect(await userNames()).toEqual([]);
  });

  it('refuses a save over a hand edit that kept the revision number', async () => {
    const created = await store.create({ name: 'Original', workload: DEFAULT_WORKLOAD });
    await store.get(created.id);
    const file = path.join(dir, `${created.id}.json`);
    const handEdited = fileText({ ...created, notes: 'edited in a text editor' });
    await writeFile(file, handEdited);
    const refused = await store.save({ ...created, notes: 'from the app', baseRevision: 1 }).catch((e) => e);
    expect(refused).toMatchObject({ code: 'stale', message: expect.stringMatching(/edited outside the app/) });
    expect(await readFile(file, 'utf8')).toBe(handEdited);
  });

  it('gives a hand edit its own revision once seen, so every window holding the old one is stale', async () => {
    const created = await store.create({ name: 'Original', workload: DEFAULT_WORKLOAD });
    await writeFile(path.join(dir, `${created.id}.json`), fileText({ ...created, notes: 'edited by hand' }));
    const listed = (await store.list()).profiles.find((p) => p.id === created.id);
    expect(listed?.revision).toBe(2);
    const { profile } = await store.get(created.id);
    expect(profile).toMatchObject({ notes: 'edited by hand', revision: 2 });
    await expect(store.save({ ...created, baseRevision: 1 })).rejects.toMatchObject({ code: 'stale' });
    await expect(store.save({ ...profile, baseRevision: 2 })).resolves.toMatchObject({ revision: 3 });
  });
});

describe('the listing made at launch', () => {
  it('serves the first list, which then shows what the folder held', async () => {
    await writeFile(path.join(dir, `${randomUUID()}.json`), fileText(profileFixture({ name: 'On disk' })));
    store.warmUp();
    expect(await userNames()).toEqual(['On disk']);
  });

  it('is not served once the app has saved since it began: the list shows the save', async () => {
    store.warmUp();
    await store.create({ name: 'Saved meanwhile', workload: DEFAULT_WORKLOAD });
    expect(await userNames()).toEqual(['Saved meanwhile']);
  });

  it('is not served once a file added by hand has been seen: the list shows the file', async () => {
    const since = await store.waitForChange(-1, 0);
    store.warmUp();
    await writeFile(path.join(dir, `${randomUUID()}.json`), fileText(profileFixture({ name: 'By hand' })));
    expect(await store.waitForChange(since, 5_000), 'the watcher saw the file').toBeGreaterThan(since);
    expect(await userNames()).toEqual(['By hand']);
  });
});
