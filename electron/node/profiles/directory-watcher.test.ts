import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchDirectory, type DirectoryWatcher } from './directory-watcher';
import { folderForEachTest } from './testing/store-per-test';

let dir: string;
let watcher: DirectoryWatcher | undefined;
folderForEachTest(
  (folder) => (dir = folder),
  () => watcher,
);

const isJson = (name: string) => name.endsWith('.json');

function changes(options: { polling?: boolean; pollMs?: number } = {}) {
  let count = 0;
  let wake: (() => void) | undefined;
  watcher = watchDirectory(
    dir,
    isJson,
    () => {
      count++;
      wake?.();
    },
    options,
  );
  return {
    get count() {
      return count;
    },
    next: () => new Promise<void>((resolve) => (wake = resolve)),
  };
}

/** What keeps the process alive, less requests under way (the polling fallback's first read of the folder). */
const keepingAlive = () => process.getActiveResourcesInfo().filter((resource) => !resource.startsWith('FSReq'));

describe.each([
  ['fs.watch', {}],
  ['the polling fallback', { polling: true, pollMs: 20 }],
])('directory watcher with %s', (_how, options) => {
  it('reports files added, edited and removed, a burst as one change', async () => {
    const seen = changes(options);
    await new Promise((resolve) => setTimeout(resolve, 50));
    let next = seen.next();
    await Promise.all(['a', 'b', 'c'].map((n) => writeFile(path.join(dir, `${n}.json`), '{}')));
    await next;
    expect(seen.count).toBe(1);
    next = seen.next();
    await writeFile(path.join(dir, 'a.json'), '{"edited": true}');
    await next;
    next = seen.next();
    await rm(path.join(dir, 'b.json'));
    await next;
    expect(seen.count).toBe(3);
  });

  it('never keeps the app from quitting: an open watcher holds nothing that keeps the process alive', () => {
    const before = keepingAlive();
    changes(options);
    expect(keepingAlive()).toEqual(before);
  });
});
