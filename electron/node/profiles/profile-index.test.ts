import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { PROFILE_SCHEMA_VERSION, type Profile } from '../../common/profiles/profile-schema';
import { INDEX_FILE, settledAt } from './profile-index';
import { openProfileStore, type ProfileStore } from './profile-store';
import { fileText, profileFixture, writeSettledFile } from './profile-test-helpers';
import type * as readProfileFileModule from './read-profile-file';
import { readProfileFile } from './read-profile-file';
import { folderForEachTest } from './testing/store-per-test';

// Counts the profile files the store opens and parses; each still reads for real.
vi.mock('./read-profile-file', async (original) => {
  const actual = await original<typeof readProfileFileModule>();
  return { ...actual, readProfileFile: vi.fn(actual.readProfileFile) };
});
const readsOf = (id: string) =>
  vi.mocked(readProfileFile).mock.calls.filter(([file]) => path.basename(file) === `${id}.json`).length;
const filesRead = () => vi.mocked(readProfileFile).mock.calls.length;

let dir: string;
let store: ProfileStore | undefined;
folderForEachTest(
  (folder) => (dir = folder),
  () => store,
);

/** Profiles the user saved a while ago (settled files: see settledAt). */
async function savedEarlier(...names: string[]): Promise<Profile[]> {
  const profiles = names.map((name) => profileFixture({ name, notes: `About ${name}` }));
  for (const profile of profiles) await writeSettledFile(path.join(dir, `${profile.id}.json`), fileText(profile));
  return profiles;
}

/** The app's next start: a new store on the same folder, its reads counted from here. */
async function restart(): Promise<ProfileStore> {
  await store?.close();
  vi.mocked(readProfileFile).mockClear();
  store = await openProfileStore({ dir });
  return store;
}

const userNames = async (opened: ProfileStore) =>
  (await opened.list()).profiles
    .filter((p) => !p.example)
    .map((p) => p.name)
    .sort();

describe('the profiles index: a start lists unchanged files without reading them', () => {
  it('lists every profile on the next start without opening a single file', async () => {
    await savedEarlier('Checkout API', 'Nightly ETL', 'Image resizer');
    expect(await userNames(await restart())).toEqual(['Checkout API', 'Image resizer', 'Nightly ETL']);
    expect(filesRead()).toBe(3);

    const next = await restart();
    const { profiles, notices } = await next.list();
    expect(filesRead()).toBe(0);
    expect(notices).toEqual([]);
    // What the list shows is what reading the files showed.
    expect(profiles.find((p) => p.name === 'Nightly ETL')).toMatchObject({
      readOnly: false,
      example: false,
      notesPreview: 'About Nightly ETL',
      revision: 1,
    });
  });

  it('re-reads a file edited by hand, even when the edit keeps its size', async () => {
    const [edited] = await savedEarlier('Checkout API', 'Nightly ETL');
    await (await restart()).list();
    const file = path.join(dir, `${edited!.id}.json`);
    // Same length, so only the file's time tells the edit apart.
    await writeFile(file, (await readFile(file, 'utf8')).replace('Checkout API', 'Checkout APX'));

    const next = await restart();
    expect(await userNames(next)).toEqual(['Checkout APX', 'Nightly ETL']);
    expect(filesRead()).toBe(1);
    expect(readsOf(edited!.id)).toBe(1);
  });

  it('never shows a profile whose file was deleted by hand', async () => {
    const [deleted] = await savedEarlier('Checkout API', 'Nightly ETL');
    await (await restart()).list();
    await rm(path.join(dir, `${deleted!.id}.json`));

    expect(await userNames(await restart())).toEqual(['Nightly ETL']);
    await store!.close();
    expect(await readFile(path.join(dir, INDEX_FILE), 'utf8')).not.toContain(deleted!.id);
  });

  it('shows a profile file copied in by hand', async () => {
    await savedEarlier('Checkout API');
    await (await restart()).list();
    const [added] = await savedEarlier('Copied in');

    expect(await userNames(await restart())).toEqual(['Checkout API', 'Copied in']);
    expect(readsOf(added!.id)).toBe(1);
    expect(filesRead()).toBe(1);
  });

  it('still sets aside and reports a profile damaged after it was indexed', async () => {
    const [damaged] = await savedEarlier('Checkout API', 'Nightly ETL');
    await (await restart()).list();
    await writeSettledFile(path.join(dir, `${damaged!.id}.json`), '{ "name": ');

    const next = await restart();
    const { profiles, notices } = await next.list();
    expect(profiles.filter((p) => !p.example).map((p) => p.name)).toEqual(['Nightly ETL']);
    expect(notices).toEqual([expect.objectContaining({ kind: 'corrupt' })]);
    expect(notices[0]!.file).toMatch(new RegExp(`^${damaged!.id}\\.corrupt-.*\\.json$`));
  });

  it('does not index a file written a moment ago, whose next change could keep its time', async () => {
    const fresh = profileFixture({ name: 'Just saved' });
    await writeFile(path.join(dir, `${fresh.id}.json`), fileText(fresh));
    await (await restart()).list();
    await restart();
    await store!.list();
    expect(readsOf(fresh.id)).toBe(1);
  });
});

