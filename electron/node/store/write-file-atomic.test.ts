import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomicSync } from './write-file-atomic';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'write-atomic-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('writeFileAtomicSync', () => {
  it('has replaced the file whole, private to the user, by the time it returns', async () => {
    const file = path.join(dir, 'window-state.json');
    await writeFile(file, 'old');
    writeFileAtomicSync(file, '{"width":1111}\n');
    expect(await readFile(file, 'utf8')).toBe('{"width":1111}\n');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readdir(dir)).toEqual(['window-state.json']);
  });

  it('leaves no temp file behind when the write fails', async () => {
    const file = path.join(dir, 'taken');
    await mkdir(path.join(file, 'inside'), { recursive: true });
    expect(() => writeFileAtomicSync(file, 'data')).toThrow();
    expect(await readdir(dir)).toEqual(['taken']);
  });
});
