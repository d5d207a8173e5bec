import { mkdir } from 'node:fs/promises';
import { afterEach, beforeEach } from 'vitest';
import { openProfileStore, type ProfileStore } from '../profile-store';
import { steppingClock, tempProfilesDir } from '../profile-test-helpers';

export interface OpenedStore {
  dir: string;
  store: ProfileStore;
}

/**
 * A profile store on a fresh temporary folder for each test of the file,
 * closed and removed after it. `onOpen` receives it before each test (the
 * file keeps it in its own variables); `reopen` closes it and opens the same
 * folder again, as the app does on its next start.
 */
export function storeForEachTest(onOpen: (opened: OpenedStore) => void): { reopen(): Promise<ProfileStore> } {
  let dir = '';
  let store: ProfileStore | undefined;
  let cleanUp: () => Promise<void> = async () => undefined;
  const open = async () => (store = await openProfileStore({ dir, now: steppingClock() }));
  beforeEach(async () => {
    ({ dir, cleanUp } = await tempProfilesDir());
    onOpen({ dir, store: await open() });
  });
  afterEach(async () => {
    await store?.close();
    store = undefined;
    await cleanUp();
  });
  return {
    async reopen() {
      await store?.close();
      return open();
    },
  };
}

/**
 * A fresh, empty temporary profiles folder for each test of the file, for
 * tests that put files in it before they open a store (or a watcher) on it.
 * `onFolder` receives it before each test; after each, whatever `opened()`
 * then returns is closed, once, and the folder removed.
 */
export function folderForEachTest(
  onFolder: (dir: string) => void,
  opened: () => { close(): unknown } | undefined,
): void {
  let cleanUp: () => Promise<void> = async () => undefined;
  // A test that opens nothing leaves the previous test's store in the file's variable: closed already.
  const closed = new WeakSet<object>();
  beforeEach(async () => {
    let dir: string;
    ({ dir, cleanUp } = await tempProfilesDir());
    await mkdir(dir, { recursive: true });
    onFolder(dir);
  });
  afterEach(async () => {
    const thing = opened();
    if (thing && !closed.has(thing)) {
      closed.add(thing);
      await thing.close();
    }
    await cleanUp();
  });
}
