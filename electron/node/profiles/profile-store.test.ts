import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKLOAD } from '../../common/pricing/workload-schema';
import { EXAMPLE_PROFILES } from '../../common/profiles/examples';
import { PROFILE_SCHEMA_VERSION, PROFILE_TEXT_MAX, profileSchema } from '../../common/profiles/profile-schema';
import { RegionBooks } from '../price-books/region-books';
import { runPriceCli } from '../price-cli';
import { openProfileStore, ProfileStoreError, type ProfileStore } from './profile-store';
import { fileText, snapshotDir, writeSettledFile } from './profile-test-helpers';
import { storeForEachTest } from './testing/store-per-test';

let dir: string;
let store: ProfileStore;
storeForEachTest((fresh) => ({ dir, store } = fresh));

const workload = { ...DEFAULT_WORKLOAD, memoryMB: 1024 };
const onDisk = async (id: string) => JSON.parse(await readFile(path.join(dir, `${id}.json`), 'utf8'));

async function refusal(promise: Promise<unknown>): Promise<ProfileStoreError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProfileStoreError);
  return error as ProfileStoreError;
}

describe('profile store: everyday use', () => {
  it('shows a new user the examples, marked as read-only examples', async () => {
    const { profiles, notices } = await store.list();
    expect(notices).toEqual([]);
    expect(profiles.map((p) => p.id).sort()).toEqual(EXAMPLE_PROFILES.map((e) => e.id).sort());
    expect(profiles.every((p) => p.example && p.readOnly)).toBe(true);
  });

  it('creates a profile as <id>.json and lists it first', async () => {
    const created = await store.create({ name: 'Checkout API', notes: 'Black Friday', workload });
    expect(created).toMatchObject({
      name: 'Checkout API',
      notes: 'Black Friday',
      revision: 1,
      schemaVersion: PROFILE_SCHEMA_VERSION,
    });
    expect(await readdir(dir)).toContain(`${created.id}.json`);
    expect(profileSchema.parse(await onDisk(created.id))).toEqual(created);
    const { profiles } = await store.list();
    expect(profiles[0]).toMatchObject({
      id: created.id,
      example: false,
      readOnly: false,
      notesPreview: 'Black Friday',
    });
  });

  it('saves a new revision and refuses a save based on an old one, changing nothing', async () => {
    const created = await store.create({ name: 'Checkout API', workload });
    const saved = await store.save({ ...created, notes: 'v2', baseRevision: 1 });
    expect(saved).toMatchObject({ revision: 2, notes: 'v2', createdAt: created.createdAt });
    expect(saved.updatedAt > created.updatedAt).toBe(true);
    const before = await snapshotDir(dir);
    const stale = await refusal(store.save({ ...created, notes: 'lost?', baseRevision: 1 }));
    expect(stale.code).toBe('stale');
    expect(stale.message).toMatch(/changed elsewhere.*revision 2.*reload.*save yours as a copy/s);
    expect(await snapshotDir(dir)).toEqual(before);
  });

  it('hands out copies: a caller changing its profile object does not change what the store knows', async () => {
    const created = await store.create({ name: 'Mine', workload });
    const { profile } = await store.get(created.id);
    profile.workload.memoryMB = 4096;
    profile.notes = 'changed in memory only';
    await expect(store.save({ ...profile, baseRevision: 1 })).resolves.toMatchObject({ revision: 2 });
  });

  it('renames, keeping the workload', async () => {
    const created = await store.create({ name: 'Old', workload });
    const renamed = await store.rename({ id: created.id, name: 'New', baseRevision: 1 });
    expect(renamed).toMatchObject({ name: 'New', revision: 2, workload });
  });

  it("serves examples read-only; a copy of one is the user's own", async () => {
    const example = EXAMPLE_PROFILES[0]!;
    const got = await store.get(example.id);
    expect(got.readOnly).toBe(true);
    got.profile.workload.memoryMB = 1;
    expect((await store.get(example.id)).profile).toEqual(example);
    for (const attempt of [
      store.save({ id: example.id, name: 'x', notes: '', workload, baseRevision: 1 }),
      store.rename({ id: example.id, name: 'x', baseRevision: 1 }),
      store.remove(example.id),
    ]) {
      expect((await refusal(attempt)).code).toBe('read-only');
    }
    const copy = await store.duplicate(example.id);
    expect(copy).toMatchObject({ name: `${example.name} (copy)`, revision: 1, workload: example.workload });
    expect(copy.id).not.toBe(example.id);
    expect((await store.get(copy.id)).readOnly).toBe(false);
    expect((await store.duplicate(example.id)).name).toBe(`${example.name} (copy) (2)`);
  });

  it('removes to the trash and restores with the undo token', async () => {
    const created = await store.create({ name: 'Doomed', workload });
    const { undoToken } = await store.remove(created.id);
    expect(await readdir(dir)).not.toContain(`${created.id}.json`);
    expect(await readdir(path.join(dir, '.trash'))).toEqual([`${undoToken}.json`]);
    expect((await store.list()).profiles.some((p) => p.id === created.id)).toBe(false);
    expect((await refusal(store.get(created.id))).code).toBe('not-found');
    expect(await store.restore(undoToken)).toEqual(created);
    expect((await store.get(created.id)).profile).toEqual(created);
    expect((await refusal(store.restore(undoToken))).code).toBe('exists');
  });

  it('refuses undo tokens that are not its own without touching the disk', async () => {
    const before = await snapshotDir(dir);
    for (const token of ['../../etc/passwd', '', 'x'.repeat(10_000), `${crypto.randomUUID()}/..`, 42, null]) {
      expect((await refusal(store.restore(token as string))).code).toBe('invalid');
    }
    const unknown = `${crypto.randomUUID()}.0123456789ab`;
    expect((await refusal(store.restore(unknown))).code).toBe('not-found');
    expect(await snapshotDir(dir)).toEqual(before);
  });

  it('exports a safely named file that imports again as a new profile and prices with `npm run price`', async () => {
    const created = await store.create({ name: 'Checkout API / EU', notes: 'n', workload });
    const exported = await store.exportProfile(created.id);
    expect(exported.fileName).toBe('checkout-api-eu.json');
    const imported = await store.importText(exported.text, exported.fileName);
    expect(imported.id).not.toBe(created.id);
    expect(imported).toMatchObject({ name: 'Checkout API / EU (2)', notes: 'n', workload, revision: 1 });
    let out = '';
    const io = {
      readFile: async () => exported.text,
      writeFile: async () => undefined,
      readBytes: async () => new Uint8Array(),
      stdout: (s: string) => (out += s),
      stderr: (s: string) => (out += s),
      // No imported books here: the workload is priced with the bundled us-east-1 book.
      books: () => RegionBooks.inDataDir(path.join(dir, 'no-data-folder')),
    };
    expect(await runPriceCli(['x.json', '--json'], io)).toBe(0);
    expect(JSON.parse(out).options.length).toBeGreaterThan(0);
  });

  it('imports a pre-profile workload file, naming it after the file', async () => {
    const imported = await store.importText(JSON.stringify({ memoryMB: 2048 }), 'C:\\fakepath\\nightly-etl.json');
    expect(imported).toMatchObject({ name: 'nightly-etl', workload: { memoryMB: 2048 }, revision: 1 });
    expect((await store.importText('{}')).name).toBe('Imported workload');
  });

  it('accepts a hand-written profile with schemaVersion 1 and no dates or revision, as it does one without schemaVersion', async () => {
    const handWritten = { name: 'Hand written', notes: 'typed in an editor', workload: { memoryMB: 2048 } };
    const withVersion = await store.importText(JSON.stringify({ schemaVersion: 1, ...handWritten }));
    const withoutVersion = await store.importText(JSON.stringify(handWritten));
    for (const imported of [withVersion, withoutVersion]) {
      expect(imported).toMatchObject({ notes: 'typed in an editor', workload: { memoryMB: 2048 }, revision: 1 });
      expect(imported.createdAt).toBe(imported.updatedAt);
      expect(Date.parse(imported.createdAt)).toBeGreaterThan(Date.parse('2025-01-01'));
    }
    expect([withVersion.name, withoutVersion.name]).toEqual(['Hand written', 'Hand written (2)']);
    expect(withVersion.workload).toEqual(withoutVersion.workload);
  });

  it('never trusts an imported id: a file claiming an existing id becomes a new profile', async () => {
    const created = await store.create({ name: 'Mine', workload });
    const imported = await store.importText(fileText({ ...created, name: 'Theirs', revision: 99 }));
    expect(imported.id).not.toBe(created.id);
    expect((await store.get(created.id)).profile).toEqual(created);
  });

  it('sorts by last change, newest first, then by name', async () => {
    const a = await store.create({ name: 'B first', workload });
    const b = await store.create({ name: 'A second', workload });
    await store.save({ ...a, baseRevision: 1 });
    const ids = (await store.list()).profiles.filter((p) => !p.example).map((p) => p.id);
    expect(ids).toEqual([a.id, b.id]);
  });

  it('sweeps temp files left by a crash when it opens', async () => {
    const created = await store.create({ name: 'x', workload });
    await writeFile(path.join(dir, `${created.id}.json.abcdef012345.tmp`), '{"half');
    await writeFile(path.join(dir, 'my-own-notes.tmp'), 'not ours');
    const reopened = await openProfileStore({ dir });
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual(['my-own-notes.tmp']);
    await reopened.close();
  });
});

