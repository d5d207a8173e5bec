import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchDirectory, type DirectoryWatcher } from './directory-watcher';
import { folderForEachTest } from './testing/store-per-test';

/**
 * The polling fallback (where fs.watch is missing: some network and container
 * file systems) on a real folder, with the clock in the test's hands: the
 * folder is read when the test moves the clock by the poll interval, and a
 * change is reported (debounced) when it moves it past the debounce. Every
 * folder holds `notes.txt`, a file that is not a profile: each poll asks the
 * watcher's filter about it, which tells the test the folder has been read.
 * A poll of a folder with no profile in it has no file to stat, so once it has
 * read the folder only promise callbacks are left before it compares.
 */

// Captured before any test fakes the clock: the safety nets run on real time.
const realSetTimeout = setTimeout;
const realClearTimeout = clearTimeout;

const POLL_MS = 3_600_000; // of the test's clock: nothing polls unless a test moves it this far
const DEBOUNCE_MS = 50; // directory-watcher.ts's
const NOTES = 'notes.txt';
const SAFETY_MS = 5_000;

let dir: string;
let watcher: DirectoryWatcher | undefined;
folderForEachTest(
  (folder) => (dir = folder),
  () => watcher,
);
beforeEach(async () => {
  await writeFile(path.join(dir, NOTES), 'not a profile');
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
});
afterEach(() => {
  vi.useRealTimers();
});

const profile = (name: string) => path.join(dir, name);

/** Lets every promise callback that is ready run (setImmediate is not faked). */
const settled = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Fails with `what` if `promise` has not settled after SAFETY_MS of real time: a safety net, never a wait. */
function within<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = realSetTimeout(() => reject(new Error(`${what}: not within ${SAFETY_MS} ms`)), SAFETY_MS);
  });
  return Promise.race([promise, late]).finally(() => realClearTimeout(timer));
}

/** `asked` is the poll interval asked for; 'none' asks for none (the watcher's default, 2 seconds). */
function pollingWatcher(asked: number | 'none' = POLL_MS) {
  const pollMs = asked === 'none' ? 2_000 : asked;
  let reads = 0;
  let reports = 0;
  let duringRead: (() => void) | undefined;
  const readWaiters = new Set<{ count: number; resolve: () => void }>();
  watcher = watchDirectory(
    dir,
    (name) => {
      if (name === NOTES) {
        reads++;
        const act = duringRead;
        duringRead = undefined;
        act?.();
        for (const waiter of readWaiters) {
          if (reads >= waiter.count) {
            readWaiters.delete(waiter);
            waiter.resolve();
          }
        }
      }
      return name.endsWith('.json');
    },
    () => reports++,
    asked === 'none' ? { polling: true } : { polling: true, pollMs },
  );
  /** Resolves once the folder has been read `count` times in all. */
  const read = (count: number) =>
    within(
      new Promise<void>((resolve) => (reads >= count ? resolve() : readWaiters.add({ count, resolve }))),
      `the folder read ${count} times`,
    );
  return {
    get reads() {
      return reads;
    },
    get reports() {
      return reports;
    },
    read,
    /** Moves the clock by the poll interval and waits until that poll has read the folder. */
    async poll() {
      const next = reads + 1;
      vi.advanceTimersByTime(pollMs);
      await read(next);
    },
    /** Runs `act` as the next poll reads the folder, before it compares. */
    duringNextRead(act: () => void) {
      duringRead = act;
    },
    /** After a poll of a folder with no profile: lets it compare, then moves past the debounce. */
    async compared() {
      await settled();
      vi.advanceTimersByTime(DEBOUNCE_MS);
    },
    /** Waits for the `count`th report: lets the poll's reads finish, moving the clock a millisecond a turn. */
    async reported(count: number) {
      const deadline = Date.now() + SAFETY_MS;
      while (reports < count) {
        if (Date.now() > deadline) throw new Error(`report ${count}: not within ${SAFETY_MS} ms`);
        await settled();
        vi.advanceTimersByTime(1);
      }
    },
  };
}

