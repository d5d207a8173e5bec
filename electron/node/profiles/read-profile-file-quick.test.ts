import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fileText, profileFixture } from './profile-test-helpers';
import * as readCapped from './read-capped';
import type * as ReadCapped from './read-capped';
import { readProfileFile } from './read-profile-file';
import { folderForEachTest } from './testing/store-per-test';

/**
 * The two reads behind one profile file: a quick synchronous one (the list of
 * 10,000 profiles is read this way) and, when that one cannot be trusted, the
 * careful one. A torn quick read (a file caught mid-write by another program)
 * cannot be made on demand, so the quick read is wrapped here to hand back
 * what such a read would see; the careful read is always the real one.
 */
vi.mock('./read-capped', async (importOriginal) => {
  const real = await importOriginal<typeof ReadCapped>();
  return { ...real, readCappedQuick: vi.fn(real.readCappedQuick), readCapped: vi.fn(real.readCapped) };
});

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
let dir: string;
folderForEachTest(
  (folder) => (dir = folder),
  () => undefined,
);
const file = () => path.join(dir, `${ID}.json`);

beforeEach(() => {
  vi.mocked(readCapped.readCappedQuick).mockClear();
  vi.mocked(readCapped.readCapped).mockClear();
});

describe('the quick read and the careful one', () => {
  it('never calls a file damaged on the quick read alone: a torn read is read again, and the file is fine', async () => {
    const text = fileText(profileFixture({ name: 'Checkout API' }));
    await writeFile(file(), text);
    // What a read in the middle of another program's write sees: the first half of the file.
    vi.mocked(readCapped.readCappedQuick).mockReturnValueOnce(Buffer.from(text.slice(0, text.length / 2)));
    const result = await readProfileFile(file(), ID, 'From the file name');
    expect(result).toMatchObject({ kind: 'ok', text, profile: { id: ID, name: 'Checkout API' } });
    expect(readCapped.readCapped).toHaveBeenCalledTimes(1);
  });

  it('reads a sound file once, quickly', async () => {
    await writeFile(file(), fileText(profileFixture({ name: 'Checkout API' })));
    expect(await readProfileFile(file(), ID, 'From the file name')).toMatchObject({ kind: 'ok' });
    expect(readCapped.readCappedQuick).toHaveBeenCalledTimes(1);
    expect(readCapped.readCapped).not.toHaveBeenCalled();
  });

  it('calls a file damaged only when the careful read finds it damaged too', async () => {
    await writeFile(file(), '{"name": "half');
    const result = await readProfileFile(file(), ID, 'From the file name');
    expect(result).toMatchObject({ kind: 'invalid', reason: expect.stringMatching(/not valid JSON/) });
    expect(readCapped.readCapped).toHaveBeenCalledTimes(1);
  });
});
