// Issue #4 profile store figures, bundled by the bench runner and run in plain Node.
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_WORKLOAD } from '../../electron/common/pricing/workload-schema';
import { openProfileStore } from '../../electron/node/profiles/profile-store';
import { fileText, profileFixture, tempProfilesDir } from '../../electron/node/profiles/profile-test-helpers';

const PROFILE_COUNT = 1_000;

/**
 * Writes profile files straight to disk: the figure is about reading them.
 * Each file is dated when its profile was last saved, as a user's files are.
 */
export async function fillWithProfiles(dir: string, count: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  const day = 24 * 60 * 60 * 1000;
  await Promise.all(
    Array.from({ length: count }, (_, i) => {
      const updatedAt = new Date(Date.parse('2025-01-01T00:00:00.000Z') + (i % 300) * day).toISOString();
      const profile = profileFixture({
        name: `Workload ${i}`,
        notes: `Profile number ${i}, with a line of notes like an architect would leave.`,
        workload: { ...DEFAULT_WORKLOAD, requestsPerMonth: 1_000 + i * 997, memoryMB: 128 + (i % 64) * 16 },
        updatedAt,
        revision: 1 + (i % 7),
      });
      const file = path.join(dir, `${profile.id}.json`);
      return writeFile(file, fileText(profile)).then(() => utimes(file, new Date(updatedAt), new Date(updatedAt)));
    }),
  );
}

/** ms for a fresh store (an app start) to open `dir` and list its `count` profiles. */
async function timeStart(dir: string, count: number): Promise<number> {
  const started = performance.now();
  const store = await openProfileStore({ dir });
  const { profiles } = await store.list();
  const elapsed = performance.now() - started;
  await store.close();
  if (profiles.filter((p) => !p.example).length !== count) throw new Error('not every profile was listed');
  return elapsed;
}

/**
 * ms for the first start over `count` profile files (every file read and
 * schema-checked, the index written), then for the next starts (the index
 * read, every file stat-ed).
 */
export async function listFromDisk(count = PROFILE_COUNT, nextStarts = 3): Promise<{ first: number; next: number[] }> {
  const { dir, cleanUp } = await tempProfilesDir();
  try {
    await fillWithProfiles(dir, count);
    const first = await timeStart(dir, count);
    const next: number[] = [];
    for (let run = 0; run < nextStarts; run++) next.push(await timeStart(dir, count));
    return { first, next };
  } finally {
    await cleanUp();
  }
}

/** Fills `dir` and starts the store once over it, as an earlier run of the app leaves the folder. */
export async function fillAndIndex(dir: string, count: number): Promise<void> {
  await fillWithProfiles(dir, count);
  const store = await openProfileStore({ dir });
  await store.list();
  await store.close();
}

/** ms per save of one profile (validate, lock, read and compare revision, write temp, fsync, rename). */
export async function saveTimings(n = 200): Promise<number[]> {
  const { dir, cleanUp } = await tempProfilesDir();
  const store = await openProfileStore({ dir });
  try {
    let profile = await store.create({ name: 'Benchmark', workload: DEFAULT_WORKLOAD });
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const workload = { ...profile.workload, requestsPerMonth: 1_000 + i };
      const started = performance.now();
      profile = await store.save({ ...profile, workload, baseRevision: profile.revision });
      times.push(performance.now() - started);
    }
    return times;
  } finally {
    await store.close();
    await cleanUp();
  }
}
