import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export interface AtomicWriteOptions {
  /**
   * A dot-file temp name, for folders the user browses (exports); the app's
   * own folders use `NAME.<hex>.tmp`, which the profile store knows to sweep.
   */
  hiddenTemp?: boolean;
  /** The new file's permissions (before the umask): the app's own data is private by default. */
  mode?: number;
}

/**
 * Writes `data` to exactly `file`: a temp file beside it, fsync, rename.
 * Whoever opens the file sees the old one or the whole new one, and a failure
 * leaves no temp file behind. Every atomic write in the app goes through here.
 */
export async function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  { hiddenTemp = false, mode = 0o600 }: AtomicWriteOptions = {},
): Promise<void> {
  const temp = tempFileFor(file, hiddenTemp);
  try {
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * The same, finished before it returns: for the one write the process must
 * not end without (Electron quits soon after the last window closes, and
 * would cut an asynchronous write short).
 */
export function writeFileAtomicSync(
  file: string,
  data: string | Uint8Array,
  { hiddenTemp = false, mode = 0o600 }: AtomicWriteOptions = {},
): void {
  const temp = tempFileFor(file, hiddenTemp);
  try {
    const descriptor = openSync(temp, 'wx', mode);
    try {
      writeFileSync(descriptor, data);
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

function tempFileFor(file: string, hiddenTemp: boolean): string {
  const suffix = `${randomBytes(6).toString('hex')}.tmp`;
  return hiddenTemp ? path.join(path.dirname(file), `.${path.basename(file)}.${suffix}`) : `${file}.${suffix}`;
}

/** A file written where the user chose (an export): a hidden temp, ordinary permissions. */
export const USER_FILE: AtomicWriteOptions = { hiddenTemp: true, mode: 0o666 };
