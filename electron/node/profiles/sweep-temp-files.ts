import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { isLockHeld, removeStaleLock } from './file-lock';
import { INDEX_FILE } from './profile-index';
import { classifyEntry, lockFile, namesLockFile } from './profile-paths';

/**
 * Removes what a crash left behind: temp files and lock files. Only our own
 * (named after a profile id) are touched. A temp file stays while a live
 * process holds its id's lock (it may be that process's write in progress);
 * a lock goes once its owner is gone or it is too old to be anyone's.
 */
export async function sweepTempFiles(dir: string): Promise<number> {
  let swept = 0;
  for (const name of await readdir(dir)) {
    // The index's own temp file: a write that a crash cut short (the index is only a cache).
    if (name.startsWith(`${INDEX_FILE}.`) && name.endsWith('.tmp')) {
      await rm(path.join(dir, name), { force: true });
      swept++;
      continue;
    }
    const entry = classifyEntry(name);
    if (entry.kind === 'lock' && (await removeStaleLock(lockFile(dir, entry.id)))) swept++;
    if (entry.kind !== 'temp' || entry.id === null) continue;
    if (await isLockHeld(lockFile(dir, entry.id))) continue;
    await rm(path.join(dir, name), { force: true });
    swept++;
  }
  if (await removeStaleLock(namesLockFile(dir))) swept++;
  return swept;
}
