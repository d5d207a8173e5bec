import { randomBytes } from 'node:crypto';
import { link, open, rename, stat, unlink } from 'node:fs/promises';
import os from 'node:os';
import { readCapped, readCappedQuick } from './read-capped';

// An owner record is a line of JSON; anything longer is not one of ours.
const OWNER_MAX = 4096;

/**
 * An exclusive lock between processes: a file created with O_EXCL holding its
 * owner. A lock whose owner died (SIGKILL, power loss) would block forever, so
 * it is taken over when its process is gone, or when it is old enough that no
 * write could still be running.
 */
const ABANDONED_AFTER_MS = 30_000;
// Created but not yet written: only a crash between open and write leaves one this old.
const UNWRITTEN_AFTER_MS = 2_000;
const GIVE_UP_AFTER_MS = 10_000;

interface LockOwner {
  pid: number;
  host: string;
  nonce: string;
}

function processIsGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

async function readOwner(lockPath: string): Promise<{ owner: LockOwner | null; ageMs: number } | null> {
  try {
    // Never a blocking read: something else (a FIFO) may sit where the lock should be.
    const [bytes, info] = await Promise.all([readCapped(lockPath, OWNER_MAX), stat(lockPath)]);
    if (bytes === 'missing') return null;
    let owner: LockOwner | null = null;
    try {
      owner = Buffer.isBuffer(bytes) ? (JSON.parse(bytes.toString('utf8')) as LockOwner) : null;
    } catch {
      owner = null;
    }
    return { owner, ageMs: Date.now() - info.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

interface LockState {
  held: boolean;
  /** Identifies the lock file judged, so a taker can check it moved that one. */
  nonce: string | null;
}

/**
 * The nonces of the locks this process holds or is trying to take. A lock file
 * of this process with any other nonce is held by no one: a taker that moved a
 * live lock aside can link it back after its holder has let go (the holder
 * found no lock to remove), and without this check every save of that profile
 * would wait 30 s for it to look abandoned.
 */
const noncesHeldHere = new Set<string>();

const isOwnOrphan = (owner: LockOwner, nonce: string | null): boolean =>
  owner.pid === process.pid && owner.host === os.hostname() && nonce !== null && !noncesHeldHere.has(nonce);

async function judge(lockPath: string): Promise<LockState | null> {
  const found = await readOwner(lockPath);
  if (!found) return null;
  const { owner, ageMs } = found;
  const nonce = typeof owner?.nonce === 'string' ? owner.nonce : null;
  if (!owner || typeof owner.pid !== 'number') return { held: ageMs < UNWRITTEN_AFTER_MS, nonce };
  if (ageMs >= ABANDONED_AFTER_MS || isOwnOrphan(owner, nonce)) return { held: false, nonce };
  return { held: owner.host !== os.hostname() || !processIsGone(owner.pid), nonce };
}

/** True while some live process holds the lock; stale locks count as free. */
export async function isLockHeld(lockPath: string): Promise<boolean> {
  return (await judge(lockPath))?.held ?? false;
}

async function tryCreate(lockPath: string, owner: LockOwner): Promise<boolean> {
  let handle;
  try {
    handle = await open(lockPath, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(JSON.stringify(owner));
  } finally {
    await handle.close();
  }
  return true;
}

/**
 * Moves a stale lock aside under a unique name. If another taker replaced it
 * in between, what was moved is a live lock: it is linked back (link fails
 * rather than overwrite) and this taker simply tries again.
 */
async function breakStaleLock(lockPath: string, staleNonce: string | null): Promise<void> {
  const aside = `${lockPath}.${randomBytes(4).toString('hex')}.stale`;
  try {
    await rename(lockPath, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = await readOwner(aside);
  const movedNonce = typeof moved?.owner?.nonce === 'string' ? moved.owner.nonce : null;
  if (movedNonce !== staleNonce) await link(aside, lockPath).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}

/** Removes a lock no live process holds, left by a crash; true when one was removed. */
export async function removeStaleLock(lockPath: string): Promise<boolean> {
  const state = await judge(lockPath);
  if (!state || state.held) return false;
  await breakStaleLock(lockPath, state.nonce);
  return true;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the lock file is ours: stale locks are broken, a live one is waited for until `deadline`. */
async function acquire(lockPath: string, owner: LockOwner, deadline: number): Promise<void> {
  while (!(await tryCreate(lockPath, owner))) {
    const state = await judge(lockPath);
    if (!state?.held) {
      if (state) await breakStaleLock(lockPath, state.nonce);
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error('Another Compute Explorer process has been saving this profile for too long; try again.');
    }
    await pause(2 + Math.random() * 8);
  }
}

/** Removes the lock only if it is still ours: after 30 s a stuck holder may have been taken over. */
async function releaseIfOurs(lockPath: string, owner: LockOwner): Promise<void> {
  const current = readCappedQuick(lockPath, OWNER_MAX);
  if (Buffer.isBuffer(current) && current.toString('utf8') === JSON.stringify(owner)) {
    await unlink(lockPath).catch(() => undefined);
  }
}

export async function withFileLock<T>(lockPath: string, work: () => Promise<T>): Promise<T> {
  const owner: LockOwner = { pid: process.pid, host: os.hostname(), nonce: randomBytes(8).toString('hex') };
  // Before the file exists: a judge running while it is being written must not take it for an orphan.
  noncesHeldHere.add(owner.nonce);
  try {
    await acquire(lockPath, owner, Date.now() + GIVE_UP_AFTER_MS);
    try {
      return await work();
    } finally {
      await releaseIfOurs(lockPath, owner);
    }
  } finally {
    noncesHeldHere.delete(owner.nonce);
  }
}
