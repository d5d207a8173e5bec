import { randomUUID } from 'node:crypto';
import { access, mkdir, readdir, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { nameFromFileName } from '../../common/profiles/profile-names';
import { PROFILE_SCHEMA_VERSION, profileIdSchema, type StoreNotice } from '../../common/profiles/profile-schema';
import { withFileLock } from './file-lock';
import { INCOMING_DIR, lockFile, profileFile } from './profile-paths';
import { readProfileFile } from './read-profile-file';
import { setAside } from './set-aside';
import { backUpOriginal, writeProfile } from './write-profile';

/**
 * A JSON file dropped into the profiles folder by hand ("checkout-api.json",
 * an export, an old workload file) becomes a profile with a fresh id: file
 * names come only from ids. The file is first claimed by renaming it into
 * `.incoming/<id>--<name>`, which only one process can win; at every step its
 * content exists either there or as the new profile, so a crash loses nothing.
 */
// `s`: a file name may hold line breaks.
const CLAIM = /^([0-9a-f-]{36})--(.+)$/s;
// File names are limited to 255 bytes; the claim prefix takes 38.
const CLAIMED_NAME_MAX_BYTES = 200;

export interface AdoptOptions {
  dir: string;
  now: () => Date;
  notice: (notice: StoreNotice) => void;
}

/** The end of a name, where its extension is, cut to fit whole characters into `max` bytes. */
function tailWithin(name: string, max: number): string {
  const chars = Array.from(name);
  let out = '';
  for (let i = chars.length - 1; i >= 0; i--) {
    const next = (chars[i] as string) + out;
    if (Buffer.byteLength(next) > max) break;
    out = next;
  }
  return out;
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

async function finishClaim(claimPath: string, options: AdoptOptions): Promise<void> {
  const { dir, now, notice } = options;
  const match = CLAIM.exec(path.basename(claimPath));
  if (!match || !profileIdSchema.safeParse(match[1]).success) return;
  const [, id, originalName] = match as unknown as [string, string, string];
  // A file name may hold anything but '/' and NUL; the notice shouldn't carry line breaks.
  const shown = (name: string) => name.replace(/[\p{Cc}\p{Cs}]/gu, '?');
  const shownName = shown(originalName);
  const setAsideWithNotice = async (why: string) => {
    const keptAs = await setAside(claimPath, now(), path.join(dir, originalName));
    if (keptAs)
      notice({ kind: 'corrupt', file: keptAs, message: `${shownName} ${why}; it was kept as ${shown(keptAs)}.` });
  };
  await withFileLock(lockFile(dir, id), async () => {
    // A crash after the profile was written leaves only the claim to clear up.
    if (await exists(profileFile(dir, id))) return unlink(claimPath).catch(() => undefined);
    const read = await readProfileFile(claimPath, id, nameFromFileName(originalName) ?? 'Imported workload');
    if (read.kind === 'missing') return;
    if (read.kind === 'unreadable') return setAsideWithNotice(`could not be read (${read.reason})`);
    if (read.kind === 'invalid') return setAsideWithNotice(`is not a profile (${read.reason})`);
    if (read.kind === 'newer') return rename(claimPath, profileFile(dir, id));
    if (read.fromVersion < PROFILE_SCHEMA_VERSION) {
      await backUpOriginal(dir, id, read.fromVersion, read.bytes);
      notice({
        kind: 'migrated',
        file: originalName,
        message: `${shownName} was an older workload file; it is now the profile "${read.profile.name}" (the original is kept as ${id}.v${read.fromVersion}.backup.json).`,
      });
    }
    await writeProfile(dir, read.profile);
    await unlink(claimPath);
  });
}

/** Claims and converts every dropped-in file; returns how many it found. */
export async function adoptForeignFiles(foreignNames: readonly string[], options: AdoptOptions): Promise<number> {
  const incoming = path.join(options.dir, INCOMING_DIR);
  await mkdir(incoming, { recursive: true });
  for (const name of foreignNames) {
    const claimName = `${randomUUID()}--${tailWithin(name, CLAIMED_NAME_MAX_BYTES)}`;
    await rename(path.join(options.dir, name), path.join(incoming, claimName)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
  // Claims left by a crash are finished too, not just this pass's.
  const claims = await readdir(incoming);
  for (const claim of claims) {
    // One stubborn file (permissions, a full disk) must not stop the list; it is retried next time.
    await finishClaim(path.join(incoming, claim), options).catch(() => undefined);
  }
  return claims.length;
}
