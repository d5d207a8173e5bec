import path from 'node:path';

/** Removed profiles wait here for undo. */
export const TRASH_DIR = '.trash';
/** Files dropped in by hand are claimed here while they become profiles. */
export const INCOMING_DIR = '.incoming';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';
const PROFILE_FILE = new RegExp(`^(${UUID})\\.json$`);
// Temp files and stale lock files left by a crash.
const TEMP_FILE = /\.(tmp|stale)$/;
const LOCK_FILE = new RegExp(`^(${UUID})\\.lock$`);
// Files the store itself keeps beside profiles and must never treat as new ones.
const STORE_KEPT = /\.corrupt-[^/\\]*\.json$|\.backup\.json$/;

export type DirEntry =
  | { kind: 'profile'; id: string }
  | { kind: 'temp'; id: string | null }
  | { kind: 'lock'; id: string }
  | { kind: 'foreign' }
  | { kind: 'ignored' };

/** What a file name in the profiles folder is; the only way names are interpreted. */
export function classifyEntry(name: string): DirEntry {
  if (name.startsWith('.')) return { kind: 'ignored' };
  const profile = PROFILE_FILE.exec(name);
  if (profile) return { kind: 'profile', id: profile[1] as string };
  if (TEMP_FILE.test(name)) return { kind: 'temp', id: new RegExp(`^(${UUID})\\.`).exec(name)?.[1] ?? null };
  const lock = LOCK_FILE.exec(name);
  if (lock) return { kind: 'lock', id: lock[1] as string };
  if (STORE_KEPT.test(name)) return { kind: 'ignored' };
  return name.toLowerCase().endsWith('.json') ? { kind: 'foreign' } : { kind: 'ignored' };
}

// Callers pass ids already checked against profileIdSchema; the check here is a last guard.
function checked(id: string): string {
  if (!PROFILE_FILE.test(`${id}.json`)) throw new Error(`Refusing a path for id ${JSON.stringify(id)}`);
  return id;
}

export const profileFile = (dir: string, id: string) => path.join(dir, `${checked(id)}.json`);
export const lockFile = (dir: string, id: string) => path.join(dir, `${checked(id)}.lock`);
/** Held while a name is chosen and written, so two imports of "Dup" never both become "Dup (3)". */
export const namesLockFile = (dir: string) => path.join(dir, '.names.lock');
export const backupFile = (dir: string, id: string, version: number) =>
  path.join(dir, `${checked(id)}.v${version}.backup.json`);
