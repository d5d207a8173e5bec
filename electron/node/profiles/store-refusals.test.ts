import { randomUUID } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKLOAD } from '../../common/pricing/workload-schema';
import { ProfileStoreError, type ProfileStore } from './profile-store';
import { snapshotDir, writeSettledFile } from './profile-test-helpers';
import { storeForEachTest } from './testing/store-per-test';

// What another process (or a script calling the browser host) can hand the store, and what it must get back.
let dir: string;
let store: ProfileStore;
storeForEachTest((fresh) => ({ dir, store } = fresh));

async function refusedChangingNothing(attempt: () => Promise<unknown>): Promise<ProfileStoreError> {
  const before = await snapshotDir(dir);
  const error = await attempt().then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProfileStoreError);
  expect(await snapshotDir(dir)).toEqual(before);
  return error as ProfileStoreError;
}

describe('profile store: input that is not a profile is refused, saying so', () => {
  it.each([
    ['a list', []],
    ['a string', 'Checkout API'],
    ['a number', 42],
  ])('refuses %s as the profile to save or create, as not an object', async (_what, input) => {
    const created = await store.create({ name: 'Kept', workload: DEFAULT_WORKLOAD });
    for (const attempt of [() => store.save(input as never), () => store.create(input as never)]) {
      const error = await refusedChangingNothing(attempt);
      expect(error.code).toBe('invalid');
      expect(error.message).toMatch(/^The (new )?profile: expected an object\. Nothing was saved\.$/);
    }
    expect((await store.get(created.id)).profile).toEqual(created);
  });

  it('refuses a price book record that is not one, naming it, and keeps the profile as it was', async () => {
    const created = await store.create({ name: 'Kept', workload: DEFAULT_WORKLOAD });
    for (const priceBook of [{ region: 'us-east-1' }, 'us-east-1', null]) {
      const attempts = [
        () => store.save({ ...created, baseRevision: 1, priceBook } as never),
        () => store.create({ name: 'New', workload: DEFAULT_WORKLOAD, priceBook } as never),
      ];
      for (const attempt of attempts) {
        const error = await refusedChangingNothing(attempt);
        expect(error.code).toBe('invalid');
        expect(error.message).toBe('The price book the profile was priced with is not valid. Nothing was saved.');
      }
    }
    expect((await store.get(created.id)).profile).toEqual(created);
  });

  it('refuses a revision of 0: the first revision is 1', async () => {
    const created = await store.create({ name: 'Kept', workload: DEFAULT_WORKLOAD });
    const error = await refusedChangingNothing(() => store.rename({ id: created.id, name: 'x', baseRevision: 0 }));
    expect(error).toMatchObject({ code: 'invalid', message: expect.stringMatching(/^The revision is not valid/) });
  });
});

describe('profile store: an undo token names a file in the trash and nothing else', () => {
  it.each([
    ['a path before it', (token: string) => `../${token}`],
    ['a path after it', (token: string) => `${token}/../../escape`],
    ['a character more in front', (token: string) => `x${token}`],
    ['a character more behind', (token: string) => `${token}0`],
    ['upper-case hex', (token: string) => token.toUpperCase()],
    ['an id that is no UUID', (token: string) => token.replace(/^[0-9a-f-]{36}/, '-'.repeat(36))],
  ])('refuses a token with %s as not valid, restoring nothing', async (_what, spoil) => {
    const created = await store.create({ name: 'Removed', workload: DEFAULT_WORKLOAD });
    const { undoToken } = await store.remove(created.id);
    const error = await refusedChangingNothing(() => store.restore(spoil(undoToken)));
    expect(error).toMatchObject({ code: 'invalid', message: 'This undo is not valid; nothing was restored.' });
    // The real token still brings it back.
    expect(await store.restore(undoToken)).toEqual(created);
  });

  it('removes two profiles one after the other and brings back each with its own token', async () => {
    const first = await store.create({ name: 'First', workload: DEFAULT_WORKLOAD });
    const second = await store.create({ name: 'Second', workload: DEFAULT_WORKLOAD });
    const { undoToken: firstToken } = await store.remove(first.id);
    const { undoToken: secondToken } = await store.remove(second.id);
    expect(await store.restore(secondToken)).toEqual(second);
    expect(await store.restore(firstToken)).toEqual(first);
  });

  it('says a profile removed elsewhere no longer exists, with nothing put in the trash', async () => {
    const created = await store.create({ name: 'Gone', workload: DEFAULT_WORKLOAD });
    await rm(path.join(dir, `${created.id}.json`));
    const error = await refusedChangingNothing(() => store.remove(created.id));
    expect(error.code).toBe('not-found');
  });

  it('says there is nothing left to restore when the removed copy is gone', async () => {
    const token = `${randomUUID()}.0123456789ab`;
    const error = await refusedChangingNothing(() => store.restore(token));
    expect(error).toMatchObject({ code: 'not-found', message: 'There is nothing left to restore.' });
  });

  it('will not put a removed copy back over a profile that exists again, and keeps both', async () => {
    const created = await store.create({ name: 'Removed', workload: DEFAULT_WORKLOAD });
    const { undoToken } = await store.remove(created.id);
    // The user copies the file back in by hand before pressing Undo.
    const trashed = await readFile(path.join(dir, '.trash', `${undoToken}.json`), 'utf8');
    await writeSettledFile(path.join(dir, `${created.id}.json`), trashed.replace('"Removed"', '"Copied back"'));
    const error = await refusedChangingNothing(() => store.restore(undoToken));
    expect(error).toMatchObject({
      code: 'exists',
      message: 'This profile exists again, so the removed copy was not put back over it.',
    });
    expect((await store.get(created.id)).profile.name).toBe('Copied back');
    expect(await readdir(path.join(dir, '.trash'))).toEqual([`${undoToken}.json`]);
  });
});
