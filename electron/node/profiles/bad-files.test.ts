import { randomBytes, randomUUID } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKLOAD } from '../../common/pricing/workload-schema';
import { PROFILE_SCHEMA_VERSION } from '../../common/profiles/profile-schema';
import { openProfileStore, ProfileStoreError, type ProfileStore } from './profile-store';
import { fileText, profileFixture, snapshotDir, steppingClock, writeSettledFile } from './profile-test-helpers';
import { folderForEachTest } from './testing/store-per-test';

let dir: string;
let store: ProfileStore | undefined;
folderForEachTest(
  (folder) => (dir = folder),
  () => store,
);

const good = profileFixture({ name: 'Good one' });
const withWorkload = (fields: Record<string, unknown>) =>
  fileText({ ...good, workload: { ...DEFAULT_WORKLOAD, ...fields } });
const withField = (fields: Record<string, unknown>) => fileText({ ...good, ...fields });

/** [what, file content, the reason the user is given]. */
const CORPUS: [string, string | Buffer, RegExp][] = [
  ['an empty file', '', /the file is empty/],
  ['truncated JSON', fileText(good).slice(0, 80), /not valid JSON/],
  ['a JSON array', '[{"name": "x"}]', /expected a JSON object, found an array/],
  ['a bare number', '42', /expected a JSON object, found a number/],
  ['a name of the wrong type', withField({ name: 42 }), /name: must be text \(found a number\)/],
  ['a revision given as text', withField({ revision: '3' }), /revision: must be a number \(found text\)/],
  ['a revision too big to count', withField({ revision: 1e20 }), /revision: is too large/],
  ['NaN encoded as a string', withWorkload({ memoryMB: 'NaN' }), /workload\.memoryMB: must be a number \(found text\)/],
  ['Infinity encoded as a string', withWorkload({ durationMs: 'Infinity' }), /workload\.durationMs: must be a number/],
  [
    'a number too big for a double',
    withField({}).replace('"durationMs": 120', '"durationMs": 1e400'),
    /workload\.durationMs: must be a finite number/,
  ],
  ['a negative memory size', withWorkload({ memoryMB: -512 }), /workload\.memoryMB: must be at least 128/],
  ['an absurd request count', withWorkload({ requestsPerMonth: 1e18 }), /workload\.requestsPerMonth: must be at most/],
  [
    'a negative price override',
    withWorkload({ priceOverrides: { 'lambda.requests': -1 } }),
    /\["lambda\.requests"\]: a price cannot be negative/,
  ],
  ['a 10 MB name', withField({ name: 'x'.repeat(10 * 1024 * 1024) }), /larger than 1 MB/],
  ['a 500-character name', withField({ name: 'x'.repeat(500) }), /name: must be at most 120 characters/],
  ['a name with NUL', withField({ name: 'a\u0000b' }), /name: must not contain control characters/],
  ['a __proto__ key', fileText(good).replace('{', '{"__proto__": {"polluted": true},'), /forbidden key "__proto__"/],
  [
    'a constructor key',
    withWorkload({ constructor: { prototype: { polluted: true } } }),
    /forbidden key "(constructor|prototype)"/,
  ],
  ['an unknown field', withField({ owner: 'me' }), /owner: unknown field/],
  ['a revision of 0', withField({ revision: 0 }), /revision: /],
  [
    'a binary file',
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe]), randomBytes(2000)]),
    /not UTF-8 text/,
  ],
  ['binary that happens to be valid UTF-8', Buffer.from('PK\u0003\u0004\u0000\u0000binary'), /binary file, not JSON/],
];

