import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { MAX_JSON_FILE_BYTES, readJsonFile } from './json-file';

const schema = z.object({ theme: z.enum(['light', 'dark']) });

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'json-file-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const setAside = async () => (await readdir(dir)).filter((name) => name.includes('.corrupt-'));

describe('reading a small JSON settings file', () => {
  it('reads a good file and reports a missing one as missing', async () => {
    const file = path.join(dir, 'preferences.json');
    expect(await readJsonFile(file, schema)).toEqual({ kind: 'missing' });
    await writeFile(file, JSON.stringify({ theme: 'dark' }));
    expect(await readJsonFile(file, schema)).toEqual({ kind: 'ok', value: { theme: 'dark' } });
  });

  it.skipIf(process.platform === 'win32')('sets a named pipe aside instead of waiting on it forever', async () => {
    const file = path.join(dir, 'preferences.json');
    execFileSync('mkfifo', [file]);
    // With readFile this never settles (no writer ever opens the pipe) and the test times out.
    const read = await readJsonFile(file, schema);
    expect(read).toMatchObject({ kind: 'corrupt', reason: 'it is a named pipe (FIFO), not a file' });
    expect(await setAside()).toHaveLength(1);
  });

  it('sets aside a folder, a looping link and an oversized file, each with its reason', async () => {
    const folder = path.join(dir, 'window-state.json');
    await import('node:fs/promises').then((fs) => fs.mkdir(folder));
    expect(await readJsonFile(folder, schema)).toMatchObject({ kind: 'corrupt', reason: 'it is a folder' });

    const loop = path.join(dir, 'loop.json');
    await symlink(loop, loop);
    expect(await readJsonFile(loop, schema)).toMatchObject({
      kind: 'corrupt',
      reason: 'it is a symbolic link that loops',
    });

    const big = path.join(dir, 'export-state.json');
    await writeFile(big, `{"theme":"dark","pad":"${'x'.repeat(MAX_JSON_FILE_BYTES)}"}`);
    expect(await readJsonFile(big, schema)).toMatchObject({
      kind: 'corrupt',
      reason: expect.stringMatching(/over the 1 MB/),
    });
    expect(await setAside()).toHaveLength(3);
  });
});
