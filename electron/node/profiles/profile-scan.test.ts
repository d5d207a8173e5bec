import { randomUUID } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openProfileStore, type ProfileStore } from './profile-store';
import { fileText, profileFixture, writeSettledFile } from './profile-test-helpers';
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

describe('a long list', () => {
  it('takes turns with other work between files, so a slow folder does not hold up the app', async () => {
    const ids = Array.from({ length: 25 }, () => randomUUID());
    for (const [n, id] of ids.entries()) {
      await writeSettledFile(path.join(dir, `${id}.json`), fileText(profileFixture({ id, name: `Profile ${n}` })));
    }
    store = await openProfileStore({ dir });
    // Other work (another window's request), counted each time it gets a turn.
    let turns = 0;
    let working = true;
    const otherWork = () => {
      turns++;
      if (working) setImmediate(otherWork);
    };
    // A slow disk: every look at the clock finds another 10 ms gone, more than a list's 8 ms slice.
    let clock = performance.now();
    const turnsAtEachLook: number[] = [];
    const slowClock = vi.spyOn(performance, 'now').mockImplementation(() => {
      turnsAtEachLook.push(turns);
      return (clock += 10);
    });
    let listed: string[];
    try {
      setImmediate(otherWork);
      listed = (await usersProfiles(store)).map((p) => p.id);
    } finally {
      working = false;
      slowClock.mockRestore();
    }

    expect(listed.sort()).toEqual([...ids].sort());
    // Between the list's first look at the clock and its last, the other work ran once per file at least.
    expect(turnsAtEachLook.at(-1)! - turnsAtEachLook[0]!).toBeGreaterThanOrEqual(ids.length);
  });
});
