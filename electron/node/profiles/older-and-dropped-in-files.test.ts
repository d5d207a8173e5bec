import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKLOAD } from '../../common/pricing/workload-schema';
import { profileSchema } from '../../common/profiles/profile-schema';
import { openProfileStore, type ProfileStore } from './profile-store';
import { fileText, profileFixture, writeSettledFile } from './profile-test-helpers';
import { folderForEachTest } from './testing/store-per-test';

let dir: string;
let store: ProfileStore | undefined;
folderForEachTest(
  (folder) => (dir = folder),
  () => store,
);

const onDisk = async (name: string) => JSON.parse(await readFile(path.join(dir, name), 'utf8'));

describe('files from older versions', () => {
  it('migrates a bare workload on load and keeps the original bytes before the first write', async () => {
    const id = randomUUID();
    const original = '{ "memoryMB": 2048, "kind": "batch" }\n';
    await writeFile(path.join(dir, `${id}.json`), original);
    store = await openProfileStore({ dir });

    const { profiles, notices } = await store.list();
    expect(profiles.find((p) => p.id === id)).toMatchObject({ name: 'Imported workload', readOnly: false });
    expect(notices).toEqual([expect.objectContaining({ kind: 'migrated', file: `${id}.json` })]);
    expect((await store.list()).notices).toEqual([]);
    expect(await readFile(path.join(dir, `${id}.json`), 'utf8')).toBe(original);

    const { profile } = await store.get(id);
    expect(profile.workload).toMatchObject({ memoryMB: 2048, kind: 'batch' });
    const saved = await store.save({ ...profile, name: 'Nightly ETL', baseRevision: profile.revision });
    expect(saved.revision).toBe(2);
    expect(await readFile(path.join(dir, `${id}.v0.backup.json`), 'utf8')).toBe(original);
    expect(profileSchema.parse(await onDisk(`${id}.json`))).toEqual(saved);

    await store.save({ ...saved, notes: 'again', baseRevision: 2 });
    expect(await readFile(path.join(dir, `${id}.v0.backup.json`), 'utf8')).toBe(original);
  });
});

describe('files dropped into the folder by hand', () => {
  it('turns an old workload file into a profile named after the file, keeping the original', async () => {
    const original = JSON.stringify({ workload: { durationMs: 900 } });
    await writeSettledFile(path.join(dir, 'checkout-api.json'), original);
    store = await openProfileStore({ dir });
    const { profiles, notices } = await store.list();
    const adopted = profiles.find((p) => !p.example);
    expect(adopted).toMatchObject({ name: 'checkout-api', readOnly: false });
    expect(notices).toEqual([expect.objectContaining({ kind: 'migrated', file: 'checkout-api.json' })]);
    const files = await readdir(dir);
    expect(files).not.toContain('checkout-api.json');
    expect(files).toContain(`${adopted!.id}.json`);
    expect(await readFile(path.join(dir, `${adopted!.id}.v0.backup.json`), 'utf8')).toBe(original);
    expect(await readdir(path.join(dir, '.incoming'))).toEqual([]);
  });

  it('gives an exported profile dropped back in a new id of its own', async () => {
    store = await openProfileStore({ dir });
    const mine = await store.create({ name: 'Mine', workload: DEFAULT_WORKLOAD });
    const { fileName, text } = await store.exportProfile(mine.id);
    await writeSettledFile(path.join(dir, fileName), text);
    const users = (await store.list()).profiles.filter((p) => !p.example);
    expect(users.map((p) => p.name)).toEqual(['Mine', 'Mine']);
    expect(new Set(users.map((p) => p.id)).size).toBe(2);
    expect((await store.get(mine.id)).profile).toEqual(mine);
  });

  it('sets aside a dropped-in file that is not a profile, under its own name', async () => {
    await writeSettledFile(path.join(dir, 'shopping list.json'), '["eggs"]');
    store = await openProfileStore({ dir });
    const { notices } = await store.list();
    expect(notices).toEqual([expect.objectContaining({ kind: 'corrupt' })]);
    expect(notices[0]!.file).toMatch(/^shopping list\.corrupt-.*\.json$/);
    expect(await readFile(path.join(dir, notices[0]!.file), 'utf8')).toBe('["eggs"]');
  });

  it('waits for a file still being copied in before adopting it', async () => {
    await writeFile(path.join(dir, 'copying.json'), '{"workload": {"memo');
    store = await openProfileStore({ dir });
    expect((await store.list()).notices).toEqual([]);
    expect(await readdir(dir)).toContain('copying.json');
  });

  it('leaves files that are not JSON alone', async () => {
    await writeFile(path.join(dir, 'README.txt'), 'hello');
    store = await openProfileStore({ dir });
    expect((await store.list()).notices).toEqual([]);
    expect(await readdir(dir)).toContain('README.txt');
  });

  it('finishes a claim a crash left half done, without duplicating it', async () => {
    const id = randomUUID();
    await mkdir(path.join(dir, '.incoming'), { recursive: true });
    await writeFile(path.join(dir, '.incoming', `${id}--team.json`), fileText(profileFixture({ name: 'Team' })));
    store = await openProfileStore({ dir });
    const users = (await store.list()).profiles.filter((p) => !p.example);
    expect(users).toEqual([expect.objectContaining({ id, name: 'Team' })]);
    expect(await readdir(path.join(dir, '.incoming'))).toEqual([]);
  });
});
