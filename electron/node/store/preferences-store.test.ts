import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES } from '../../common/ipc-schemas';
import { createPreferencesStore, PREFERENCES_FILE } from './preferences-store';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'prefs-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('preferences store', () => {
  it('starts from defaults and persists an update to disk', async () => {
    const store = createPreferencesStore(dir);
    expect((await store.get()).preferences).toEqual(DEFAULT_PREFERENCES);
    await store.update({ theme: 'dark', compareIds: ['batch', 'lambda'] });
    const onDisk = JSON.parse(await readFile(path.join(dir, PREFERENCES_FILE), 'utf8'));
    expect(onDisk).toMatchObject({ theme: 'dark', compareIds: ['batch', 'lambda'] });
    expect((await createPreferencesStore(dir).get()).preferences.theme).toBe('dark');
  });

  it.each([
    ['an empty file', ''],
    ['truncated JSON', '{"theme": "da'],
    ['a JSON array', '[1,2]'],
    ['wrong types', '{"theme": 3, "lastRoute": "#/", "compareIds": ["ec2","lambda"], "lastOptionId": "lambda"}'],
  ])('sets aside %s, reports it, and falls back to defaults', async (_name, content) => {
    await writeFile(path.join(dir, PREFERENCES_FILE), content);
    const reply = await createPreferencesStore(dir).get();
    expect(reply.preferences).toEqual(DEFAULT_PREFERENCES);
    expect(reply.notice).toMatch(/could not be read .* kept as preferences\.corrupt-.*\.json/);
    const files = await readdir(dir);
    const kept = files.find((f) => f.startsWith('preferences.corrupt-'));
    expect(kept).toBeDefined();
    expect(await readFile(path.join(dir, kept!), 'utf8')).toBe(content);
  });

  it('serialises concurrent updates so none is lost', async () => {
    const store = createPreferencesStore(dir);
    await Promise.all([store.update({ theme: 'dark' }), store.update({ lastRoute: '#/service/ecs' })]);
    const { preferences } = await store.get();
    expect(preferences).toMatchObject({ theme: 'dark', lastRoute: '#/service/ecs' });
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
