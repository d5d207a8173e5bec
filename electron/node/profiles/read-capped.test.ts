import { execFileSync } from 'node:child_process';
import { closeSync, constants, lstatSync, openSync, statSync } from 'node:fs';
import { mkdir, readdir, readlink, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isUnreadable, readCapped, readCappedQuick } from './read-capped';
import { DANGLING_LINK, whyNotAFile, whyReadFailed } from './unreadable';
import { folderForEachTest } from './testing/store-per-test';

/**
 * The store reads every profile through these two functions, in the test
 * process itself (bad-entries.test.ts asks the same of the whole store, but
 * in a child process, where a mutation run cannot change the code).
 */

let dir: string;
// Nothing to close: these tests open no store.
folderForEachTest(
  (folder) => (dir = folder),
  () => undefined,
);

const posixOnly = process.platform === 'win32';
// The first read buffer is 8 KiB (read-capped.ts): sizes either side of it and of the cap.
const FIRST_BUFFER = 8 * 1024;

/** A file of `size` bytes whose every byte depends on its place, so a byte lost or moved shows. */
async function fileOfSize(name: string, size: number): Promise<{ file: string; bytes: Buffer }> {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i += 1) bytes[i] = 32 + (i % 91);
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  return { file, bytes };
}

describe('reading a profile file whole, up to a cap', () => {
  it.each([
    ['an empty file', 0, 1_000_000],
    ['a file one byte short of the first buffer', FIRST_BUFFER - 1, 1_000_000],
    ['a file that fills the first buffer exactly', FIRST_BUFFER, 1_000_000],
    ['a file one byte over the first buffer', FIRST_BUFFER + 1, 1_000_000],
    ['a file of exactly the cap, where the cap is the first buffer', FIRST_BUFFER, FIRST_BUFFER],
    ['a file of exactly the cap, after the buffer grew twice', 50_000, 50_000],
    ['a 1 MB file under a 1 MB cap', 1_000_000, 1_000_000],
    ['a file of exactly a cap smaller than the first buffer', 100, 100],
  ])('gives back every byte of %s, in both reads', async (_what, size, max) => {
    const { file, bytes } = await fileOfSize('plan.json', size);
    const full = await readCapped(file, max);
    const quick = readCappedQuick(file, max);
    expect(Buffer.isBuffer(full) && full.equals(bytes)).toBe(true);
    expect(Buffer.isBuffer(quick) && quick.equals(bytes)).toBe(true);
  });

  it.each([
    ['one byte over a cap the size of the first buffer', FIRST_BUFFER + 1, FIRST_BUFFER],
    ['one byte over a cap reached after the buffer grew', 50_001, 50_000],
    ['far over the cap', 3_000_000, 1_000_000],
    // A lock file is read with a 4 KiB cap: the first 8 KiB buffer must not let it through.
    ['one byte over a cap smaller than the first buffer', 101, 100],
    ['of 5 KiB under a 4 KiB cap', 5 * 1024, 4 * 1024],
  ])('refuses a file %s as too big, in both reads', async (_what, size, max) => {
    const { file } = await fileOfSize('plan.json', size);
    expect(await readCapped(file, max)).toBe('too-big');
    expect(readCappedQuick(file, max)).toBe('too-big');
  });

  it('hands back bytes of its own that a later read leaves alone (the quick read reuses one buffer)', async () => {
    const big = await fileOfSize('big.json', 100_000);
    await writeFile(path.join(dir, 'small.json'), '{"a":1}');
    await writeFile(path.join(dir, 'other.json'), 'another file');
    expect(readCappedQuick(big.file, 1_000_000)).toHaveLength(100_000);
    const quick = readCappedQuick(path.join(dir, 'small.json'), 1_000_000);
    expect(quick).toEqual(Buffer.from('{"a":1}'));
    expect(readCappedQuick(path.join(dir, 'other.json'), 1_000_000)).toEqual(Buffer.from('another file'));
    readCappedQuick(big.file, 1_000_000);
    expect(quick).toEqual(Buffer.from('{"a":1}'));
  });

  it('says a file that is not there is missing; the quick read asks for the full one', async () => {
    const file = path.join(dir, 'gone.json');
    expect(await readCapped(file, 1000)).toBe('missing');
    expect(readCappedQuick(file, 1000)).toBe('retry');
  });

  it('throws what is not about the entry (a path through a file), rather than calling the file unreadable', async () => {
    await writeFile(path.join(dir, 'plan.json'), '{}');
    await expect(readCapped(path.join(dir, 'plan.json', 'inner.json'), 1000)).rejects.toMatchObject({
      code: 'ENOTDIR',
    });
    expect(readCappedQuick(path.join(dir, 'plan.json', 'inner.json'), 1000)).toBe('retry');
  });

  it.skipIf(process.platform !== 'linux')(
    'closes every file it opens, whatever it answers: a folder of thousands never runs out of handles',
    async () => {
      const { file } = await fileOfSize('plan.json', 20_000);
      await mkdir(path.join(dir, 'folder.json'));
      /** The open handles of this process on the folder's entries, as Linux lists them. */
      const openHere = async () => {
        const targets = await Promise.all(
          (await readdir('/proc/self/fd')).map((fd) => readlink(`/proc/self/fd/${fd}`).catch(() => '')),
        );
        return targets.filter((target) => target.startsWith(dir));
      };
      expect(await openHere()).toEqual([]);
      expect(Buffer.isBuffer(await readCapped(file, 1_000_000))).toBe(true);
      expect(await readCapped(file, 10_000)).toBe('too-big');
      expect(await readCapped(path.join(dir, 'folder.json'), 1000)).toEqual({ unreadable: 'it is a folder' });
      expect(Buffer.isBuffer(readCappedQuick(file, 1_000_000))).toBe(true);
      expect(readCappedQuick(path.join(dir, 'folder.json'), 1000)).toBe('retry');
      expect(await openHere()).toEqual([]);
    },
  );
});

