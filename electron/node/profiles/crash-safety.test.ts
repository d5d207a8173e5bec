import { spawn } from 'node:child_process';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_WORKLOAD } from '../../common/pricing/workload-schema';
import { profileSchema } from '../../common/profiles/profile-schema';
import { buildCrashChildForTests } from './build-crash-child-for-tests';
import { crashLoopContent } from './crash-loop-content';
import { openProfileStore } from './profile-store';
import { tempProfilesDir } from './profile-test-helpers';

const PROFILES = 3;
// A fixed count, not a time budget: a loaded machine must not get a weaker test.
// Two dozen rounds cover every phase of a save (opening, temp file, rename).
const KILLS = 24;

let childFile: string;
let dir: string;
let cleanUp: () => Promise<void>;
let ids: string[];

beforeAll(async () => {
  childFile = await buildCrashChildForTests();
  ({ dir, cleanUp } = await tempProfilesDir());
  const store = await openProfileStore({ dir });
  ids = [];
  for (let i = 0; i < PROFILES; i++) {
    const { name, notes, requestsPerMonth } = crashLoopContent(1);
    ids.push((await store.create({ name, notes, workload: { ...DEFAULT_WORKLOAD, requestsPerMonth } })).id);
  }
  await store.close();
});
afterAll(async () => {
  await cleanUp();
  await rm(path.dirname(childFile), { recursive: true, force: true });
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs the child until a random moment, SIGKILLs it, and returns what it announced. */
async function runAndKill(): Promise<string[]> {
  const child = spawn(process.execPath, [childFile, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let errors = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(signal ?? code)),
  );
  // Mostly kill mid-loop; sometimes while it is still opening the store.
  if (Math.random() < 0.8) {
    const deadline = Date.now() + 10_000;
    while (!output.includes('ready\n') && child.exitCode === null && Date.now() < deadline) await pause(1);
    await pause(Math.random() * 25);
  } else {
    await pause(Math.random() * 80);
  }
  child.kill('SIGKILL');
  const ended = await exited;
  expect(errors).toBe('');
  expect(ended).toBe('SIGKILL');
  return output.split('\n');
}

describe('crash safety', () => {
  it('every profile file holds either its old or its new content after SIGKILLs at random moments', async () => {
    const revisionOf = new Map(ids.map((id) => [id, 1]));
    const started = Date.now();
    let kills = 0;
    let killedMidSave = 0;
    let saves = 0;
    let leftTempFile = 0;
    let renamedButUnacknowledged = 0;
    while (kills < KILLS) {
      const lines = await runAndKill();
      kills++;
      const acknowledged = new Map<string, number>();
      let inFlight: { id: string; revision: number } | null = null;
      for (const line of lines) {
        const [verb, id, revision] = line.split(' ');
        if (verb === 'saving') inFlight = { id: id!, revision: Number(revision) };
        if (verb === 'saved') {
          acknowledged.set(id!, Number(revision));
          inFlight = null;
          saves++;
        }
      }
      if (inFlight) killedMidSave++;

      for (const id of ids) {
        const text = await readFile(path.join(dir, `${id}.json`), 'utf8');
        const profile = profileSchema.parse(JSON.parse(text));
        const old = acknowledged.get(id) ?? revisionOf.get(id)!;
        const allowed = inFlight?.id === id ? [old, inFlight.revision] : [old];
        expect(allowed).toContain(profile.revision);
        if (inFlight?.id === id && profile.revision === inFlight.revision) renamedButUnacknowledged++;
        const { name, notes, requestsPerMonth } = crashLoopContent(profile.revision);
        expect(profile).toMatchObject({ name, notes, workload: { requestsPerMonth } });
        revisionOf.set(id, profile.revision);
      }
      const files = await readdir(dir);
      expect(files.filter((f) => f.includes('.corrupt-'))).toEqual([]);
      if (files.some((f) => f.endsWith('.tmp'))) leftTempFile++;
    }
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `crash test: ${kills} SIGKILLs in ${seconds.toFixed(1)} s: ${killedMidSave} mid-save ` +
        `(${leftTempFile} left a temp file, ${renamedButUnacknowledged} after the rename), ${saves} acknowledged saves`,
    );
    expect(killedMidSave).toBeGreaterThan(0);

    // Afterwards the store opens cleanly, sweeps the debris and can save again (stale locks taken over).
    const store = await openProfileStore({ dir });
    const { profiles, notices } = await store.list();
    expect(notices).toEqual([]);
    expect(profiles.filter((p) => !p.example)).toHaveLength(PROFILES);
    const { profile } = await store.get(ids[0]!);
    await expect(store.save({ ...profile, baseRevision: profile.revision })).resolves.toBeDefined();
    await store.close();
    // Checked once the store has closed: the list's own index write may still be under way before that.
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 120_000);
});
