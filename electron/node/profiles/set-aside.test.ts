import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { setAside } from './set-aside';
import { folderForEachTest } from './testing/store-per-test';

// The name a user finds beside their profiles: the time with ':' and '.' made safe for every file system.
const AT = new Date('2025-06-01T12:34:56.789Z');
const KEPT = 'plan.corrupt-2025-06-01T12-34-56-789Z.json';

let dir: string;
// Nothing to close: these tests open no store.
folderForEachTest(
  (folder) => (dir = folder),
  () => undefined,
);

async function damaged(name: string, content: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

describe('setting a damaged file aside', () => {
  it('moves it beside the others as NAME.corrupt-<time>.json with its bytes unchanged', async () => {
    const file = await damaged('plan.json', '{"half');
    expect(await setAside(file, AT)).toBe(KEPT);
    expect(await readdir(dir)).toEqual([KEPT]);
    expect(await readFile(path.join(dir, KEPT), 'utf8')).toBe('{"half');
  });

  it('never moves one damaged copy over another kept in the same millisecond: later ones get -2, -3', async () => {
    for (const content of ['first', 'second', 'third']) await setAside(await damaged('plan.json', content), AT);
    const kept = (await readdir(dir)).sort();
    expect(kept).toEqual([
      'plan.corrupt-2025-06-01T12-34-56-789Z-2.json',
      'plan.corrupt-2025-06-01T12-34-56-789Z-3.json',
      KEPT,
    ]);
    const contents = await Promise.all(kept.map((name) => readFile(path.join(dir, name), 'utf8')));
    expect(contents).toEqual(['second', 'third', 'first']);
  });

  it('names a claimed drop-in after the file the user dropped in, where they dropped it', async () => {
    const claimed = await damaged('.claim-0123.tmp', 'not json');
    expect(await setAside(claimed, AT, path.join(dir, 'plan.json'))).toBe(KEPT);
    expect(await readdir(dir)).toEqual([KEPT]);
  });

  it('answers null, moving nothing, when another reader set the file aside first', async () => {
    const other = await damaged('other.json', 'kept as it is');
    expect(await setAside(path.join(dir, 'plan.json'), AT)).toBeNull();
    expect(await readdir(dir)).toEqual(['other.json']);
    expect(await readFile(other, 'utf8')).toBe('kept as it is');
  });

  it('reports a move it cannot make instead of saying the file was gone', async () => {
    // A file where its folder should be: the rename fails with ENOTDIR, which is not "already gone".
    await damaged('not-a-folder', '');
    await expect(setAside(path.join(dir, 'not-a-folder', 'plan.json'), AT)).rejects.toMatchObject({
      code: 'ENOTDIR',
    });
  });
});
