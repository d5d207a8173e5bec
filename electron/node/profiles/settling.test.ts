import { mkdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tempProfilesDir } from './profile-test-helpers';
import { isSettling, SETTLE_MS } from './settling';

/**
 * A file changed less than SETTLE_MS ago may be half written: the store
 * leaves it alone for now. Our clock is fixed here (Date only), so the
 * boundary is exact; the file's time is set on disk.
 */

let file: string;
let cleanUp: () => Promise<void>;
beforeEach(async () => {
  let dir: string;
  ({ dir, cleanUp } = await tempProfilesDir());
  await mkdir(dir, { recursive: true });
  file = path.join(dir, 'changed.json');
  await writeFile(file, '{"half');
});
afterEach(async () => {
  vi.useRealTimers();
  await cleanUp();
});

const CHANGED_AT = Date.parse('2025-06-01T12:00:00.000Z');

/** Is the file, changed at CHANGED_AT, still settling when our clock reads `now`? */
async function settlingAt(now: number): Promise<boolean> {
  await utimes(file, new Date(CHANGED_AT), new Date(CHANGED_AT));
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
  return isSettling(file);
}

describe('isSettling', () => {
  it('is settling until SETTLE_MS have passed, and settled from then on', async () => {
    expect(SETTLE_MS).toBe(2_000);
    expect(await settlingAt(CHANGED_AT + SETTLE_MS - 1)).toBe(true);
    expect(await settlingAt(CHANGED_AT + SETTLE_MS)).toBe(false);
  });

  it('treats a change time ahead of our clock (a network drive) the same way', async () => {
    expect(await settlingAt(CHANGED_AT - SETTLE_MS + 1)).toBe(true);
    expect(await settlingAt(CHANGED_AT - SETTLE_MS)).toBe(false);
  });
});