/** A polling watcher whose last poll has seen (and reported) `a.json`. */
async function watchingOneProfile() {
  const seen = pollingWatcher();
  await seen.read(1);
  await seen.compared();
  await writeFile(profile('a.json'), '{}');
  await seen.poll();
  await seen.reported(1);
  return seen;
}

describe('the polling fallback', () => {
  it('reads the folder at once, then again each time the poll interval asked for passes', async () => {
    const seen = pollingWatcher(500);
    await seen.read(1);
    vi.advanceTimersByTime(500);
    await seen.read(2);
    vi.advanceTimersByTime(500);
    await seen.read(3);
  });

  it('polls every 2 seconds when no interval is asked for', async () => {
    const seen = pollingWatcher('none');
    await seen.read(1);
    vi.advanceTimersByTime(1_999);
    await settled();
    vi.advanceTimersByTime(1);
    await seen.read(2);
    await settled();
    expect(seen.reads).toBe(2);
  });

  it('reports nothing for a folder nobody touches however many polls, then a profile added once', async () => {
    const seen = pollingWatcher();
    await seen.read(1);
    await seen.compared();
    for (let poll = 0; poll < 3; poll++) {
      await seen.poll();
      await seen.compared();
    }
    expect(seen.reports).toBe(0);
    await writeFile(profile('a.json'), '{}');
    await seen.poll();
    await seen.reported(1);
    vi.advanceTimersByTime(DEBOUNCE_MS);
    expect(seen.reports).toBe(1);
  });

  it('reports profiles added, edited and removed, one report per poll that saw a change', async () => {
    const seen = await watchingOneProfile();
    await writeFile(profile('a.json'), '{"edited": true}');
    await seen.poll();
    await seen.reported(2);
    await Promise.all([rm(profile('a.json')), writeFile(profile('b.json'), '{}'), writeFile(profile('c.json'), '{}')]);
    await seen.poll();
    await seen.reported(3);
    await seen.poll();
    await settled();
    vi.advanceTimersByTime(DEBOUNCE_MS);
    expect(seen.reports).toBe(3);
  });

  it('does not report changes to files that are not profiles', async () => {
    const seen = pollingWatcher();
    await seen.read(1);
    await seen.compared();
    await writeFile(profile(NOTES), 'edited, still not a profile');
    await writeFile(profile('a.json.tmp'), 'half a save');
    await seen.poll();
    await seen.compared();
    expect(seen.reports).toBe(0);
  });

  it('reports a folder that goes away with its profiles, and not its coming back empty', async () => {
    const seen = await watchingOneProfile();
    await rm(dir, { recursive: true });
    vi.advanceTimersByTime(POLL_MS);
    await seen.reported(2);
    await mkdir(dir);
    await writeFile(profile(NOTES), 'not a profile');
    await seen.poll();
    await seen.compared();
    expect(seen.reports).toBe(2);
  });

  it('reports a folder that comes back with a profile in it', async () => {
    const seen = await watchingOneProfile();
    await rm(dir, { recursive: true });
    vi.advanceTimersByTime(POLL_MS);
    await seen.reported(2);
    await mkdir(dir);
    await writeFile(profile(NOTES), 'not a profile');
    await writeFile(profile('a.json'), '{}');
    await seen.poll();
    await seen.reported(3);
  });
});

describe('closing the polling watcher', () => {
  it('stops the polls: nothing is left scheduled, and moving the clock reads and reports nothing', async () => {
    const seen = pollingWatcher();
    await seen.read(1);
    await seen.compared();
    watcher!.close();
    expect(vi.getTimerCount()).toBe(0);
    await writeFile(profile('a.json'), '{}');
    vi.advanceTimersByTime(3 * POLL_MS);
    await settled();
    expect([seen.reads, seen.reports]).toEqual([1, 0]);
  });

  it('reports nothing for a poll that was under way when it closed', async () => {
    const seen = await watchingOneProfile();
    await rm(profile('a.json'));
    seen.duringNextRead(() => watcher!.close());
    await seen.poll();
    await seen.compared();
    expect(seen.reports).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});
