import { randomUUID } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PROFILE_SCHEMA_VERSION } from '../../electron/common/profiles/profile-schema';

/** Profiles as a person (or another program) would leave them in the data folder. */
export function profileDir(dataDir: string): string {
  return path.join(dataDir, 'profiles');
}

export function profileFile(overrides: Record<string, unknown> = {}): { id: string; json: Record<string, unknown> } {
  const id = randomUUID();
  const now = new Date().toISOString();
  return {
    id,
    json: {
      schemaVersion: PROFILE_SCHEMA_VERSION,
      id,
      name: 'Hand-made profile',
      notes: '',
      workload: { requestsPerMonth: 42_000_000 },
      createdAt: now,
      updatedAt: now,
      revision: 1,
      ...overrides,
    },
  };
}

export async function writeProfileFile(
  dataDir: string,
  id: string,
  content: string | Record<string, unknown>,
): Promise<string> {
  const file = path.join(profileDir(dataDir), `${id}.json`);
  await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

export async function profileFilesOnDisk(dataDir: string): Promise<string[]> {
  return (await readdir(profileDir(dataDir))).filter((name) => !name.startsWith('.')).sort();
}

export async function readProfiles(dataDir: string): Promise<Record<string, unknown>[]> {
  const names = (await profileFilesOnDisk(dataDir)).filter((name) => /^[0-9a-f-]{36}\.json$/.test(name));
  return Promise.all(
    names.map(async (name) => JSON.parse(await readFile(path.join(profileDir(dataDir), name), 'utf8'))),
  );
}
