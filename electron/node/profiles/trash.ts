import { randomBytes } from 'node:crypto';
import { access, mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { profileIdSchema } from '../../common/profiles/profile-schema';
import { TRASH_DIR, profileFile } from './profile-paths';

/**
 * A removed profile is moved, not deleted, to `.trash/<id>.<random>.json`;
 * the undo token is that name without `.json`, so a token can only ever
 * point inside the trash, at a file whose id it states.
 */
const TOKEN = /^([0-9a-f-]{36})\.([0-9a-f]{12})$/;

export function parseUndoToken(token: unknown): { id: string; trashed: string } | null {
  if (typeof token !== 'string') return null;
  const match = TOKEN.exec(token);
  if (!match || !profileIdSchema.safeParse(match[1]).success) return null;
  return { id: match[1] as string, trashed: `${token}.json` };
}

/** Returns the undo token, or null when the file was already gone. */
export async function moveToTrash(dir: string, id: string): Promise<string | null> {
  await mkdir(path.join(dir, TRASH_DIR), { recursive: true });
  const token = `${id}.${randomBytes(6).toString('hex')}`;
  try {
    await rename(profileFile(dir, id), path.join(dir, TRASH_DIR, `${token}.json`));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return token;
}

/** Callers hold the id's lock, so nothing can create the profile between the check and the rename. */
export async function takeFromTrash(
  dir: string,
  token: { id: string; trashed: string },
): Promise<'restored' | 'exists' | 'missing'> {
  const target = profileFile(dir, token.id);
  const taken = await access(target).then(
    () => true,
    () => false,
  );
  if (taken) return 'exists';
  try {
    await rename(path.join(dir, TRASH_DIR, token.trashed), target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
  return 'restored';
}