describe('bad profile files found on disk', () => {
  it.each(CORPUS)(
    'sets aside %s with a notice naming it, and still loads the others',
    async (_what, content, reason) => {
      const badId = randomUUID();
      await writeFile(path.join(dir, `${good.id}.json`), fileText(good));
      await writeSettledFile(path.join(dir, `${badId}.json`), content);
      store = await openProfileStore({ dir, now: steppingClock() });

      const { profiles, notices } = await store.list();
      expect(profiles.filter((p) => !p.example).map((p) => p.name)).toEqual(['Good one']);
      expect(notices).toHaveLength(1);
      const [notice] = notices;
      expect(notice!.kind).toBe('corrupt');
      expect(notice!.file).toMatch(new RegExp(`^${badId}\\.corrupt-[0-9TZ-]+\\.json$`));
      expect(notice!.message).toMatch(reason);
      expect(notice!.message).toContain(notice!.file);
      expect(notice!.message.length).toBeLessThan(500);
      // In the user's words, never the validator's.
      expect(notice!.message).not.toMatch(/Invalid input|Too big|expected \w+, received|9007199254740991/);
      // Buffer.equals: a deep equality walk over 10 MB takes minutes.
      expect((await readFile(path.join(dir, notice!.file))).equals(Buffer.from(content))).toBe(true);
      expect(await readFile(path.join(dir, `${good.id}.json`), 'utf8')).toBe(fileText(good));
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect((await store.list()).notices).toEqual([]);
    },
  );

  it('opens a file from a newer version read-only, with a notice, and never rewrites it', async () => {
    const future = fileText({
      ...good,
      schemaVersion: 9,
      workload: { ...DEFAULT_WORKLOAD, quantumCores: 4 },
      hologram: true,
    });
    await writeFile(path.join(dir, `${good.id}.json`), future);
    store = await openProfileStore({ dir });
    const { profiles, notices } = await store.list();
    expect(profiles.find((p) => p.id === good.id)).toMatchObject({ name: 'Good one', readOnly: true });
    expect(notices).toEqual([expect.objectContaining({ kind: 'newer-version', file: `${good.id}.json` })]);
    expect(notices[0]!.message).toMatch(/newer version of Compute Explorer \(format 9\); it is shown read-only/);
    expect((await store.get(good.id)).readOnly).toBe(true);
    const refused = await store.save({ ...good, baseRevision: 1 }).catch((e: ProfileStoreError) => e);
    expect(refused).toMatchObject({ code: 'read-only', message: expect.stringMatching(/newer version.*format 9/) });
    expect((await store.exportProfile(good.id)).text).toBe(future);
    expect((await store.duplicate(good.id)).schemaVersion).toBe(PROFILE_SCHEMA_VERSION);
    expect(await readFile(path.join(dir, `${good.id}.json`), 'utf8')).toBe(future);
  });

  it('refuses to save over a file that was damaged while open, keeping the damaged bytes aside', async () => {
    store = await openProfileStore({ dir });
    const created = await store.create({ name: 'Mine', workload: DEFAULT_WORKLOAD });
    await writeSettledFile(path.join(dir, `${created.id}.json`), '{"half": ');
    const refused = await store.save({ ...created, notes: 'from the app', baseRevision: 1 }).catch((e: unknown) => e);
    expect(refused).toMatchObject({
      code: 'not-found',
      message: expect.stringMatching(/can no longer be read.*kept as .*corrupt.*save yours as a copy/),
    });
    const kept = (await readdir(dir)).find((f) => f.includes('.corrupt-'))!;
    expect(await readFile(path.join(dir, kept), 'utf8')).toBe('{"half": ');
    expect((await store.list()).notices).toEqual([expect.objectContaining({ kind: 'corrupt', file: kept })]);
  });

  it('leaves a damaged file alone while it may still be being written, and sets it aside once it settles', async () => {
    const id = randomUUID();
    const file = path.join(dir, `${id}.json`);
    await writeFile(file, '{"name": "half-writ');
    store = await openProfileStore({ dir });
    const since = await store.waitForChange(-1, 0);
    expect((await store.list()).notices).toEqual([]);
    expect(await readFile(file, 'utf8')).toBe('{"name": "half-writ');
    // It asks for another look by itself once the file has had time to settle.
    expect(await store.waitForChange(since, 5_000)).toBeGreaterThan(since);
    expect((await store.list()).notices).toEqual([expect.objectContaining({ kind: 'corrupt' })]);
  });

  it('takes the id from the file name, not from what the file says', async () => {
    const fileId = randomUUID();
    await writeFile(path.join(dir, `${fileId}.json`), fileText({ ...good, id: '../../elsewhere' }));
    store = await openProfileStore({ dir });
    expect((await store.get(fileId)).profile).toMatchObject({ id: fileId, name: 'Good one' });
  });
});