describe.skipIf(posixOnly)('entries that are no file to read, with the reason a user is given', () => {
  it('a folder', async () => {
    await mkdir(path.join(dir, 'plan.json'));
    expect(await readCapped(path.join(dir, 'plan.json'), 1000)).toEqual({ unreadable: 'it is a folder' });
    expect(readCappedQuick(path.join(dir, 'plan.json'), 1000)).toBe('retry');
  });

  it('a symbolic link to nothing, told apart from a file that is missing', async () => {
    await symlink(path.join(dir, 'gone.json'), path.join(dir, 'plan.json'));
    expect(await readCapped(path.join(dir, 'plan.json'), 1000)).toEqual({ unreadable: DANGLING_LINK });
    expect(DANGLING_LINK).toBe('it is a symbolic link to a file that does not exist');
    expect(readCappedQuick(path.join(dir, 'plan.json'), 1000)).toBe('retry');
  });

  it('a symbolic link that loops', async () => {
    await symlink('plan.json', path.join(dir, 'plan.json'));
    expect(await readCapped(path.join(dir, 'plan.json'), 1000)).toEqual({
      unreadable: 'it is a symbolic link that loops',
    });
    expect(readCappedQuick(path.join(dir, 'plan.json'), 1000)).toBe('retry');
  });

  it('a name too long for the file system', async () => {
    const file = path.join(dir, `${'x'.repeat(300)}.json`);
    expect(await readCapped(file, 1000)).toEqual({ unreadable: 'its name is too long' });
    expect(readCappedQuick(file, 1000)).toBe('retry');
  });

  it('a device (/dev/null): never read as an empty file', async () => {
    expect(await readCapped('/dev/null', 1000)).toEqual({ unreadable: 'it is a device, not a file' });
    expect(readCappedQuick('/dev/null', 1000)).toBe('retry');
  });

  it('a named pipe (FIFO) nobody writes to: answered at once, without waiting for a writer', async () => {
    const fifo = path.join(dir, 'plan.json');
    execFileSync('mkfifo', [fifo]);
    // The full read opens it on the thread pool: were it to wait for a writer, this test would time out.
    expect(await readCapped(fifo, 1000)).toEqual({ unreadable: 'it is a named pipe (FIFO), not a file' });
    // The quick read opens it on this thread, where a wait would never end: a writer is held open for it.
    const writer = openSync(fifo, constants.O_RDWR);
    try {
      expect(readCappedQuick(fifo, 1000)).toBe('retry');
    } finally {
      closeSync(writer);
    }
  });
});

describe.skipIf(posixOnly)('why an entry is not a file (fstat)', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

  it('names each kind in a user’s words, and a regular file as none', async () => {
    await writeFile(path.join(dir, 'plan.json'), '{}');
    await symlink('plan.json', path.join(dir, 'link.json'));
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    const socket = path.join(dir, 'socket');
    server = createServer();
    await new Promise<void>((listening) => server!.listen(socket, listening));

    expect(whyNotAFile(statSync(path.join(dir, 'plan.json')))).toBeNull();
    expect(whyNotAFile(statSync(dir))).toBe('it is a folder');
    expect(whyNotAFile(statSync(path.join(dir, 'pipe')))).toBe('it is a named pipe (FIFO), not a file');
    expect(whyNotAFile(statSync(socket))).toBe('it is a socket, not a file');
    expect(whyNotAFile(statSync('/dev/null'))).toBe('it is a device, not a file');
    // A link itself (lstat) is none of the kinds above.
    expect(whyNotAFile(lstatSync(path.join(dir, 'link.json')))).toBe('it is not a regular file');
  });
});

describe('why a read failed', () => {
  const failure = (code?: string) => Object.assign(new Error('failed'), code === undefined ? {} : { code });

  it.each([
    ['EACCES', 'no permission to read it'],
    ['EPERM', 'no permission to read it'],
    ['ELOOP', 'it is a symbolic link that loops'],
    ['EISDIR', 'it is a folder'],
    ['ENXIO', 'it is not a regular file'],
    ['ENODEV', 'it is not a regular file'],
    ['EIO', 'the disk reported an input/output error'],
    ['ENAMETOOLONG', 'its name is too long'],
  ])('%s is about the entry: “%s”', (code, reason) => {
    expect(whyReadFailed(failure(code))).toBe(reason);
  });

  it.each([['EMFILE'], ['ENOSPC'], ['ENOTDIR'], [undefined]])(
    '%s is the machine’s state, not the entry’s: no reason (the caller throws it)',
    (code) => {
      expect(whyReadFailed(failure(code))).toBeNull();
    },
  );

  it('tells an unreadable entry from bytes and from the other answers', () => {
    expect(isUnreadable({ unreadable: 'it is a folder' })).toBe(true);
    expect(isUnreadable(Buffer.from('{}'))).toBe(false);
    expect(isUnreadable('missing')).toBe(false);
    expect(isUnreadable('too-big')).toBe(false);
  });
});