describe('profile store: what a save, a refusal and a dropped-in file leave behind', () => {
  it('writes no backup when saving a profile already in the current format', async () => {
    const created = await store.create({ name: 'Checkout API', workload });
    await store.save({ ...created, notes: 'v2', baseRevision: 1 });
    expect((await readdir(dir)).filter((f) => f.endsWith('.json'))).toEqual([`${created.id}.json`]);
  });

  it('keeps the price book recorded for the Region when a save in that Region leaves it out', async () => {
    const priceBook = { region: workload.region, version: '2025.10.1' };
    const created = await store.create({ name: 'Checkout API', workload, priceBook });
    const saved = await store.save({ id: created.id, name: 'Checkout API', notes: 'v2', workload, baseRevision: 1 });
    expect(saved.priceBook).toEqual(priceBook);
    expect((await onDisk(created.id)).priceBook).toEqual(priceBook);
  });

  it('says an example id that names no example is not found, rather than read-only', async () => {
    expect(await refusal(store.get('example-not-shipped'))).toMatchObject({
      code: 'not-found',
      message: 'This profile no longer exists: it was deleted or its file was moved. Save yours as a copy to keep it.',
    });
  });

  it('names the input a rename refused', async () => {
    expect((await refusal(store.rename(null as never))).message).toBe(
      'The profile: expected an object. Nothing was saved.',
    );
  });

  it('refuses an import that is not text, or is over 1 MB, in exact words, saving nothing', async () => {
    const before = await snapshotDir(dir);
    expect((await refusal(store.importText(42 as never))).message).toBe(
      'This file cannot be imported: expected the text of a JSON file. Nothing was saved.',
    );
    expect((await refusal(store.importText('[]'))).message).toBe(
      'This file cannot be imported: expected a JSON object, found an array. Nothing was saved.',
    );
    const tooBig = `{"memoryMB": 2048}${' '.repeat(PROFILE_TEXT_MAX - 17)}`;
    expect(tooBig.length).toBe(PROFILE_TEXT_MAX + 1);
    expect((await refusal(store.importText(tooBig, 'big.json'))).message).toBe(
      '“big.json” cannot be imported: the file is larger than 1 MB. Nothing was saved.',
    );
    expect(await snapshotDir(dir)).toEqual(before);
  });

  it('imports a file of exactly 1 MB', async () => {
    const atCap = `{"memoryMB": 2048}${' '.repeat(PROFILE_TEXT_MAX - 18)}`;
    expect(atCap.length).toBe(PROFILE_TEXT_MAX);
    const imported = await store.importText(atCap, 'at-cap.json');
    expect(imported).toMatchObject({ name: 'at-cap', workload: { memoryMB: 2048 } });
  });

  it('saves an older-format file the user opened after editing it by hand', async () => {
    const id = crypto.randomUUID();
    const file = path.join(dir, `${id}.json`);
    await writeSettledFile(file, '{ "memoryMB": 512, "kind": "batch" }\n');
    expect((await store.get(id)).profile.workload.memoryMB).toBe(512);
    await writeSettledFile(file, '{ "memoryMB": 16384, "kind": "batch" }\n');
    const { profile } = await store.get(id);
    expect(profile.workload.memoryMB).toBe(16384);
    const saved = await store.save({ ...profile, notes: 'kept', baseRevision: profile.revision });
    expect(await onDisk(id)).toMatchObject({ notes: 'kept', workload: { memoryMB: 16384 }, revision: saved.revision });
  });

  it('wakes a waiting poll when a JSON file is dropped into the folder', async () => {
    await store.list();
    const since = await store.waitForChange(-1, 0);
    const woken = store.waitForChange(since, 5_000);
    await writeFile(path.join(dir, 'dropped-in.json'), JSON.stringify({ memoryMB: 2048 }));
    expect(await woken, 'the poll was woken by the drop, not by its timeout').toBeGreaterThan(since);
  });
});
