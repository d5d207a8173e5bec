import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isLockHeld, removeStaleLock, withFileLock } from './file-lock';
import { tempProfilesDir } from './profile-test-helpers';

/**
 * The lock file between processes, on a real folder. Another process's lock
 * is played by a lock file written here with the owner record it would hold.
 */

let dir: string;
let cleanUp: () => Promise<void>;

beforeEach(async () => {
  ({ dir, cleanUp } = await tempProfilesDir());
  await mkdir(dir, { recursive: true });
});
afterEach(async () => {
  vi.useRealTimers();
  await cleanUp();
});

const GIVE_UP_MESSAGE = 'Another Compute Explorer process has been saving this profile for too long; try again.';

/** A lock file as a live process on this machine writes it, last written `ageMs` ago. */
async function lockHeldByLiveProcess(name: string, ageMs: number): Promise<{ file: string; text: string }> {
  const file = path.join(dir, name);
  const text = JSON.stringify({ pid: process.pid, host: os.hostname(), nonce: randomUUID() });
  await writeFile(file, text);
  const written = new Date(Date.now() - ageMs);
  await utimes(file, written, written);
  return { file, text };
}

describe('a lock held by a live process', () => {
  it('keeps a second writer out, which gives up with a message once it has waited 10 s', async () => {
    const held = await lockHeldByLiveProcess(`${randomUUID()}.lock`, 0);
    vi.useFakeTimers({ toFake: ['Date'] });
    const work = vi.fn(async () => 'written');

    const attempt = withFileLock(held.file, work);
    // The wait is measured by the clock: move it past the 10 s (the holder is still well short of 30 s).
    vi.setSystemTime(Date.now() + 10_001);

    await expect(attempt).rejects.toMatchObject({ message: GIVE_UP_MESSAGE });
    expect(work).not.toHaveBeenCalled();
    expect(await readFile(held.file, 'utf8')).toBe(held.text);
  });

  it('is taken over once it is older than any save could take (30 s): its holder must be stuck', async () => {
    const stuck = await lockHeldByLiveProcess(`${randomUUID()}.lock`, 60_000);

    expect(await isLockHeld(stuck.file)).toBe(false);
    expect(await withFileLock(stuck.file, async () => 'written')).toBe('written');
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('stale locks', () => {
  it('two writers finding the same stale lock both get their turn, one after the other', async () => {
    // Repeated: the second writer usually finds the stale lock already moved aside by the first.
    for (let round = 0; round < 20; round++) {
      const stale = await lockHeldByLiveProcess(`${randomUUID()}.lock`, 60_000);
      let inside = 0;
      const work = async (who: string) => {
        inside++;
        expect(inside).toBe(1);
        await new Promise((resolve) => setImmediate(resolve));
        inside--;
        return who;
      };
      await expect(
        Promise.all([withFileLock(stale.file, () => work('first')), withFileLock(stale.file, () => work('second'))]),
      ).resolves.toEqual(['first', 'second']);
      expect(await readdir(dir)).toEqual([]);
    }
  });

  it('one that cannot be moved aside is not reported as removed', async () => {
    // Moving it aside adds ".<8 hex>.stale" to a name already near the 255-byte limit: the rename fails.
    const stale = await lockHeldByLiveProcess(`${'x'.repeat(245)}.lock`, 60_000);

    await expect(removeStaleLock(stale.file)).rejects.toMatchObject({ code: 'ENAMETOOLONG' });
    expect(await readFile(stale.file, 'utf8')).toBe(stale.text);
  });
});
