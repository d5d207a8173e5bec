import { access, rename } from 'node:fs/promises';
import path from 'node:path';

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/**
 * Renames an unreadable file to `NAME.corrupt-<timestamp>.json` beside it, as
 * the preferences store does: never deleted, never silently skipped. `asIf`
 * is where the file belongs when it sits elsewhere for now (a claimed
 * drop-in). Returns the new base name, or null if the file was already gone
 * (another reader set it aside first).
 */
export async function setAside(file: string, now: Date, asIf = file): Promise<string | null> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const { dir, name } = path.parse(asIf);
  let target = path.join(dir, `${name}.corrupt-${stamp}.json`);
  for (let n = 2; await exists(target); n++) target = path.join(dir, `${name}.corrupt-${stamp}-${n}.json`);
  try {
    await rename(file, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return path.basename(target);
}
