import type { Stats } from 'node:fs';

/** An entry that exists but is no file to read, with the reason in a user's words. */
export interface Unreadable {
  unreadable: string;
}

/** Why what fstat describes is not a regular file, or null when it is one. */
export function whyNotAFile(stats: Stats): string | null {
  if (stats.isFile()) return null;
  if (stats.isDirectory()) return 'it is a folder';
  if (stats.isFIFO()) return 'it is a named pipe (FIFO), not a file';
  if (stats.isSocket()) return 'it is a socket, not a file';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'it is a device, not a file';
  return 'it is not a regular file';
}

// Errors that say something about the entry itself; anything else (no file
// handles left, a full disk) is the machine's state and is thrown.
const ENTRY_ERRORS: Record<string, string> = {
  EACCES: 'no permission to read it',
  EPERM: 'no permission to read it',
  ELOOP: 'it is a symbolic link that loops',
  EISDIR: 'it is a folder',
  ENXIO: 'it is not a regular file',
  ENODEV: 'it is not a regular file',
  EIO: 'the disk reported an input/output error',
  ENAMETOOLONG: 'its name is too long',
};

/** The reason for a failed open or read, or null when the error is not about the entry. */
export function whyReadFailed(error: unknown): string | null {
  const code = (error as NodeJS.ErrnoException).code;
  return code !== undefined ? (ENTRY_ERRORS[code] ?? null) : null;
}

export const DANGLING_LINK = 'it is a symbolic link to a file that does not exist';
