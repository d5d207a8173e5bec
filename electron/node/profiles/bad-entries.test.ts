import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmod, lstat, mkdir, readdir, readFile, symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fileText, profileFixture, tempProfilesDir, writeSettledFile } from './profile-test-helpers';
import { buildStoreProbe, canDropToNobody, giveToProbeUser, probeStore, runsAsRoot } from './store-probe';

/**
 * The bad-file corpus's second half: not bad content (bad-files.test.ts) but
 * entries a file system can hold that are no file to read. Each must leave
 * the other profiles listed, be named in one notice, and never block: the
 * store runs in a child process (store-probe.ts) so a hang fails the test
 * instead of freezing the runner.
 */

let probe: Awaited<ReturnType<typeof buildStoreProbe>>;
let root: string;
let dir: string;
let cleanUp: () => Promise<void>;

beforeAll(async () => {
  probe = await buildStoreProbe();
});
afterAll(() => probe.cleanUp());
beforeEach(async () => {
  ({ dir, cleanUp } = await tempProfilesDir());
  root = path.dirname(dir);
  await mkdir(dir, { recursive: true });
});
afterEach(() => cleanUp());

const good = profileFixture({ name: 'Good one' });
const mkfifo = (file: string): void => void execFileSync('mkfifo', [file]);
const unreadableCanBeTested = !runsAsRoot || canDropToNobody;
const posixOnly = process.platform === 'win32';

/** [what, how to make it at `file` (scratch is a folder outside the profiles), what the notice says]. */
const ENTRY_CORPUS: [string, (file: string, scratch: string) => Promise<void>, RegExp][] = [
  ['a symbolic link to a folder', (file, scratch) => symlink(scratch, file), /is a folder/],
  ['a folder', (file) => mkdir(file), /is a folder/],
  ['a symbolic link that loops', (file) => symlink(path.basename(file), file), /symbolic link that loops/],
  [
    'a symbolic link to nothing',
    (file, scratch) => symlink(path.join(scratch, 'gone.json'), file),
    /symbolic link to a file that does not exist/,
  ],
  ['a FIFO', async (file) => mkfifo(file), /named pipe/],
  [
    'a symbolic link to a FIFO',
    async (file, scratch) => {
      mkfifo(path.join(scratch, 'pipe'));
      await symlink(path.join(scratch, 'pipe'), file);
    },
    /named pipe/,
  ],
  [
    'a file nobody may read (chmod 000)',
    async (file) => {
      await writeSettledFile(file, fileText(profileFixture({ name: 'Locked away' })));
      await chmod(file, 0o000);
    },
    /permission to read it/,
  ],
];

describe.skipIf(posixOnly)('odd entries named like a profile (<id>.json)', () => {
  it.each(ENTRY_CORPUS)(
    '%s: the others still load, one notice names it, opening it says why, and it is left as it was',
    async (what, make, reason) => {
      if (what.includes('chmod') && !unreadableCanBeTested) return;
      const badId = randomUUID();
      const scratch = path.join(root, 'scratch');
      await mkdir(scratch);
      await writeFile(path.join(dir, `${good.id}.json`), fileText(good));
      await make(path.join(dir, `${badId}.json`), scratch);
      const before = await lstat(path.join(dir, `${badId}.json`));
      giveToProbeUser(root);

      const seen = await probeStore(probe.file, dir, [badId, good.id]);

      expect(seen.names).toEqual(['Good one']);
      expect(seen.notices).toHaveLength(1);
      expect(seen.notices[0]!.file).toBe(`${badId}.json`);
      expect(seen.notices[0]!.message).toContain(`${badId}.json`);
      expect(seen.notices[0]!.message).toMatch(reason);
      expect(seen.gets[0]).toMatchObject({ ok: false, message: expect.stringMatching(reason) });
      expect(seen.gets[1]).toMatchObject({ ok: true, name: 'Good one' });
      // Reported once, not on every list.
      expect(seen.namesAfter).toEqual(['Good one']);
      expect(seen.noticesAfter).toEqual([]);
      const after = await lstat(path.join(dir, `${badId}.json`));
      expect([after.ino, after.mode]).toEqual([before.ino, before.mode]);
    },
  );
});

describe.skipIf(posixOnly)('odd files dropped into the profiles folder', () => {
  it.skipIf(!unreadableCanBeTested)(
    'sets aside a dropped-in file nobody may read, with a notice, instead of hiding it in .incoming',
    async () => {
      const content = fileText(profileFixture({ name: 'Locked away' }));
      await writeSettledFile(path.join(dir, 'locked.json'), content);
      await chmod(path.join(dir, 'locked.json'), 0o000);
      await writeFile(path.join(dir, `${good.id}.json`), fileText(good));
      giveToProbeUser(root);

      const seen = await probeStore(probe.file, dir);

      expect(seen.names).toEqual(['Good one']);
      expect(seen.notices).toHaveLength(1);
      expect(seen.notices[0]!.message).toMatch(/locked\.json could not be read \(no permission to read it\)/);
      const kept = seen.notices[0]!.file;
      expect(kept).toMatch(/^locked\.corrupt-[0-9TZ-]+\.json$/);
      expect(seen.notices[0]!.message).toContain(kept);
      await chmod(path.join(dir, kept), 0o600);
      expect(await readFile(path.join(dir, kept), 'utf8')).toBe(content);
      expect(await readdir(path.join(dir, '.incoming'))).toEqual([]);
      expect(seen.noticesAfter).toEqual([]);
    },
  );

  it('adopts a dropped-in workload file whose name holds a line break, named without it', async () => {
    await writeSettledFile(path.join(dir, 'nightly\netl.json'), '{ "memoryMB": 2048, "kind": "batch" }\n');
    giveToProbeUser(root);

    const seen = await probeStore(probe.file, dir);

    expect(seen.names).toEqual(['nightly etl']);
    expect(seen.notices).toEqual([expect.objectContaining({ kind: 'migrated', file: 'nightly\netl.json' })]);
    expect(seen.notices[0]!.message).toMatch(/^nightly\?etl\.json was an older workload file/);
    expect(await readdir(path.join(dir, '.incoming'))).toEqual([]);
  });

  it('sets aside a dropped-in link to a FIFO with a notice, without blocking', async () => {
    const scratch = path.join(root, 'scratch');
    await mkdir(scratch);
    mkfifo(path.join(scratch, 'pipe'));
    // Settled, as a file long in place (a fresh one waits until it is: see settling.ts).
    const aMinuteAgo = new Date(Date.now() - 60_000);
    await utimes(path.join(scratch, 'pipe'), aMinuteAgo, aMinuteAgo);
    await symlink(path.join(scratch, 'pipe'), path.join(dir, 'pipe.json'));
    await writeFile(path.join(dir, `${good.id}.json`), fileText(good));
    giveToProbeUser(root);

    const seen = await probeStore(probe.file, dir);

    expect(seen.names).toEqual(['Good one']);
    expect(seen.notices).toHaveLength(1);
    expect(seen.notices[0]!.message).toMatch(/pipe\.json could not be read \(it is a named pipe/);
    expect(seen.notices[0]!.file).toMatch(/^pipe\.corrupt-[0-9TZ-]+\.json$/);
    expect((await lstat(path.join(dir, seen.notices[0]!.file))).isSymbolicLink()).toBe(true);
    expect(await readdir(path.join(dir, '.incoming'))).toEqual([]);
  });
});
