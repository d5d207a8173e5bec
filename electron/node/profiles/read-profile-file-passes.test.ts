import { mkdir, symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PROFILE_SCHEMA_VERSION } from '../../common/profiles/profile-schema';
import { fileText, profileFixture } from './profile-test-helpers';
import * as readCapped from './read-capped';
import type * as ReadCapped from './read-capped';
import { readProfileFile } from './read-profile-file';
import { folderForEachTest } from './testing/store-per-test';

/**
 * One file read as the store reads it, in the test process: the odd entries
 * of bad-entries.test.ts are read there by a store in a child process, out of
 * a mutation run's reach.
 */

/**
 * The two reads behind a file are watched (they still read the real file): a
 * quick synchronous one (the list of 10,000 profiles is read this way) and,
 * when that one cannot be trusted, the careful one. A torn quick read (a file
 * caught mid-write by another program) cannot be made on demand, so one test
 * has the quick read hand back what such a read would see.
 */
vi.mock('./read-capped', async (importOriginal) => {
  const real = await importOriginal<typeof ReadCapped>();
  return { ...real, readCappedQuick: vi.fn(real.readCappedQuick), readCapped: vi.fn(real.readCapped) };
});

beforeEach(() => {
  vi.mocked(readCapped.readCappedQuick).mockClear();
  vi.mocked(readCapped.readCapped).mockClear();
});

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

let dir: string;
// Nothing to close: these tests open no store.
folderForEachTest(
  (folder) => (dir = folder),
  () => undefined,
);

const file = () => path.join(dir, `${ID}.json`);
const read = () => readProfileFile(file(), ID, 'From the file name');

describe('reading one profile file', () => {
  it('reads a profile with its text and bytes, under the id of its file name', async () => {
    const text = fileText(profileFixture({ id: 'e0e0e0e0-0000-4000-8000-000000000000', name: 'Checkout API' }));
    await writeFile(file(), text);
    const result = await read();
    expect(result).toMatchObject({ kind: 'ok', text, profile: { id: ID, name: 'Checkout API' } });
    expect(result.kind === 'ok' && result.bytes.equals(Buffer.from(text))).toBe(true);
  });

  it('dates a file that carries no date (a pre-profile workload) by when it was last written', async () => {
    await writeFile(file(), '{ "memoryMB": 2048, "kind": "batch" }\n');
    const written = new Date('2024-03-05T06:07:08.000Z');
    await utimes(file(), written, written);
    const result = await read();
    expect(result).toMatchObject({
      kind: 'ok',
      fromVersion: 0,
      profile: {
        id: ID,
        createdAt: '2024-03-05T06:07:08.000Z',
        updatedAt: '2024-03-05T06:07:08.000Z',
        workload: { memoryMB: 2048 },
      },
    });
  });

  it('keeps the dates a profile carries, whatever the file’s time', async () => {
    const dated = profileFixture({ createdAt: '2025-01-02T03:04:05.000Z', updatedAt: '2025-02-03T04:05:06.000Z' });
    await writeFile(file(), fileText(dated));
    await utimes(file(), new Date('2024-03-05T06:07:08.000Z'), new Date('2024-03-05T06:07:08.000Z'));
    expect(await read()).toMatchObject({
      kind: 'ok',
      profile: { createdAt: '2025-01-02T03:04:05.000Z', updatedAt: '2025-02-03T04:05:06.000Z' },
    });
  });

  it('keeps the text of a file from a newer version, for an export to hand back unchanged', async () => {
    const text = fileText({ ...profileFixture(), schemaVersion: PROFILE_SCHEMA_VERSION + 1 });
    await writeFile(file(), text);
    expect(await read()).toMatchObject({ kind: 'newer', version: PROFILE_SCHEMA_VERSION + 1, text });
  });

  it('says a file that is not there is missing', async () => {
    expect(await read()).toEqual({ kind: 'missing' });
  });

  it('gives the reason for damage a user is shown, word for word', async () => {
    await writeFile(file(), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe]), Buffer.alloc(100)]));
    expect(await read()).toEqual({ kind: 'invalid', reason: 'this is not UTF-8 text (a binary file?)' });
    await writeFile(file(), ' '.repeat(1024 * 1024 + 1));
    expect(await read()).toEqual({ kind: 'invalid', reason: 'the file is larger than 1 MB' });
    await writeFile(file(), '{"name": "half');
    expect(await read()).toMatchObject({ kind: 'invalid', reason: expect.stringMatching(/not valid JSON/) });
  });

  it('calls a folder or a link to nothing unreadable, with the reason, never damaged', async () => {
    await mkdir(file());
    expect(await read()).toEqual({ kind: 'unreadable', reason: 'it is a folder' });
    await mkdir(path.join(dir, 'elsewhere'));
    const link = path.join(dir, 'elsewhere', `${ID}.json`);
    await symlink(path.join(dir, 'gone.json'), link);
    expect(await readProfileFile(link, ID, 'x')).toEqual({
      kind: 'unreadable',
      reason: 'it is a symbolic link to a file that does not exist',
    });
  });
});

describe('the quick read and the careful one', () => {
  it('never calls a file damaged on the quick read alone: a torn read is read again, and the file is fine', async () => {
    const text = fileText(profileFixture({ name: 'Checkout API' }));
    await writeFile(file(), text);
    // What a read in the middle of another program's write sees: the first half of the file.
    vi.mocked(readCapped.readCappedQuick).mockReturnValueOnce(Buffer.from(text.slice(0, text.length / 2)));
    expect(await read()).toMatchObject({ kind: 'ok', text, profile: { id: ID, name: 'Checkout API' } });
    expect(readCapped.readCapped).toHaveBeenCalledTimes(1);
  });

  it('reads a sound file once, quickly', async () => {
    await writeFile(file(), fileText(profileFixture({ name: 'Checkout API' })));
    expect(await read()).toMatchObject({ kind: 'ok' });
    expect(readCapped.readCappedQuick).toHaveBeenCalledTimes(1);
    expect(readCapped.readCapped).not.toHaveBeenCalled();
  });

  it('calls a file damaged only when the careful read finds it damaged too', async () => {
    await writeFile(file(), '{"name": "half');
    expect(await read()).toMatchObject({ kind: 'invalid', reason: expect.stringMatching(/not valid JSON/) });
    expect(readCapped.readCapped).toHaveBeenCalledTimes(1);
  });
});
