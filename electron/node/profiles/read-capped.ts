import { close, closeSync, open, openSync, read, readSync } from 'node:fs';
import { promisify } from 'node:util';

const openFile = promisify(open);
const readInto = promisify(read);
const closeFile = promisify(close);

// A profile is a kilobyte or two: one small buffer usually holds all of it.
const FIRST_BUFFER = 8 * 1024;

export type CappedRead = Buffer | 'missing' | 'too-big';

/** Fills a growing buffer until end of file or past `max` bytes. */
async function readAll(fd: number, max: number): Promise<Buffer | 'too-big'> {
  let buffer = Buffer.allocUnsafe(FIRST_BUFFER);
  let total = 0;
  for (;;) {
    if (total === buffer.length) {
      if (total > max) return 'too-big';
      const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 4, max + 1));
      buffer.copy(bigger);
      buffer = bigger;
    }
    const wanted = buffer.length - total;
    const { bytesRead } = await readInto(fd, buffer, total, wanted, null);
    total += bytesRead;
    if (bytesRead === 0) return buffer.subarray(0, total);
  }
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** Reads a whole file unless it is bigger than `max` bytes. Callback fs: several times faster than fs/promises. */
export async function readCapped(file: string, max: number): Promise<CappedRead> {
  let fd: number;
  try {
    fd = await openFile(file, 'r');
  } catch (error) {
    if (isMissing(error)) return 'missing';
    throw error;
  }
  try {
    return await readAll(fd, max);
  } finally {
    await closeFile(fd);
  }
}

// One buffer serves every quick read: they are synchronous, so never overlap.
let quickBuffer = Buffer.allocUnsafe(FIRST_BUFFER);

/**
 * The everyday read: synchronous, and a short read is taken as the end of
 * the file, which holds for regular files on a local disk. A thousand small
 * files take ~15 ms this way against ~100 ms through the thread pool (a
 * listing yields between slices). Callers re-read with `readCapped` before
 * they believe a file is damaged.
 */
export function readCappedQuick(file: string, max: number): CappedRead {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    if (isMissing(error)) return 'missing';
    throw error;
  }
  try {
    let total = 0;
    for (;;) {
      if (total === quickBuffer.length) {
        if (total > max) return 'too-big';
        const bigger = Buffer.allocUnsafe(Math.min(quickBuffer.length * 4, max + 1));
        quickBuffer.copy(bigger);
        quickBuffer = bigger;
      }
      const wanted = quickBuffer.length - total;
      const bytesRead = readSync(fd, quickBuffer, total, wanted, null);
      total += bytesRead;
      if (bytesRead === 0 || bytesRead < wanted) return Buffer.from(quickBuffer.subarray(0, total));
    }
  } finally {
    closeSync(fd);
    // Don't keep a megabyte around because one file was big.
    if (quickBuffer.length > FIRST_BUFFER) quickBuffer = Buffer.allocUnsafe(FIRST_BUFFER);
  }
}
