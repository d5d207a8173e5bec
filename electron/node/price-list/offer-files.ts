import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** Offer files in a folder and its subfolders (AWS's own layout nests them), or the one file named. */
export async function offerFilesIn(target: string): Promise<string[]> {
  if (!(await stat(target)).isDirectory()) return [target];
  const entries = await readdir(target, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.(json|csv)$/i.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}
