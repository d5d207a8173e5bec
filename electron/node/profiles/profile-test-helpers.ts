import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_WORKLOAD } from '../../common/pricing/workload-schema';
import { PROFILE_SCHEMA_VERSION, type Profile } from '../../common/profiles/profile-schema';

/** Shared by the profile store's tests and its benchmark. */
export async function tempProfilesDir(): Promise<{ dir: string; cleanUp: () => Promise<void> }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'profiles-'));
  return { dir: path.join(root, 'profiles'), cleanUp: () => rm(root, { recursive: true, force: true }) };
}

/** A clock that moves a second on every reading, so updatedAt orders are certain. */
export function steppingClock(start = Date.parse('2025-06-01T12:00:00.000Z')): () => Date {
  let tick = 0;
  return () => new Date(start + 1000 * tick++);
}

export function profileFixture(overrides: Partial<Profile> = {}): Profile {
  return {
    schemaVersion: PROFILE_SCHEMA_VERSION,
    id: randomUUID(),
    name: 'Checkout API',
    notes: '',
    workload: { ...DEFAULT_WORKLOAD },
    deck: { order: [], visibility: {} },
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    revision: 1,
    ...overrides,
  };
}

export const fileText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Every file under the folder with its bytes: proof that an operation changed nothing. */
export async function snapshotDir(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = await readFile(file, 'base64');
  }
  return out;
}

/** A file as a user would have left it a while ago: settled, not mid-write (see settling.ts). */
export async function writeSettledFile(file: string, content: string | Buffer): Promise<void> {
  await writeFile(file, content);
  const aMinuteAgo = new Date(Date.now() - 60_000);
  await utimes(file, aMinuteAgo, aMinuteAgo);
}
