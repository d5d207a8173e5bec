import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** The committed fixture tree: files at AWS's bulk-endpoint paths under `fixtures/`. */
export const FIXTURE_ROOT = path.join(import.meta.dirname, '..', 'fixtures');

export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** The committed offer files for one Region in one format. */
export async function fixtureOfferFiles(region: string, format: 'json' | 'csv'): Promise<string[]> {
  return (await filesUnder(FIXTURE_ROOT)).filter((f) => f.endsWith(`${path.sep}${region}${path.sep}index.${format}`));
}
