import { describe, expect, it } from 'vitest';
import { createSharedListing } from './shared-listing';

/** A folder scan the test finishes by hand, counting how often the folder was read. */
function fakeFolder() {
  let counter = 0;
  let scans = 0;
  const finishers: (() => void)[] = [];
  const failers: ((error: Error) => void)[] = [];
  const scan = () => {
    scans++;
    const n = scans;
    return new Promise<string>((resolve, reject) => {
      finishers.push(() => resolve(`scan ${n}`));
      failers.push(reject);
    });
  };
  return {
    listing: createSharedListing(scan, () => counter),
    scans: () => scans,
    change: () => void counter++,
    finish: async () => {
      for (const finish of finishers.splice(0)) finish();
      failers.splice(0);
      await Promise.resolve();
    },
    fail: async () => {
      for (const fail of failers.splice(0)) fail(new Error('EIO'));
      finishers.splice(0);
      await Promise.resolve();
    },
  };
}

describe('shared folder listings', () => {
  it('a listing asked for while one is under way waits for it instead of reading the folder again', async () => {
    const folder = fakeFolder();
    const first = folder.listing.take();
    const second = folder.listing.take();
    await folder.finish();
    expect(await first).toBe('scan 1');
    expect(await second).toBe('scan 1');
    expect(folder.scans()).toBe(1);
  });

  it('a change since the listing under way began means a listing of its own', async () => {
    const folder = fakeFolder();
    const first = folder.listing.take();
    folder.change();
    const second = folder.listing.take();
    await folder.finish();
    expect(await first).toBe('scan 1');
    expect(await second).toBe('scan 2');
  });

  it('a finished listing is not handed out again: the next one reads the folder afresh', async () => {
    const folder = fakeFolder();
    const first = folder.listing.take();
    await folder.finish();
    await first;
    const second = folder.listing.take();
    await folder.finish();
    expect(await second).toBe('scan 2');
  });

  it('the warm-up is kept for the first listing after it, and only that one', async () => {
    const folder = fakeFolder();
    folder.listing.warmUp();
    await folder.finish();
    expect(await folder.listing.take()).toBe('scan 1');
    const next = folder.listing.take();
    await folder.finish();
    expect(await next).toBe('scan 2');
  });

  it('the warm-up is dropped when the folder changed after it began', async () => {
    const folder = fakeFolder();
    folder.listing.warmUp();
    await folder.finish();
    folder.change();
    const asked = folder.listing.take();
    await folder.finish();
    expect(await asked).toBe('scan 2');
  });

  it('a failed listing fails those waiting for it, and the next one reads the folder again', async () => {
    const folder = fakeFolder();
    folder.listing.warmUp();
    const waiting = folder.listing.take();
    await folder.fail();
    await expect(waiting).rejects.toThrow('EIO');
    const next = folder.listing.take();
    await folder.finish();
    expect(await next).toBe('scan 2');
  });

  it('idle() waits for the listing under way, even a failing one', async () => {
    const folder = fakeFolder();
    folder.listing.warmUp();
    let idle = false;
    const waiting = folder.listing.idle().then(() => (idle = true));
    await Promise.resolve();
    expect(idle).toBe(false);
    await folder.fail();
    await waiting;
    expect(idle).toBe(true);
  });
});
