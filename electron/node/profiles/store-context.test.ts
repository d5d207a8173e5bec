import { randomUUID } from 'node:crypto';
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openProfileStore, type ProfileStore } from './profile-store';
import { profileFixture } from './profile-test-helpers';
import { SETTLE_MS } from './settling';
import { createStoreContext } from './store-context';
import { folderForEachTest } from './testing/store-per-test';

let dir: string;
let store: ProfileStore | undefined;
folderForEachTest(
  (folder) => (dir = folder),
  () => store,
);
afterEach(() => {
  vi.useRealTimers();
});

describe('another look at files that were being written', () => {
  it('asked for several times while one is pending, comes once, after the files have had time to settle', () => {
    vi.useFakeTimers();
    const ctx = createStoreContext(dir, () => new Date());

    ctx.recheckSoon();
    ctx.recheckSoon();
    vi.advanceTimersByTime(SETTLE_MS);
    expect(ctx.signal.current).toBe(0);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(ctx.signal.current).toBe(1);
    ctx.dispose();
  });

  it('does not come once the store is closed', () => {
    vi.useFakeTimers();
    const ctx = createStoreContext(dir, () => new Date());

    ctx.recheckSoon();
    ctx.dispose();
    vi.advanceTimersByTime(10 * SETTLE_MS);
    expect(ctx.signal.current).toBe(0);
  });

  it('opening a damaged profile that is still being written says so, and leaves it in place', async () => {
    store = await openProfileStore({ dir });
    const id = randomUUID();
    // Written just now: an editor or a copy may still be at work on it.
    await writeFile(path.join(dir, `${id}.json`), '[1]');

    await expect(store.get(id)).rejects.toMatchObject({
      message:
        "This profile's file can no longer be read (expected a JSON object, found an array; it is being written). " +
        'Nothing was overwritten: save yours as a copy to keep it.',
    });
    expect((await readdir(dir)).filter((name) => name.includes('.corrupt-'))).toEqual([]);
    expect(await readFile(path.join(dir, `${id}.json`), 'utf8')).toBe('[1]');
  });
});

/**
 * A hand-written profile may leave out its dates: it is then dated by the
 * file's modification time, so touching the file changes what it reads as
 * without anyone having edited it.
 */
describe('a hand-written profile without dates', () => {
  const at = (iso: string) => new Date(iso);
  const handWritten = (id: string) => {
    const { schemaVersion, name, notes, workload, deck } = profileFixture({ id, name: 'By hand' });
    return { schemaVersion, id, name, notes, workload, deck };
  };

  it('touched but not changed is not an edit: the file stays as the user wrote it', async () => {
    const id = randomUUID();
    const file = path.join(dir, `${id}.json`);
    const text = JSON.stringify(handWritten(id), null, 2);
    await writeFile(file, text);
    await utimes(file, at('2025-03-01T10:00:00.000Z'), at('2025-03-01T10:00:00.000Z'));

    store = await openProfileStore({ dir });
    expect((await store.list()).profiles.find((p) => p.id === id)).toMatchObject({ revision: 1 });

    await utimes(file, at('2025-03-02T10:00:00.000Z'), at('2025-03-02T10:00:00.000Z'));
    expect((await store.list()).profiles.find((p) => p.id === id)).toMatchObject({ revision: 1 });

    expect(await readFile(file, 'utf8')).toBe(text);
  });
});
