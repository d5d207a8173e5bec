import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { profileSchema, type Profile, type StoreNotice } from '../../common/profiles/profile-schema';
import { adoptForeignFiles } from './adopt-foreign-files';
import { fileText, profileFixture, snapshotDir, steppingClock, tempProfilesDir } from './profile-test-helpers';

/**
 * adoptForeignFiles on its own, on a real folder: what becomes of a file
 * dropped into the profiles folder (by hand, or left half claimed by a crash).
 * The store's own view of the same files is in older-and-dropped-in-files.test.ts.
 */

let dir: string;
let cleanUp: () => Promise<void>;
let notices: StoreNotice[];

beforeEach(async () => {
  ({ dir, cleanUp } = await tempProfilesDir());
  await mkdir(dir, { recursive: true });
  notices = [];
});
afterEach(() => cleanUp());

// steppingClock's first reading, as setAside writes it into a file name.
const STAMP = '2025-06-01T12-00-00-000Z';
const NOT_AN_OBJECT = 'expected a JSON object, found an array';
const PROFILE_FILE = /^([0-9a-f-]{36})\.json$/;
// Windows file names hold neither line breaks nor named pipes.
const onWindows = process.platform === 'win32';

const adopt = (names: string[]) =>
  adoptForeignFiles(names, { dir, now: steppingClock(), notice: (notice) => notices.push(notice) });

const incoming = () => path.join(dir, '.incoming');

/** The profiles now in the folder, read back through the schema. */
async function profilesOnDisk(): Promise<Profile[]> {
  const names = (await readdir(dir)).filter((name) => PROFILE_FILE.test(name));
  return Promise.all(
    names.map(async (name) => profileSchema.parse(JSON.parse(await readFile(path.join(dir, name), 'utf8')))),
  );
}

describe('a profile file dropped into the folder', () => {
  it('becomes a profile under a fresh id, named as it was, with no notice and no backup', async () => {
    const exported = profileFixture({ name: 'Team', notes: 'from a colleague', revision: 4 });
    await writeFile(path.join(dir, 'team.json'), fileText(exported));

    expect(await adopt(['team.json'])).toBe(1);

    const [adopted, ...others] = await profilesOnDisk();
    expect(others).toEqual([]);
    expect(adopted!.id).not.toBe(exported.id);
    expect(adopted).toEqual({ ...exported, id: adopted!.id });
    // Current format: nothing to convert, so no backup of an original and nothing to report.
    expect((await readdir(dir)).sort()).toEqual(['.incoming', `${adopted!.id}.json`]);
    expect(await readdir(incoming())).toEqual([]);
    expect(notices).toEqual([]);
  });

  it('names an old workload file with no name of its own "Imported workload", keeping the original', async () => {
    const original = '{ "memoryMB": 2048, "kind": "batch" }\n';
    await writeFile(path.join(dir, ' .json'), original);

    await adopt([' .json']);

    const [adopted] = await profilesOnDisk();
    expect(adopted).toMatchObject({ name: 'Imported workload', workload: { memoryMB: 2048, kind: 'batch' } });
    expect(await readFile(path.join(dir, `${adopted!.id}.v0.backup.json`), 'utf8')).toBe(original);
    expect(notices).toEqual([
      {
        kind: 'migrated',
        file: ' .json',
        message: ` .json was an older workload file; it is now the profile "Imported workload" (the original is kept as ${adopted!.id}.v0.backup.json).`,
      },
    ]);
  });

  it('skips a file another copy of the app claimed first, and still adopts the rest', async () => {
    await writeFile(path.join(dir, 'team.json'), fileText(profileFixture({ name: 'Team' })));

    expect(await adopt(['claimed-elsewhere.json', 'team.json'])).toBe(1);

    expect((await profilesOnDisk()).map((p) => p.name)).toEqual(['Team']);
    expect(notices).toEqual([]);
  });

  it('stops on a failure to claim a file other than its being gone already', async () => {
    // Longer than any file name may be: the rename fails, and that is not hidden.
    await expect(adopt([`${'x'.repeat(300)}.json`])).rejects.toMatchObject({ code: 'ENAMETOOLONG' });
  });
});

