import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKLOAD } from '../../common/pricing/workload-schema';
import { openProfileStore, type ProfileStore } from './profile-store';
import { profileFixture, steppingClock, writeSettledFile } from './profile-test-helpers';
import { folderForEachTest } from './testing/store-per-test';

/**
 * What the user is told when a profile they open or save is there but
 * cannot be used: why, where its bytes went, and that nothing was
 * overwritten. Each message is checked word for word.
 */

let dir: string;
let store: ProfileStore | undefined;
folderForEachTest(
  (folder) => (dir = folder),
  () => store,
);

// What the user sees in the folder: not the store's own dot-files (its index, its lock).
const visible = async () => (await readdir(dir)).filter((name) => !name.startsWith('.'));
const refusal = (attempt: Promise<unknown>) =>
  attempt.then(
    () => null,
    (error: unknown) => error,
  );

describe('a profile whose file is no file to read', () => {
  it('says why, and that the entry was left as it is, when it is opened or saved', async () => {
    const profile = profileFixture({ name: 'Gone strange' });
    await mkdir(path.join(dir, `${profile.id}.json`));
    store = await openProfileStore({ dir });
    const message =
      "This profile's file could not be read (it is a folder); it was left as it is. Nothing was overwritten: save yours as a copy to keep it.";

    expect(await refusal(store.get(profile.id))).toMatchObject({ code: 'not-found', message });
    expect(await refusal(store.save({ ...profile, baseRevision: 1 }))).toMatchObject({ code: 'not-found', message });

    expect((await stat(path.join(dir, `${profile.id}.json`))).isDirectory()).toBe(true);
    expect(await visible()).toEqual([`${profile.id}.json`]);
  });
});

describe('a profile whose file was damaged', () => {
  it('while it may still be being written: says so, keeps nothing aside and overwrites nothing', async () => {
    store = await openProfileStore({ dir });
    const created = await store.create({ name: 'Mine', workload: DEFAULT_WORKLOAD });
    // An editor that truncates, then writes: caught in between.
    await writeFile(path.join(dir, `${created.id}.json`), '');

    const refused = await refusal(store.save({ ...created, notes: 'from the app', baseRevision: 1 }));

    expect(refused).toMatchObject({
      code: 'not-found',
      message:
        "This profile's file can no longer be read (the file is empty; it is being written). Nothing was overwritten: save yours as a copy to keep it.",
    });
    expect(await visible()).toEqual([`${created.id}.json`]);
    expect(await readFile(path.join(dir, `${created.id}.json`), 'utf8')).toBe('');
  });

  it('once settled: says where its bytes were kept', async () => {
    const profile = profileFixture({ name: 'Mine' });
    await writeSettledFile(path.join(dir, `${profile.id}.json`), '');
    store = await openProfileStore({ dir, now: steppingClock() });

    const refused = await refusal(store.get(profile.id));

    // Named for when it was set aside, by the store's clock.
    const kept = `${profile.id}.corrupt-2025-06-01T12-00-00-000Z.json`;
    expect(await visible()).toEqual([kept]);
    expect(refused).toMatchObject({
      code: 'not-found',
      message: `This profile's file can no longer be read (the file is empty); it was kept as ${kept}. Nothing was overwritten: save yours as a copy to keep it.`,
    });
    expect(await readFile(path.join(dir, kept), 'utf8')).toBe('');
  });
});
