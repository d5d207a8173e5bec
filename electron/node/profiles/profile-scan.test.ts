import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openProfileStore, type ProfileStore } from './profile-store';
import { fileText, profileFixture, steppingClock, writeSettledFile } from './profile-test-helpers';
import { folderForEachTest } from './testing/store-per-test';

/** What a list finds in the folder: exactly the profiles there, and one word about each file it can't show. */

let dir: string;
let store: ProfileStore | undefined;
folderForEachTest(
  (folder) => (dir = folder),
  () => store,
);

const usersProfiles = async (opened: ProfileStore) => (await opened.list()).profiles.filter((p) => !p.example);

describe('a profile file that cannot be read (a folder named <id>.json)', () => {
  it('is named in one notice, left as it is, and the other profiles are listed', async () => {
    const good = profileFixture({ name: 'Good one' });
    await writeSettledFile(path.join(dir, `${good.id}.json`), fileText(good));
    const badId = randomUUID();
    await mkdir(path.join(dir, `${badId}.json`));
    store = await openProfileStore({ dir });

    const first = await store.list();
    expect(first.profiles.filter((p) => !p.example).map((p) => p.id)).toEqual([good.id]);
    expect(first.notices).toEqual([
      {
        kind: 'unreadable',
        file: `${badId}.json`,
        message: `The profile file ${badId}.json could not be read (it is a folder); it was left as it is. Your other profiles are unaffected.`,
      },
    ]);
    // Said once: the next list has nothing new to say about it.
    expect((await store.list()).notices).toEqual([]);
    expect((await stat(path.join(dir, `${badId}.json`))).isDirectory()).toBe(true);
    expect(await readFile(path.join(dir, `${good.id}.json`), 'utf8')).toBe(fileText(good));
  });
});

describe('a file from a newer version that this one cannot show', () => {
  it('is not listed, one notice says so, and the file is left untouched', async () => {
    const id = randomUUID();
    const text = JSON.stringify({ schemaVersion: 99, somethingNew: true });
    await writeSettledFile(path.join(dir, `${id}.json`), text);
    store = await openProfileStore({ dir });

    const { profiles, notices } = await store.list();
    expect(profiles.filter((p) => !p.example)).toEqual([]);
    expect(notices).toEqual([
      {
        kind: 'newer-version',
        file: `${id}.json`,
        message: `${id}.json was saved by a newer version of Compute Explorer (format 99); this version cannot show it, so it was left untouched.`,
      },
    ]);
    expect(await readFile(path.join(dir, `${id}.json`), 'utf8')).toBe(text);
  });
});

/** 25 profiles on disk, then the store opened on them (also kept in `store`, which is closed after each test). */
async function openStoreOf25Profiles(): Promise<{ ids: string[]; opened: ProfileStore }> {
  const ids = Array.from({ length: 25 }, () => randomUUID());
  for (const [n, id] of ids.entries()) {
    await writeSettledFile(path.join(dir, `${id}.json`), fileText(profileFixture({ id, name: `Profile ${n}` })));
  }
  const opened = await openProfileStore({ dir });
  store = opened;
  return { ids, opened };
}

/**
 * Lists the store's profiles while other work (another window's request) asks for a turn after
 * every one it gets, with `performance.now` answered by `clock`. Returns the ids listed and how
 * many turns the other work had had at each of the list's looks at the clock.
 */
async function listBesideOtherWork(
  opened: ProfileStore,
  clock: () => number,
): Promise<{ listed: string[]; turnsAtEachLook: number[] }> {
  let turns = 0;
  let working = true;
  const otherWork = () => {
    turns++;
    if (working) setImmediate(otherWork);
  };
  const turnsAtEachLook: number[] = [];
  const clockSpy = vi.spyOn(performance, 'now').mockImplementation(() => {
    turnsAtEachLook.push(turns);
    return clock();
  });
  try {
    setImmediate(otherWork);
    const listed = (await usersProfiles(opened)).map((p) => p.id);
    return { listed, turnsAtEachLook };
  } finally {
    working = false;
    clockSpy.mockRestore();
  }
}

