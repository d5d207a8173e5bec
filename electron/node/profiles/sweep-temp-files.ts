import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { isLockHeld } from './file-lock';
import { classifyEntry, lockFile } from './profile-paths';

/**
 * Removes temp files a crash left behind. Only our own (named after a profile
 * id) are touched, and not while a live process holds that id's lock: the
 * temp file may be its write in progress.
 */
export async function sweepTempFiles(dir: string): Promise<number> {
  let swept = 0;
  for (const name of await readdir(dir)) {
    const entry = classifyEntry(name);
    if (entry.kind !== 'temp' || entry.id === null) continue;
    if (await isLockHeld(lockFile(dir, entry.id))) continue;
    await rm(path.join(dir, name), { force: true });
    swept++;
  }
  return swept;
}
