import { randomUUID } from 'node:crypto';
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openProfileStore, type ProfileStore } from './profile-store';
import { fileText, profileFixture, steppingClock, writeSettledFile } from './profile-test-helpers';
import { SETTLE_MS } from './settling';
import { createStoreContext, observe, readStored, type StoredRead } from './store-context';
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

/** An older-format file (no schemaVersion: format 0), as a user may have kept from an old version. */
const olderFile = (memoryMB: number) => `{ "memoryMB": ${memoryMB}, "kind": "batch" }\n`;
const EDITED_OUTSIDE =
  '"Imported workload" was changed elsewhere since you opened it (its file was edited outside the app; perhaps in another window). ' +
  'Nothing was overwritten: reload it to see the latest version, or save yours as a copy.';

describe('an older-format file edited by hand, keeping its revision', () => {
  it('is listed with the edit and left exactly as the user wrote it: not converted, no backup', async () => {
    const id = randomUUID();
    const file = path.join(dir, `${id}.json`);
    await writeSettledFile(file, olderFile(2048));
    store = await openProfileStore({ dir, now: steppingClock() });
    expect((await store.list()).profiles.find((p) => p.id === id)).toMatchObject({ revision: 1 });

    await writeSettledFile(file, olderFile(4096));
    const listed = (await store.list()).profiles.find((p) => p.id === id);

    expect(listed).toMatchObject({ revision: 1 });
    expect(await readFile(file, 'utf8')).toBe(olderFile(4096));
    expect((await store.get(id)).profile).toMatchObject({ revision: 1, workload: { memoryMB: 4096 } });
    expect(await readFile(file, 'utf8')).toBe(olderFile(4096));
    expect(await readdir(dir)).not.toContainEqual(expect.stringContaining('.backup.'));
  });

  it('cannot be saved over by a window that opened it before the edit, even after a list showed the edit', async () => {
    const id = randomUUID();
    const file = path.join(dir, `${id}.json`);
    await writeSettledFile(file, olderFile(2048));
    store = await openProfileStore({ dir, now: steppingClock() });
    const { profile: opened } = await store.get(id);

    await writeSettledFile(file, olderFile(4096));
    await store.list();

    await expect(store.save({ ...opened, notes: 'mine', baseRevision: opened.revision })).rejects.toMatchObject({
      message: EDITED_OUTSIDE,
    });
    expect(await readFile(file, 'utf8')).toBe(olderFile(4096));
  });

  it('can be saved by a window that opened it after the edit', async () => {
    const id = randomUUID();
    const file = path.join(dir, `${id}.json`);
    await writeSettledFile(file, olderFile(2048));
    store = await openProfileStore({ dir, now: steppingClock() });
    await store.list();

    await writeSettledFile(file, olderFile(4096));
    const { profile: opened } = await store.get(id);
    expect(opened.workload.memoryMB).toBe(4096);
    const saved = await store.save({ ...opened, notes: 'mine', baseRevision: opened.revision });

    expect(saved).toMatchObject({ revision: 2, notes: 'mine' });
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ revision: 2, notes: 'mine' });
    expect(saved.workload.memoryMB).toBe(4096);
  });
});

/** The store's record of what it has seen, driven read by read on a real file. */
describe('what the store remembers of each file', () => {
  let ctx: ReturnType<typeof createStoreContext>;
  afterEach(() => ctx?.dispose());

  async function readOk(id: string): Promise<Extract<StoredRead, { kind: 'ok' }>> {
    const read = await readStored(ctx, id);
    if (read.kind !== 'ok') throw new Error(`expected a readable profile, found ${read.kind}`);
    return read;
  }

  it('a hand edit read by two windows at once gets one new revision, written once', async () => {
    ctx = createStoreContext(dir, steppingClock());
    const original = profileFixture({ name: 'Before', revision: 3 });
    const file = path.join(dir, `${original.id}.json`);
    await writeSettledFile(file, fileText(original));
    await observe(ctx, await readOk(original.id), false);

    await writeSettledFile(file, fileText({ ...original, name: 'Edited by hand' }));
    const [first, second] = [await readOk(original.id), await readOk(original.id)];
    const seen = await Promise.all([observe(ctx, first, true), observe(ctx, second, true)]);

    expect(seen.map((p) => [p?.name, p?.revision])).toEqual([
      ['Edited by hand', 4],
      ['Edited by hand', 4],
    ]);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ name: 'Edited by hand', revision: 4 });
  });

  it('a read from before a save, arriving after it, does not make the store forget the save', async () => {
    ctx = createStoreContext(dir, steppingClock());
    const first = profileFixture({ name: 'First', revision: 1 });
    const file = path.join(dir, `${first.id}.json`);
    await writeSettledFile(file, fileText(first));
    const early = await readOk(first.id);
    await observe(ctx, early, false);
    await writeSettledFile(file, fileText({ ...first, name: 'Saved', revision: 2 }));
    await observe(ctx, await readOk(first.id), false);

    // A list that read the file just before the save records what it found only now.
    expect(await observe(ctx, early, false)).toMatchObject({ name: 'First', revision: 1 });

    // So the saved content is still what a hand edit is measured against: the edit gets a revision of its own.
    await writeSettledFile(file, fileText({ ...first, name: 'Edited by hand', revision: 2 }));
    expect(await observe(ctx, await readOk(first.id), false)).toMatchObject({ name: 'Edited by hand', revision: 3 });
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ name: 'Edited by hand', revision: 3 });
  });
});
