import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { access, chmod, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fileText, profileFixture, tempProfilesDir, writeSettledFile } from './profile-test-helpers';
import type * as storeProbe from './store-probe';
import { buildStoreProbe, canDropToNobody, giveToProbeUser, probeStore, runsAsRoot } from './store-probe';

/**
 * store-probe.ts runs the store in a child process for bad-entries.test.ts,
 * whose unreadable-file cases skip themselves where the probe cannot run as
 * another user. These tests hold the probe to what those tests rely on: its
 * verdicts, its messages, and that it drops to `nobody` whenever it can, so
 * the skip never hides a case that could run.
 */

const NOBODY = 65534;
const posixOnly = process.platform === 'win32';
// Asked of the system here, not of store-probe.ts: whether `setpriv` runs at all.
const setprivRuns = spawnSync('setpriv', ['--version'], { stdio: 'ignore' }).status === 0;
const reallyRoot = process.getuid?.() === 0;

// Bundled once, when a test first needs it (a failed build then fails that test).
let built: ReturnType<typeof buildStoreProbe> | undefined;
const probeFile = async () => (await (built ??= buildStoreProbe())).file;
afterAll(async () => (await built)?.cleanUp());

let root: string;
let dir: string;
let cleanUp: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanUp } = await tempProfilesDir());
  root = path.dirname(dir);
  await mkdir(dir, { recursive: true });
});
afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  vi.resetModules();
  await cleanUp();
});

const good = profileFixture({ name: 'Good one' });
const NOT_FOUND =
  'This profile no longer exists: it was deleted or its file was moved. Save yours as a copy to keep it.';

/** store-probe.ts as it is when loaded in another environment (a user id, a PATH). */
async function probeModuleLoadedAfter(change: () => void): Promise<typeof storeProbe> {
  change();
  vi.resetModules();
  return import('./store-probe');
}

describe.skipIf(posixOnly)('probeStore: what a store in a child process saw', () => {
  it('lists, gets each id asked for in order, and lists again', async () => {
    await writeFile(path.join(dir, `${good.id}.json`), fileText(good));
    const missing = randomUUID();
    giveToProbeUser(root);

    const seen = await probeStore(await probeFile(), dir, [good.id, missing]);

    expect(seen).toEqual({
      names: ['Good one'],
      notices: [],
      gets: [
        { id: good.id, ok: true, name: 'Good one' },
        { id: missing, ok: false, message: NOT_FOUND },
      ],
      namesAfter: ['Good one'],
      noticesAfter: [],
    });
  });

  it('gets nothing when asked for no ids', async () => {
    await writeFile(path.join(dir, `${good.id}.json`), fileText(good));
    giveToProbeUser(root);

    const seen = await probeStore(await probeFile(), dir);

    expect(seen.gets).toEqual([]);
    expect(seen.names).toEqual(['Good one']);
  });

  it('rejects with the exit code and what the store printed when the store fails', async () => {
    // A file where the profiles folder should be: the store cannot open it.
    await rm(dir, { recursive: true });
    await writeFile(dir, 'not a folder');
    giveToProbeUser(root);

    const failure = await probeStore(await probeFile(), dir).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(Error);
    const escaped = dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect((failure as Error).message).toMatch(
      new RegExp(`^The store failed \\(exit 1\\): Error: EEXIST: file already exists, mkdir '${escaped}'\\n    at `),
    );
  });

  it('rejects after 15 s without an answer instead of hanging the tests', async () => {
    // A stand-in for a store stuck on a read: a child that never answers.
    const stuck = path.join(root, 'never-answers.cjs');
    await writeFile(stuck, 'setTimeout(() => {}, 30_000);\n');
    await chmod(root, 0o755);
    giveToProbeUser(root);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

    const verdict = probeStore(stuck, dir).catch((error: unknown) => error);
    vi.advanceTimersByTime(15_000);

    expect(await verdict).toEqual(new Error('The store hung: no answer in 15 s (a read that blocks?)'));
  });
});

describe.skipIf(posixOnly)('the user the probe runs as', () => {
  it('drops to nobody exactly when it runs as root and setpriv is there', () => {
    expect(runsAsRoot).toBe(reallyRoot);
    expect(canDropToNobody).toBe(reallyRoot && setprivRuns);
  });

  it.skipIf(reallyRoot && !setprivRuns)(
    'cannot read a profile whose mode forbids reading it, so the store says why',
    async () => {
      await writeSettledFile(path.join(dir, `${good.id}.json`), fileText(good));
      await chmod(path.join(dir, `${good.id}.json`), 0o000);
      giveToProbeUser(root);

      const seen = await probeStore(await probeFile(), dir, [good.id]);

      expect(seen.gets).toEqual([
        {
          id: good.id,
          ok: false,
          message:
            "This profile's file could not be read (no permission to read it); it was left as it is. Nothing was overwritten: save yours as a copy to keep it.",
        },
      ]);
    },
  );

  it.skipIf(!reallyRoot || !setprivRuns)('as root, hands the whole folder to nobody', async () => {
    await writeFile(path.join(dir, `${good.id}.json`), fileText(good));

    giveToProbeUser(root);

    for (const entry of [root, dir, path.join(dir, `${good.id}.json`)]) {
      expect(await stat(entry)).toMatchObject({ uid: NOBODY, gid: NOBODY });
    }
  });

  it('as any other user, runs as that user: the folder keeps its owner and the store still answers', async () => {
    const probe = await probeModuleLoadedAfter(() => vi.spyOn(process, 'getuid').mockReturnValue(1000));
    expect(probe.runsAsRoot).toBe(false);
    expect(probe.canDropToNobody).toBe(false);
    await writeFile(path.join(dir, `${good.id}.json`), fileText(good));
    const owner = (await stat(root)).uid;

    probe.giveToProbeUser(root);

    expect((await stat(root)).uid).toBe(owner);
    const seen = await probe.probeStore(await probeFile(), dir, [good.id]);
    expect(seen.gets).toEqual([{ id: good.id, ok: true, name: 'Good one' }]);
  });

  it.skipIf(!reallyRoot)('as root without setpriv, says it cannot drop to nobody', async () => {
    const noTools = await mkdtemp(path.join(os.tmpdir(), 'no-setpriv-'));
    try {
      const probe = await probeModuleLoadedAfter(() => vi.stubEnv('PATH', noTools));
      expect(probe.runsAsRoot).toBe(true);
      expect(probe.canDropToNobody).toBe(false);
    } finally {
      await rm(noTools, { recursive: true, force: true });
    }
  });
});

describe.skipIf(posixOnly)('buildStoreProbe', () => {
  it('bundles the probe where nobody may run it, and cleanUp removes it', async () => {
    const own = await buildStoreProbe();
    expect((await stat(path.dirname(own.file))).mode & 0o777).toBe(0o755);

    await own.cleanUp();

    await expect(access(path.dirname(own.file))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
