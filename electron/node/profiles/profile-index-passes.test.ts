import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProfileSummary } from '../../common/profiles/profile-schema';
import { INDEX_FILE, openProfileIndex, type FileStamp } from './profile-index';
import { profileFixture } from './profile-test-helpers';
import { folderForEachTest } from './testing/store-per-test';

// The index on its own, pass by pass: what a list keeps, drops and writes. (profile-index.test.ts
// checks the same through the store, counting the files a start reads.)

let dir: string;
// Nothing stays open: each pass opens the index, and flush waits for its write.
folderForEachTest(
  (folder) => (dir = folder),
  () => undefined,
);

const STAMP: FileStamp = { size: 812, mtimeMs: 1_748_779_200_123.5, ctimeMs: 1_748_779_200_124.25, ino: 40_961 };

function summaryOf(name: string): ProfileSummary {
  const { id, updatedAt, revision } = profileFixture({ name });
  return { id, name, updatedAt, revision, readOnly: false, example: false, notesPreview: `About ${name}` };
}

const indexedIds = async () =>
  Object.keys((JSON.parse(await readFile(path.join(dir, INDEX_FILE), 'utf8')) as { entries: object }).entries);

/** One list over the folder that reads (records) `read` and finds `unchanged` as they were. */
async function pass(read: ProfileSummary[], unchanged: ProfileSummary[] = []): Promise<void> {
  const index = await openProfileIndex(dir);
  const listing = index.beginPass();
  for (const summary of read) listing.record(summary.id, STAMP, summary);
  for (const summary of unchanged) listing.keep(summary.id);
  listing.end();
  await index.flush();
}

describe('an indexed summary is used only while its file is exactly as it was read', () => {
  it('is found for the same size, modification time, change time and inode', async () => {
    const plan = summaryOf('Plan');
    await pass([plan]);
    expect((await openProfileIndex(dir)).lookup(plan.id, { ...STAMP })).toEqual(plan);
  });

  it.each(['size', 'mtimeMs', 'ctimeMs', 'ino'] as const)(
    'is not found once only the file’s %s differs: the file is read again',
    async (part) => {
      const plan = summaryOf('Plan');
      await pass([plan]);
      expect((await openProfileIndex(dir)).lookup(plan.id, { ...STAMP, [part]: STAMP[part] + 1 })).toBeNull();
    },
  );
});

describe('each list replaces the index with what it saw', () => {
  it('keeps the summaries of files it found unchanged for the next start', async () => {
    const [plan, draft] = [summaryOf('Plan'), summaryOf('Draft')];
    await pass([plan, draft]);
    await pass([], [plan, draft]);
    const next = await openProfileIndex(dir);
    expect(next.lookup(plan.id, STAMP)).toEqual(plan);
    expect(next.lookup(draft.id, STAMP)).toEqual(draft);
  });

  it('does not write the index again when nothing was read and nothing has gone', async () => {
    const plan = summaryOf('Plan');
    await pass([plan]);
    const before = await stat(path.join(dir, INDEX_FILE));
    await pass([], [plan]);
    // Every write replaces the file (a new inode): the same file means none.
    const after = await stat(path.join(dir, INDEX_FILE));
    expect({ ino: after.ino, mtimeMs: after.mtimeMs }).toEqual({ ino: before.ino, mtimeMs: before.mtimeMs });
  });

  it('writes it without a profile whose file has gone, even when nothing was read', async () => {
    const [plan, gone] = [summaryOf('Plan'), summaryOf('Gone')];
    await pass([plan, gone]);
    await pass([], [plan]);
    expect(await indexedIds()).toEqual([plan.id]);
  });

  it('writes it with a file read for the first time', async () => {
    const [plan, added] = [summaryOf('Plan'), summaryOf('Added')];
    await pass([plan]);
    await pass([added], [plan]);
    expect((await indexedIds()).sort()).toEqual([plan.id, added.id].sort());
  });
});
