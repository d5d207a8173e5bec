import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileText, profileFixture, tempProfilesDir } from './profile-test-helpers';
import { sweepTempFiles } from './sweep-temp-files';

/**
 * What the store clears away as it opens: the temp files and lock files of
 * writes a crash cut short. Never a profile, never a write still running in
 * another process, never a file that is not ours; and the count it returns
 * is what it removed.
 */

let dir: string;
let cleanUp: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanUp } = await tempProfilesDir());
  await mkdir(dir, { recursive: true });
});
afterEach(() => cleanUp());

// A pid above Linux's 2^22 ceiling names no process.
const DEAD_PID = 2 ** 22 + 12_345;
const ownerText = (pid: number) => JSON.stringify({ pid, host: os.hostname(), nonce: randomUUID() });
/** A temp file named as writeFileAtomic names them: `<target>.<12 hex>.tmp`. */
const tempOf = (name: string) => `${name}.0123456789ab.tmp`;
const put = (name: string, content = 'x') => writeFile(path.join(dir, name), content);
const listing = async () => (await readdir(dir)).sort();

describe('the index (a cache): its temp file', () => {
  it('sweeps the temp file of an index write a crash cut short, and counts it', async () => {
    await put('.index.json', '{}');
    await put(tempOf('.index.json'), '{"format": "compute-ex');

    expect(await sweepTempFiles(dir)).toBe(1);

    expect(await listing()).toEqual(['.index.json']);
  });

  it('leaves other files named after the index alone', async () => {
    const kept = ['.index.json', '.index.json.old', '.index.json.tmp.txt', 'index.json.0123456789ab.tmp'];
    for (const name of kept) await put(name);

    expect(await sweepTempFiles(dir)).toBe(0);

    expect(await listing()).toEqual([...kept].sort());
  });
});

describe("a profile's temp files", () => {
  it('sweeps one whose profile no process is writing, and keeps the profile itself', async () => {
    const profile = profileFixture({ name: 'Kept' });
    await put(`${profile.id}.json`, fileText(profile));
    await put(tempOf(`${profile.id}.json`), '{"half');
    const other = randomUUID();
    await put(tempOf(`${other}.json`), '{"half');

    expect(await sweepTempFiles(dir)).toBe(2);

    expect(await listing()).toEqual([`${profile.id}.json`]);
    expect(await readFile(path.join(dir, `${profile.id}.json`), 'utf8')).toBe(fileText(profile));
  });

  it('keeps one while a live process holds its lock: that write may still be running', async () => {
    const [busy, idle] = [randomUUID(), randomUUID()];
    await put(`${busy}.lock`, ownerText(process.ppid));
    await put(tempOf(`${busy}.json`), '{"in progress');
    await put(tempOf(`${idle}.json`), '{"half');

    expect(await sweepTempFiles(dir)).toBe(1);

    expect(await listing()).toEqual([`${busy}.json.0123456789ab.tmp`, `${busy}.lock`].sort());
  });

  it('never touches a temp or stale file that is not named after a profile', async () => {
    const notOurs = ['my-own-notes.tmp', 'backup.stale', 'checkout.json.0123456789ab.tmp'];
    for (const name of notOurs) await put(name, 'not ours');

    expect(await sweepTempFiles(dir)).toBe(0);

    expect(await listing()).toEqual([...notOurs].sort());
  });
});

describe('lock files a crash left behind', () => {
  it("sweeps a profile's lock whose owner is gone, counts it, and keeps a live one", async () => {
    const [dead, live] = [randomUUID(), randomUUID()];
    await put(`${dead}.lock`, ownerText(DEAD_PID));
    await put(`${live}.lock`, ownerText(process.ppid));

    expect(await sweepTempFiles(dir)).toBe(1);

    expect(await listing()).toEqual([`${live}.lock`]);
  });

  it('sweeps the names lock when its owner is gone, and counts it', async () => {
    await put('.names.lock', ownerText(DEAD_PID));

    expect(await sweepTempFiles(dir)).toBe(1);

    expect(await listing()).toEqual([]);
  });

  it('keeps the names lock while its owner lives, and counts nothing', async () => {
    await put('.names.lock', ownerText(process.ppid));

    expect(await sweepTempFiles(dir)).toBe(0);

    expect(await listing()).toEqual(['.names.lock']);
  });

  it('counts every kind it removed in one sweep', async () => {
    const id = randomUUID();
    await put(tempOf('.index.json'));
    await put(tempOf(`${id}.json`));
    await put(`${id}.lock`, ownerText(DEAD_PID));
    await put('.names.lock', ownerText(DEAD_PID));

    expect(await sweepTempFiles(dir)).toBe(4);

    expect(await listing()).toEqual([]);
  });
});