describe('a long list', () => {
  it('takes turns with other work between files, so a slow folder does not hold up the app', async () => {
    const { ids, opened } = await openStoreOf25Profiles();
    // A slow disk: every look at the clock finds another 10 ms gone, more than a list's 8 ms slice.
    let clock = performance.now();
    const { listed, turnsAtEachLook } = await listBesideOtherWork(opened, () => (clock += 10));

    expect(listed.sort()).toEqual([...ids].sort());
    // Between the list's first look at the clock and its last, the other work ran once per file at least.
    expect(turnsAtEachLook.at(-1)! - turnsAtEachLook[0]!).toBeGreaterThanOrEqual(ids.length);
  });
});

describe('a file from a newer version that this one can show', () => {
  it('is listed read-only, and every list says why', async () => {
    const id = randomUUID();
    const text = fileText({ ...profileFixture({ id, name: 'From the future' }), schemaVersion: 99, somethingNew: 1 });
    await writeSettledFile(path.join(dir, `${id}.json`), text);
    store = await openProfileStore({ dir });
    const notice = {
      kind: 'newer-version',
      file: `${id}.json`,
      message: `"From the future" (${id}.json) was saved by a newer version of Compute Explorer (format 99); it is shown read-only.`,
    };

    for (let list = 0; list < 2; list++) {
      const { profiles, notices } = await store.list();
      expect(profiles.filter((p) => !p.example)).toMatchObject([{ id, name: 'From the future', readOnly: true }]);
      expect(notices).toEqual([notice]);
    }
    expect(await readFile(path.join(dir, `${id}.json`), 'utf8')).toBe(text);
  });
});

describe('a file in an older format', () => {
  it('is listed, with one notice saying it was converted and where its original will be kept; again after a restart', async () => {
    const id = randomUUID();
    const text = '{ "memoryMB": 2048, "kind": "batch" }\n';
    await writeSettledFile(path.join(dir, `${id}.json`), text);
    const notice = {
      kind: 'migrated',
      file: `${id}.json`,
      message:
        '"Imported workload" is in an older format (0) and was converted as it loaded. ' +
        `Your next save writes the current format and keeps the original as ${id}.v0.backup.json.`,
    };

    store = await openProfileStore({ dir, now: steppingClock() });
    const first = await store.list();
    expect(first.profiles.filter((p) => !p.example)).toMatchObject([{ id, name: 'Imported workload' }]);
    expect(first.notices).toEqual([notice]);
    expect((await store.list()).notices).toEqual([]);
    await store.close();

    // The next start of the app reads the file again: the user hears about it in that session too.
    store = await openProfileStore({ dir, now: steppingClock() });
    const afterRestart = await store.list();
    expect(afterRestart.profiles.filter((p) => !p.example)).toMatchObject([{ id, name: 'Imported workload' }]);
    expect(afterRestart.notices).toEqual([notice]);
    expect(await readFile(path.join(dir, `${id}.json`), 'utf8')).toBe(text);
  });
});

describe('a profile file dropped into the folder while the app runs', () => {
  it('is taken in at the next list, under a fresh id', async () => {
    store = await openProfileStore({ dir, now: steppingClock() });
    expect(await usersProfiles(store)).toEqual([]);

    const dropped = profileFixture({ name: 'From a colleague' });
    await writeSettledFile(path.join(dir, 'colleague.json'), fileText(dropped));
    const listed = await usersProfiles(store);

    expect(listed).toMatchObject([{ name: 'From a colleague' }]);
    expect(listed[0]!.id).not.toBe(dropped.id);
    expect((await readdir(dir)).filter((name) => name.endsWith('.json'))).toEqual([`${listed[0]!.id}.json`]);
  });
});

describe('a list that fits in its slice', () => {
  it('runs in one go: with 8 ms gone (its whole slice) it does not wait behind other work', async () => {
    const { ids, opened } = await openStoreOf25Profiles();
    // The first list reads every file; the second is answered from the index, with nothing to wait for.
    expect(await usersProfiles(opened)).toHaveLength(ids.length);
    // The clock's first look starts the slice; every later look finds exactly 8 ms gone, not more.
    const start = performance.now();
    let looks = 0;
    const { listed, turnsAtEachLook } = await listBesideOtherWork(opened, () => (looks++ === 0 ? start : start + 8));

    expect(listed.sort()).toEqual([...ids].sort());
    expect(turnsAtEachLook).toHaveLength(ids.length + 1);
    expect(turnsAtEachLook.at(-1)! - turnsAtEachLook[0]!).toBe(0);
  });
});
