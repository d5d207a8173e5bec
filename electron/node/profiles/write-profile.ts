import { access } from 'node:fs/promises';
import { profileSchema, type Profile } from '../../common/profiles/profile-schema';
import { writeJsonFileAtomic } from '../store/json-file';
import { writeFileAtomic } from '../store/write-file-atomic';
import { backupFile, profileFile } from './profile-paths';

/**
 * Writes a profile atomically (temp file, fsync, rename): a reader or a crash
 * sees the old file or the new one, never half. Parsed once more on the way
 * out so nothing the schema would refuse on load can reach the disk.
 */
export async function writeProfile(dir: string, profile: Profile): Promise<void> {
  await writeJsonFileAtomic(profileFile(dir, profile.id), profileSchema.parse(profile));
}

/**
 * Keeps the original bytes of a file from an older format before its first
 * migrated write. An existing backup is the older original, so it is kept.
 */
export async function backUpOriginal(dir: string, id: string, version: number, bytes: Buffer): Promise<void> {
  const target = backupFile(dir, id, version);
  const alreadyKept = await access(target).then(
    () => true,
    () => false,
  );
  if (alreadyKept) return;
  await writeFileAtomic(target, bytes);
}
