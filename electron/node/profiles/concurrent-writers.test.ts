import { randomUUID } from 'node:crypto';
import { mkdir, readFile, readdir, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_WORKLOAD } from '../../common/pricing/workload-schema';
import { profileSchema } from '../../common/profiles/profile-schema';
import { openProfileStore, type ProfileStore } from './profile-store';
import { tempProfilesDir } from './profile-test-helpers';

let dir: string;
let cleanUp: () => Promise<void>;
const stores: ProfileStore[] = [];

beforeEach(async () => {
  ({ dir, cleanUp } = await tempProfilesDir());
});
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  await cleanUp();
});

async function open(): Promise<ProfileStore> {
  const store = await openProfileStore({ dir });
  stores.push(store);
  return store;
}

const ROUNDS = 25;

/** Both writers save the same base revision at once; returns what each got. */
async function race(first: ProfileStore, second: ProfileStore) {
  const created = await first.create({ name: 'Contested', workload: DEFAULT_WORKLOAD });
  const results = await Promise.allSettled([
    first.save({ ...created, notes: 'first', baseRevision: 1 }),
    second.save({ ...created, notes: 'second', baseRevision: 1 }),
  ]);
  const winners = results.filter((r) => r.status === 'fulfilled');
  const losers = results.filter((r) => r.status === 'rejected');
  const onDisk = profileSchema.parse(JSON.parse(await readFile(path.join(dir, `${created.id}.json`), 'utf8')));
  return { winners, losers, onDisk };
}

describe('two writers, one profile, the same base revision', () => {
  it('two store instances on one folder: exactly one wins, the other is told its save is stale', async () => {
    const [a, b] = [await open(), await open()];
    for (let round = 0; round < ROUNDS; round++) {
      const { winners, losers, onDisk } = await race(a, b);
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(1);
      expect((losers[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'stale' });
      expect(onDisk).toEqual((winners[0] as PromiseFulfilledResult<unknown>).value);
      expect(onDisk.revision).toBe(2);
    }
  });

  it('two concurrent saves on one instance: exactly one wins', async () => {
    const store = await open();
    for (let round = 0; round < ROUNDS; round++) {
      const { winners, losers, onDisk } = await race(store, store);
      expect(winners).toHaveLength(1);
      expect((losers[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'stale' });
      expect(onDisk.notes).toBe('first');
    }
  });

  it('leaves no lock or temp files behind', async () => {
    const [a, b] = [await open(), await open()];
    await race(a, b);
    expect((await readdir(dir)).filter((f) => !f.endsWith('.json'))).toEqual([]);
  });
});

describe('locks left by a crashed process', () => {
  it('takes over a lock whose process is gone', async () => {
    const store = await open();
    const created = await store.create({ name: 'x', workload: DEFAULT_WORKLOAD });
    const deadPid = 2 ** 22 + 12_345;
    await writeFile(
      path.join(dir, `${created.id}.lock`),
      JSON.stringify({ pid: deadPid, host: os.hostname(), nonce: 'dead' }),
    );
    const started = Date.now();
    await expect(store.save({ ...created, baseRevision: 1 })).resolves.toMatchObject({ revision: 2 });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('takes over a lock that was created but never written, once it is old', async () => {
    const store = await open();
    const created = await store.create({ name: 'x', workload: DEFAULT_WORKLOAD });
    const lock = path.join(dir, `${created.id}.lock`);
    await writeFile(lock, '');
    const tenSecondsAgo = new Date(Date.now() - 10_000);
    await utimes(lock, tenSecondsAgo, tenSecondsAgo);
    await expect(store.save({ ...created, baseRevision: 1 })).resolves.toMatchObject({ revision: 2 });
  });
});

describe('names chosen at the same time', () => {
  const dup = JSON.stringify({ schemaVersion: 1, name: 'Dup', workload: DEFAULT_WORKLOAD });

  it('four parallel imports of one name get four different names', async () => {
    const store = await open();
    const imported = await Promise.all([1, 2, 3, 4].map(() => store.importText(dup, 'dup.json')));
    expect(imported.map((p) => p.name).sort()).toEqual(['Dup', 'Dup (2)', 'Dup (3)', 'Dup (4)']);
  });

  it('two processes importing and duplicating one name at once never pick the same one', async () => {
    const [a, b] = [await open(), await open()];
    const first = await a.importText(dup, 'dup.json');
    const made = await Promise.all([
      a.importText(dup, 'dup.json'),
      b.importText(dup, 'dup.json'),
      a.duplicate(first.id),
      b.duplicate(first.id),
    ]);
    const names = [first, ...made].map((p) => p.name);
    expect(new Set(names).size).toBe(5);
    expect(names).toEqual(expect.arrayContaining(['Dup', 'Dup (2)', 'Dup (3)', 'Dup (copy)', 'Dup (copy) (2)']));
  });
});

describe('lock files a crash left behind', () => {
  it('sweeps them when the store opens: a dead owner or an old unwritten one, never a live one', async () => {
    const [deadId, unwrittenId, liveId] = [randomUUID(), randomUUID(), randomUUID()];
    await mkdir(dir, { recursive: true });
    const lock = (id: string) => path.join(dir, `${id}.lock`);
    // A pid above Linux's 2^22 ceiling names no process.
    await writeFile(lock(deadId), JSON.stringify({ pid: 2 ** 22 + 12_345, host: os.hostname(), nonce: 'dead' }));
    await writeFile(lock(unwrittenId), '');
    const aMinuteAgo = new Date(Date.now() - 60_000);
    await utimes(lock(unwrittenId), aMinuteAgo, aMinuteAgo);
    await writeFile(lock(liveId), JSON.stringify({ pid: process.ppid, host: os.hostname(), nonce: 'alive' }));

    await open();

    expect((await readdir(dir)).filter((f) => f.endsWith('.lock'))).toEqual([`${liveId}.lock`]);
  });
});
