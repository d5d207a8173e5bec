import { close, closeSync, open, openSync, read, readSync } from 'node:fs';
import { promisify } from 'node:util';

const openFile = promisify(open);
const readInto = promisify(read);
const closeFile = promisify(close);

// A profile is a kilobyte or two: one small buffer usually holds all of it.
const FIRST_BUFFER = 8 * 1024;

export type CappedRead = Buffer | 'missing' | 'too-big';

interface FileReader {
  read(buffer: Buffer, offset: number, length: number): number | Promise<number>;
}

/** Fills a growing buffer until end of file or past `max` bytes. */
async function readAll(reader: FileReader, max: number, trustShortRead: boolean): Promise<Buffer | 'too-big'> {
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
    const bytesRead = await reader.read(buffer, total, wanted);
    total += bytesRead;
    if (bytesRead === 0 || (trustShortRead && bytesRead < wanted)) return buffer.subarray(0, total);
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
    return await readAll({ read: async (b, o, l) => (await readInto(fd, b, o, l, null)).bytesRead }, max, false);
  } finally {
    await closeFile(fd);
  }
}

/**
 * The listing's read: synchronous, and a short read is taken as the end of
 * the file, which holds for regular files on a local disk. A thousand small
 * files take ~15 ms this way against ~100 ms through the thread pool; the
 * caller yields between slices, and re-reads with `readCapped` before it
 * believes a file is damaged.
 */
export async function readCappedQuick(file: string, max: number): Promise<CappedRead> {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    if (isMissing(error)) return 'missing';
    throw error;
  }
  try {
    return await readAll({ read: (b, o, l) => readSync(fd, b, o, l, null) }, max, true);
  } finally {
    closeSync(fd);
  }
}