describe('bad input to import and save', () => {
  async function expectRefusedWithNothingWritten(attempt: () => Promise<unknown>, code: string, message: RegExp) {
    const before = await snapshotDir(dir);
    const error = await attempt().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProfileStoreError);
    expect(error).toMatchObject({ code, message: expect.stringMatching(message) });
    expect((error as Error).message.length).toBeLessThan(500);
    expect(await snapshotDir(dir)).toEqual(before);
  }

  it.each(CORPUS.filter(([, content]) => typeof content === 'string'))(
    'refuses to import %s, adding nothing',
    async (_what, content, reason) => {
      store = await openProfileStore({ dir });
      await store.create({ name: 'Existing', workload: DEFAULT_WORKLOAD });
      await expectRefusedWithNothingWritten(() => store!.importText(content as string, 'bad.json'), 'invalid', reason);
      expect(await readdir(dir)).toHaveLength(1);
    },
  );

  it('names the file it refuses to import, by its base name, without control characters', async () => {
    store = await openProfileStore({ dir });
    const refused = (name: string) => store!.importText('[]', name).catch((e: Error) => e.message);
    expect(await refused('C:\\fakepath\\checkout.json')).toMatch(
      /^“checkout\.json” cannot be imported: expected a JSON object, found an array\. Nothing was saved\.$/,
    );
    expect(await refused('two\nlines.json')).toMatch(/^“two\?lines\.json” cannot be imported/);
  });

  it('refuses to import a file from a newer version', async () => {
    store = await openProfileStore({ dir });
    await expectRefusedWithNothingWritten(
      () => store!.importText(fileText({ ...good, schemaVersion: PROFILE_SCHEMA_VERSION + 1 })),
      'invalid',
      new RegExp(
        `newer version of Compute Explorer \\(format ${PROFILE_SCHEMA_VERSION + 1}; this app reads up to ${PROFILE_SCHEMA_VERSION}\\)`,
      ),
    );
  });

  it('refuses import text over 1 MB before parsing it', async () => {
    store = await openProfileStore({ dir });
    await expectRefusedWithNothingWritten(
      () => store!.importText(' '.repeat(2_000_000)),
      'invalid',
      /larger than 1 MB/,
    );
  });

  it('refuses bad saves, naming the field, and keeps the profile as it was', async () => {
    store = await openProfileStore({ dir });
    const profile = await store.create({ name: 'Keep me', workload: DEFAULT_WORKLOAD });
    const save = (fields: Record<string, unknown>) => () =>
      store!.save({ ...profile, baseRevision: 1, ...fields } as Parameters<ProfileStore['save']>[0]);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [
        { name: 'x'.repeat(10 * 1024 * 1024) },
        'invalid',
        /The name is not valid: must be at most 120 characters\. Nothing was saved\./,
      ],
      [{ name: 'a\u0000b' }, 'invalid', /control characters/],
      [{ name: '   ' }, 'invalid', /a name is required/],
      [{ notes: 'x'.repeat(20_001) }, 'invalid', /notes are not valid/],
      [
        { workload: { memoryMB: Number.NaN } },
        'invalid',
        /workload\.memoryMB: Invalid input: expected number, received NaN/,
      ],
      [{ workload: { durationMs: Infinity } }, 'invalid', /workload\.durationMs/],
      [
        { workload: { memoryMB: '512' } },
        'invalid',
        /workload\.memoryMB: Invalid input: expected number, received string/,
      ],
      [{ workload: JSON.parse('{"__proto__": {"polluted": true}}') }, 'invalid', /workload\.__proto__: unknown field/],
      [{ workload: [] }, 'invalid', /workload/],
      [{ baseRevision: -1 }, 'invalid', /revision is not valid/],
      [{ baseRevision: '1' }, 'invalid', /revision is not valid/],
      [{ id: '../../outside' }, 'not-found', /no longer exists/],
      [{ id: `${profile.id}/../x` }, 'not-found', /no longer exists/],
      [{ id: profile.id.toUpperCase() }, 'not-found', /no longer exists/],
      [{ id: 'example-../../x' }, 'not-found', /no longer exists/],
    ];
    for (const [fields, code, message] of cases) await expectRefusedWithNothingWritten(save(fields), code, message);
    await expectRefusedWithNothingWritten(() => store!.save(null as never), 'invalid', /expected an object/);
    expect((await store.get(profile.id)).profile).toEqual(profile);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['emoji', '🚀 Launch plan 🚀'],
    ['right-to-left text', 'שרת API ציבורי'],
    ['a path-like name', '../../etc/passwd'],
    ['a slash', 'a/b'],
  ])('accepts %s as a name; the file still lands at <id>.json and the name round-trips', async (_what, name) => {
    store = await openProfileStore({ dir });
    const created = await store.create({ name, workload: DEFAULT_WORKLOAD });
    expect(await readdir(dir)).toEqual([`${created.id}.json`]);
    await store.close();
    store = await openProfileStore({ dir });
    expect((await store.get(created.id)).profile.name).toBe(name);
    expect((await store.list()).profiles.find((p) => p.id === created.id)?.name).toBe(name);
  });
});
