import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, unlink, utimes, writeFile } from 'node:fs/promises';
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

/** A lock file as another live process on this machine (the test runner's parent) writes it, last written `ageMs` ago. */
async function lockHeldByLiveProcess(name: string, ageMs: number): Promise<{ file: string; text: string }> {
  const file = path.join(dir, name);
  const text = JSON.stringify({ pid: process.ppid, host: os.hostname(), nonce: randomUUID() });
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

/** Sets the lock file's modification time to `seconds` (whole seconds, so its age in ms is exact). */
async function writtenAt(file: string, seconds: number): Promise<void> {
  await utimes(file, seconds, seconds);
}

const WRITTEN = 1_750_000_000;

describe('a second writer kept out', () => {
  it('is still waiting at exactly 10 s, and gets in when the holder lets go then', async () => {
    const held = await lockHeldByLiveProcess(`${randomUUID()}.lock`, 0);
    vi.useFakeTimers({ toFake: ['Date'] });
    const started = Date.now();
    const clockReadings = vi.spyOn(Date, 'now');

    const attempt = withFileLock(held.file, async () => 'written');
    let outcome: unknown = 'waiting';
    attempt.then(
      (value) => (outcome = value),
      (error: Error) => (outcome = error.message),
    );
    vi.setSystemTime(started + 10_000);
    // Let it look at the lock, and at the clock, a few times at the 10 s mark.
    const readingsAtMark = clockReadings.mock.calls.length;
    while (clockReadings.mock.calls.length <= readingsAtMark + 6 && outcome === 'waiting') {
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(outcome).toBe('waiting');

    await unlink(held.file);
    expect(await attempt).toBe('written');
    clockReadings.mockRestore();
  });
});

describe('a lock file created but not yet written (its owner between open and write)', () => {
  it('is honoured for 2 s, then taken to be left by a crash', async () => {
    const file = path.join(dir, `${randomUUID()}.lock`);
    await writeFile(file, '');
    await writtenAt(file, WRITTEN);
    vi.useFakeTimers({ toFake: ['Date'] });

    vi.setSystemTime(WRITTEN * 1000 + 1_999);
    expect(await isLockHeld(file)).toBe(true);
    expect(await removeStaleLock(file)).toBe(false);
    expect(await readdir(dir)).toEqual([path.basename(file)]);

    vi.setSystemTime(WRITTEN * 1000 + 2_000);
    expect(await isLockHeld(file)).toBe(false);
  });

  it('holding half an owner record is judged the same way', async () => {
    const file = path.join(dir, `${randomUUID()}.lock`);
    await writeFile(file, '{"pid":');
    await writtenAt(file, WRITTEN);
    vi.useFakeTimers({ toFake: ['Date'] });

    vi.setSystemTime(WRITTEN * 1000);
    expect(await isLockHeld(file)).toBe(true);
    vi.setSystemTime(WRITTEN * 1000 + 2_000);
    expect(await isLockHeld(file)).toBe(false);
  });
});

describe('how long a live owner is trusted', () => {
  it('up to 30 s since its lock was written, not a millisecond more', async () => {
    const held = await lockHeldByLiveProcess(`${randomUUID()}.lock`, 0);
    await writtenAt(held.file, WRITTEN);
    vi.useFakeTimers({ toFake: ['Date'] });

    vi.setSystemTime(WRITTEN * 1000 + 29_999);
    expect(await isLockHeld(held.file)).toBe(true);
    vi.setSystemTime(WRITTEN * 1000 + 30_000);
    expect(await isLockHeld(held.file)).toBe(false);
  });
});

describe('a lock held from another machine (a shared folder)', () => {
  it('is honoured though no process here has its pid', async () => {
    const file = path.join(dir, `${randomUUID()}.lock`);
    // Above any pid this machine hands out: no process here has it.
    const text = JSON.stringify({ pid: 2 ** 30, host: `not-${os.hostname()}`, nonce: randomUUID() });
    await writeFile(file, text);

    expect(await isLockHeld(file)).toBe(true);
    expect(await removeStaleLock(file)).toBe(false);
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  it('from this machine with that pid, is stale: its process is gone', async () => {
    const file = path.join(dir, `${randomUUID()}.lock`);
    await writeFile(file, JSON.stringify({ pid: 2 ** 30, host: os.hostname(), nonce: randomUUID() }));

    expect(await isLockHeld(file)).toBe(false);
  });
});

describe('a lock held by a running process of another user', () => {
  it('is honoured: not being allowed to signal a process does not mean it is gone', async () => {
    const file = path.join(dir, `${randomUUID()}.lock`);
    // pid 1 is always running; run as anyone but root, this process may not signal it (EPERM).
    const text = JSON.stringify({ pid: 1, host: os.hostname(), nonce: randomUUID() });
    await writeFile(file, text);

    expect(await isLockHeld(file)).toBe(true);
    expect(await removeStaleLock(file)).toBe(false);
    expect(await readFile(file, 'utf8')).toBe(text);
  });
});

describe('removing a stale lock', () => {
  it('removes it and says so', async () => {
    const stale = await lockHeldByLiveProcess(`${randomUUID()}.lock`, 60_000);

    expect(await removeStaleLock(stale.file)).toBe(true);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('when the work is done', () => {
  it("the lock is removed only if it is still ours, never another writer's that took it over", async () => {
    const file = path.join(dir, `${randomUUID()}.lock`);
    const theirs = JSON.stringify({ pid: process.ppid, host: os.hostname(), nonce: randomUUID() });

    const result = await withFileLock(file, async () => {
      // The work outlasted 30 s: another writer judged the lock stale and put its own in place.
      await writeFile(file, theirs);
      return 'written';
    });

    expect(result).toBe('written');
    expect(await readFile(file, 'utf8')).toBe(theirs);
  });

  it('ours is removed, after the work has run inside it', async () => {
    const file = path.join(dir, `${randomUUID()}.lock`);
    let heldDuringWork = false;

    await withFileLock(file, async () => {
      heldDuringWork = await isLockHeld(file);
    });

    expect(heldDuringWork).toBe(true);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('a lock of this process that no save here holds', () => {
  // A taker moved a live lock aside, its holder finished and found nothing to remove, then the
  // taker linked it back: the lock names this live process but nobody holds it.
  it('does not keep the next save waiting for it to look abandoned', { timeout: 3_000 }, async () => {
    const file = path.join(dir, `${randomUUID()}.lock`);
    await writeFile(file, JSON.stringify({ pid: process.pid, host: os.hostname(), nonce: randomUUID() }));

    expect(await isLockHeld(file)).toBe(false);
    expect(await withFileLock(file, async () => 'written')).toBe('written');
    expect(await readdir(dir)).toEqual([]);
  });

  it('is told from one a save here is holding right now', async () => {
    const file = path.join(dir, `${randomUUID()}.lock`);
    let seenWhileHeld: boolean | null = null;
    await withFileLock(file, async () => {
      seenWhileHeld = await isLockHeld(file);
    });
    expect(seenWhileHeld).toBe(true);
  });
});

describe('a lock that cannot be created', () => {
  it('fails the save with the reason instead of waiting for it', { timeout: 2_000 }, async () => {
    const work = vi.fn(async () => 'written');

    await expect(withFileLock(path.join(dir, 'no-such-folder', 'x.lock'), work)).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect(work).not.toHaveBeenCalled();
  });
});
