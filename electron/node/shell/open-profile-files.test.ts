import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShellEvent } from '../../common/desktop-ipc';
import { openProfileStore, type ProfileStore } from '../profiles/profile-store';
import { fileText, profileFixture } from '../profiles/profile-test-helpers';
import { createProfileFileOpener, openProfileFiles, profileFilePaths } from './open-profile-files';
import { createShellEventQueue } from './shell-event-queue';

describe('profileFilePaths', () => {
  it('keeps .json and .cxprofile arguments, resolved against the launch folder, and nothing else', () => {
    const argv = [
      '/opt/Compute Explorer/compute-explorer',
      '.',
      '/app/dist/electron/main.cjs',
      '--no-sandbox',
      '--original-process-start-time=13370000',
      'checkout.json',
      '../shared/Nightly.JSON',
      'Peak load.cxprofile',
      'notes.txt',
    ];
    expect(profileFilePaths(argv, '/home/ana/work')).toEqual([
      '/home/ana/work/checkout.json',
      '/home/ana/shared/Nightly.JSON',
      '/home/ana/work/Peak load.cxprofile',
    ]);
  });

  it('never takes the executable for a file, and names a file once', () => {
    expect(profileFilePaths(['/weird/app.json', 'a.json', './a.json'], '/x')).toEqual(['/x/a.json']);
  });
});

describe('openProfileFiles', () => {
  let root: string;
  let store: ProfileStore;
  let events: ShellEvent[];
  const target = () => ({ importText: store.importText, push: (event: ShellEvent) => events.push(event) });

  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'open-files-'));
    store = await openProfileStore({ dir: path.join(root, 'data', 'profiles') });
    events = [];
  });
  afterEach(async () => {
    await store.close();
    await rm(root, { recursive: true, force: true });
  });

  it('imports a profile file into the store and says which profile to open', async () => {
    const file = path.join(root, 'checkout.json');
    await writeFile(file, fileText(profileFixture({ name: 'Checkout API' })));
    await openProfileFiles([file], target());
    expect(events).toEqual([{ kind: 'open-profile', id: expect.any(String), name: 'Checkout API' }]);
    const opened = events[0] as { id: string };
    expect((await store.get(opened.id)).profile.name).toBe('Checkout API');
  });

  it('names the file and says why when it cannot be opened, and goes on with the next', async () => {
    const bad = path.join(root, 'broken.json');
    const big = path.join(root, 'huge.json');
    const good = path.join(root, 'good.json');
    await writeFile(bad, '{ "name": ');
    await writeFile(big, `{"notes":"${'x'.repeat(1_100_000)}"}`);
    await writeFile(good, fileText(profileFixture({ name: 'Good one' })));
    await openProfileFiles([path.join(root, 'gone.json'), bad, big, good], target());
    expect(events.map((event) => (event.kind === 'open-failed' ? event.message : event.kind))).toEqual([
      expect.stringMatching(/^“gone\.json” could not be opened: there is no such file/),
      expect.stringMatching(/^“broken\.json” cannot be imported: .*Nothing was saved\.$/),
      '“huge.json” could not be opened: the file is larger than 1 MB.',
      'open-profile',
    ]);
    expect((await store.list()).profiles.filter((p) => !p.id.startsWith('example-'))).toHaveLength(1);
  });
});

describe('createProfileFileOpener', () => {
  it('holds files that arrive before the store is ready, then opens them in order', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'opener-'));
    const store = await openProfileStore({ dir: path.join(root, 'profiles') });
    try {
      const files = ['first', 'second'].map((name) => path.join(root, `${name}.json`));
      for (const [index, file] of files.entries())
        await writeFile(file, fileText(profileFixture({ name: `Profile ${index + 1}` })));
      const queue = createShellEventQueue();
      const opener = createProfileFileOpener();
      opener.open([files[0]!]);
      opener.open([files[1]!]);
      expect(await queue.wait(0, 0)).toEqual({ counter: 0, events: [] });
      opener.attach({ importText: store.importText, push: queue.push });
      const seen: ShellEvent[] = [];
      for (let since = 0; seen.length < 2;) {
        const batch = await queue.wait(since);
        since = batch.counter;
        seen.push(...batch.events);
      }
      expect(seen.map((event) => event.kind === 'open-profile' && event.name)).toEqual(['Profile 1', 'Profile 2']);
    } finally {
      await store.close();
      await rm(root, { recursive: true, force: true });
    }
  });
});
