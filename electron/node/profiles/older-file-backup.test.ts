import { randomUUID } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openProfileStore, type ProfileStore } from './profile-store';
import { steppingClock, tempProfilesDir, writeSettledFile } from './profile-test-helpers';

let dir: string;
let cleanUp: () => Promise<void>;
let store: ProfileStore;

beforeEach(async () => {
  ({ dir, cleanUp } = await tempProfilesDir());
  await mkdir(dir, { recursive: true });
  store = await openProfileStore({ dir, now: steppingClock() });
});
afterEach(async () => {
  await store.close();
  await cleanUp();
});

describe('the backup of a file from an older version', () => {
  it('keeps the first original when an older file is put back and saved again', async () => {
    const id = randomUUID();
    const first = '{ "memoryMB": 2048, "kind": "batch" }\n';
    await writeSettledFile(path.join(dir, `${id}.json`), first);
    const { profile } = await store.get(id);
    await store.save({ ...profile, baseRevision: profile.revision });

    // The user copies an older file of the same name back in (from another machine, say) and saves it too.
    const second = '{ "memoryMB": 4096, "kind": "batch" }\n';
    await writeSettledFile(path.join(dir, `${id}.json`), second);
    const again = await store.get(id);
    expect(again.profile.workload.memoryMB).toBe(4096);
    await store.save({ ...again.profile, baseRevision: again.profile.revision });

    expect(await readFile(path.join(dir, `${id}.v0.backup.json`), 'utf8')).toBe(first);
  });
});