describe('the profiles index is a cache, never the truth', () => {
  const broken: [string, (indexText: string) => string][] = [
    ['cut short', (text) => text.slice(0, text.length / 2)],
    ['not JSON at all', () => '\u0000\u0001binary'],
    ['another app’s file', () => JSON.stringify({ format: 'someone-else', entries: {} })],
    [
      'written for another profile format',
      (text) => text.replace(`"profileSchemaVersion":${PROFILE_SCHEMA_VERSION}`, '"profileSchemaVersion":99'),
    ],
  ];

  for (const [what, damage] of broken) {
    it(`ignores an index that is ${what}: every profile is read and listed, and the index is rebuilt`, async () => {
      await savedEarlier('Checkout API', 'Nightly ETL');
      await (await restart()).list();
      await store!.close();
      const indexFile = path.join(dir, INDEX_FILE);
      await writeFile(indexFile, damage(await readFile(indexFile, 'utf8')));

      expect(await userNames(await restart())).toEqual(['Checkout API', 'Nightly ETL']);
      expect(filesRead()).toBe(2);
      expect(await userNames(await restart())).toEqual(['Checkout API', 'Nightly ETL']);
      expect(filesRead()).toBe(0);
    });
  }

  it('ignores an entry filed under another profile’s id', async () => {
    const [first, second] = await savedEarlier('Checkout API', 'Nightly ETL');
    await (await restart()).list();
    await store!.close();
    const indexFile = path.join(dir, INDEX_FILE);
    const index = JSON.parse(await readFile(indexFile, 'utf8'));
    // The first file's stamp with the second profile's summary: a forged or mixed-up entry.
    index.entries[first!.id].summary = index.entries[second!.id].summary;
    await writeFile(indexFile, JSON.stringify(index));

    expect(await userNames(await restart())).toEqual(['Checkout API', 'Nightly ETL']);
    expect(readsOf(first!.id)).toBe(1);
  });

  it('lists every profile when the index cannot be read or written (a folder in its place)', async () => {
    await savedEarlier('Checkout API', 'Nightly ETL');
    await mkdir(path.join(dir, INDEX_FILE));
    expect(await userNames(await restart())).toEqual(['Checkout API', 'Nightly ETL']);
    expect(await userNames(await restart())).toEqual(['Checkout API', 'Nightly ETL']);
  });
});

describe('when a file counts as settled enough to index', () => {
  // Stamps taken at t = 1,700,000,000,123.456 ms: a fine-grained file system.
  const fine = { size: 10, mtimeMs: 1_700_000_000_123.456, ctimeMs: 1_700_000_000_123.456, ino: 1 };
  // Whole seconds: FAT and other coarse file systems (FAT keeps 2 s).
  const coarse = { ...fine, mtimeMs: 1_700_000_000_000 };

  it('waits 100 ms on a fine-grained file system and 3 s on a coarse one', () => {
    expect(settledAt(fine, fine.mtimeMs + 50)).toBe(false);
    expect(settledAt(fine, fine.mtimeMs + 100)).toBe(true);
    expect(settledAt(coarse, coarse.mtimeMs + 2_000)).toBe(false);
    expect(settledAt(coarse, coarse.mtimeMs + 3_000)).toBe(true);
    // A file dated in the future (another machine's clock) is never settled.
    expect(settledAt(fine, fine.mtimeMs - 1_000)).toBe(false);
  });
});