describe('a dropped-in file that is not a profile', () => {
  it('is kept beside the profiles under its own name, and one notice says where', async () => {
    await writeFile(path.join(dir, 'shopping list.json'), '["eggs"]');

    await adopt(['shopping list.json']);

    const keptAs = `shopping list.corrupt-${STAMP}.json`;
    expect(notices).toEqual([
      {
        kind: 'corrupt',
        file: keptAs,
        message: `shopping list.json is not a profile (${NOT_AN_OBJECT}); it was kept as ${keptAs}.`,
      },
    ]);
    expect(await readFile(path.join(dir, keptAs), 'utf8')).toBe('["eggs"]');
    expect(await profilesOnDisk()).toEqual([]);
    expect(await readdir(incoming())).toEqual([]);
  });

  it.skipIf(onWindows)(
    'shows a line break in its name as "?" in the notice, and keeps the real name on disk',
    async () => {
      await writeFile(path.join(dir, 'two\nlines.json'), '["eggs"]');

      await adopt(['two\nlines.json']);

      const keptAs = `two\nlines.corrupt-${STAMP}.json`;
      expect(notices).toEqual([
        {
          kind: 'corrupt',
          file: keptAs,
          message: `two?lines.json is not a profile (${NOT_AN_OBJECT}); it was kept as two?lines.corrupt-${STAMP}.json.`,
        },
      ]);
      expect(await readdir(dir)).toContain(keptAs);
    },
  );

  it('keeps the end of a name near the 255-byte limit, where its extension is', async () => {
    // 250 bytes: with the claim's "<id>--" in front it would not fit, so only the last 200 bytes go along.
    const tail = `${'b'.repeat(195)}.json`;
    await writeFile(path.join(dir, `${'a'.repeat(50)}${tail}`), '["eggs"]');

    await adopt([`${'a'.repeat(50)}${tail}`]);

    const keptAs = `${'b'.repeat(195)}.corrupt-${STAMP}.json`;
    expect(notices).toEqual([
      {
        kind: 'corrupt',
        file: keptAs,
        message: `${tail} is not a profile (${NOT_AN_OBJECT}); it was kept as ${keptAs}.`,
      },
    ]);
    expect(await readFile(path.join(dir, keptAs), 'utf8')).toBe('["eggs"]');
  });

  it.skipIf(onWindows)('that cannot be read (a named pipe) is kept aside too, and says why', async () => {
    execFileSync('mkfifo', [path.join(dir, 'pipe.json')]);

    await adopt(['pipe.json']);

    const keptAs = `pipe.corrupt-${STAMP}.json`;
    expect(notices).toEqual([
      {
        kind: 'corrupt',
        file: keptAs,
        message: `pipe.json could not be read (it is a named pipe (FIFO), not a file); it was kept as ${keptAs}.`,
      },
    ]);
    expect((await readdir(dir)).sort()).toEqual(['.incoming', keptAs]);
  });
});

describe('claims a crash left in .incoming', () => {
  it('clears a claim whose profile was already written, leaving that profile as it is', async () => {
    const id = randomUUID();
    const written = fileText(profileFixture({ id, name: 'Team', revision: 3 }));
    await writeFile(path.join(dir, `${id}.json`), written);
    await mkdir(incoming());
    await writeFile(path.join(incoming(), `${id}--team.json`), fileText(profileFixture({ name: 'Team draft' })));

    expect(await adopt([])).toBe(1);

    expect(await readFile(path.join(dir, `${id}.json`), 'utf8')).toBe(written);
    expect(await readdir(incoming())).toEqual([]);
    expect(notices).toEqual([]);
  });

  it('leaves entries that are not claims of ours as they are', async () => {
    await mkdir(incoming());
    const strays = [`x${randomUUID()}--team.json`, `${'0'.repeat(36)}--team.json`, 'notes.txt'];
    for (const name of strays) await writeFile(path.join(incoming(), name), fileText(profileFixture()));
    const before = await snapshotDir(dir);

    expect(await adopt([])).toBe(strays.length);

    expect(await snapshotDir(dir)).toEqual(before);
    expect(notices).toEqual([]);
  });
});
