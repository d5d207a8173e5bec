import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUNDLED_PRICE_BOOK, PRICE_IDS } from '../../../common/pricing/price-book';
import type { PriceBookData } from '../../../common/pricing/price-book-data';
import { PriceBookStore } from '../../price-books/price-book-store';
import { FIXTURE_VERSIONS } from '../testing/fixture-model';
import { startFixtureServer, type FixtureServer } from '../testing/fixture-server';
import { fixtureFiles, offerFilePath } from '../testing/fixture-tree';
import type { UpdatePlan } from './price-list-index';
import { updateRegion, type RegionUpdate } from './update-region';

let server: FixtureServer;
let dataDir: string;
let store: PriceBookStore;

beforeEach(async () => {
  server = await startFixtureServer();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'price-update-'));
  store = PriceBookStore.inDataDir(dataDir);
});
afterEach(async () => {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

const template = BUNDLED_PRICE_BOOK;
const EC2_CSV = offerFilePath('AmazonEC2', 'eu-central-1', 'csv');
const EC2_BYTES = Buffer.byteLength(fixtureFiles().get(EC2_CSV)!);

function update(overrides: Partial<RegionUpdate> = {}) {
  return updateRegion({
    store,
    region: 'eu-central-1',
    ids: PRICE_IDS,
    template,
    baseUrl: server.url,
    stallMs: 5_000,
    confirm: async () => true,
    ...overrides,
  });
}

/** An earlier Frankfurt book, to show an update that fails leaves it as it was. */
async function existingBook(): Promise<string> {
  const earlier: PriceBookData = {
    ...template,
    region: { code: 'eu-central-1', name: 'EU (Frankfurt)' },
    version: 'earlier',
  };
  await store.put(earlier);
  return readFile(path.join(store.dir, 'eu-central-1.json'), 'utf8');
}

async function expectNothingChanged(before: string): Promise<void> {
  expect(await readFile(path.join(store.dir, 'eu-central-1.json'), 'utf8')).toBe(before);
  expect(await readdir(store.dir)).toEqual(['downloads', 'eu-central-1.json']);
  expect(existsSync(path.join(store.dir, 'downloads', 'eu-central-1'))).toBe(false);
}

const bigGets = () =>
  server.requests.filter(
    (r) => r.method === 'GET' && /\/index\.(csv|json)$/.test(r.path) && !r.path.endsWith('/aws/index.json'),
  );

describe('updating prices for a Region from AWS', () => {
  it('shows what it will fetch and how big before fetching it, then stores the Region’s book', async () => {
    let shown: UpdatePlan | undefined;
    let fetchedBeforeConfirm = -1;
    const result = await update({
      confirm: async (plan) => {
        shown = plan;
        fetchedBeforeConfirm = bigGets().length;
        return true;
      },
    });
    expect(fetchedBeforeConfirm).toBe(0);
    expect(shown!.offers.map((o) => o.offer)).toEqual([...Object.keys(FIXTURE_VERSIONS)].sort());
    expect(shown!.offers.find((o) => o.offer === 'AmazonEC2')).toMatchObject({
      version: '20251028195310',
      url: `${server.url}${EC2_CSV}`,
      bytes: EC2_BYTES,
    });
    expect(result.kind).toBe('updated');
    const stored = await store.get('eu-central-1');
    if (stored.kind !== 'ok') throw new Error('no book stored');
    expect(stored.book.prices['ec2.m5.large']!.usd).toBe(0.115);
    expect(stored.book.source).toMatchObject({ kind: 'aws-price-list' });
    expect(await readdir(store.dir)).toEqual(['downloads', 'eu-central-1.json']);
    expect(await readdir(path.join(store.dir, 'downloads'))).toEqual([]);
  });

  it('downloads nothing when the user declines after seeing the sizes', async () => {
    const result = await update({ confirm: async () => false });
    expect(result.kind).toBe('declined');
    expect(bigGets()).toEqual([]);
    expect(existsSync(store.dir)).toBe(false);
  });

  it('records the services AWS does not offer in the Region as absent', async () => {
    const result = await update({ region: 'sa-east-1' });
    if (result.kind !== 'updated') throw new Error(result.kind);
    expect(result.plan.notOffered).toEqual(['AmazonLightsail']);
    expect(result.book.absent['lightsail.bundle.1gb']).toEqual({
      reason: 'AWS does not offer Amazon Lightsail in South America (Sao Paulo).',
    });
  });

  it('refuses a Region no region index lists, before downloading anything', async () => {
    await expect(update({ region: 'eu-south-9' })).rejects.toThrow(
      "None of AWS's region indexes lists eu-south-9: is that the Region's code?",
    );
    expect(bigGets()).toEqual([]);
  });

  it('says which file was not found, keeps the current book and leaves no file behind', async () => {
    const before = await existingBook();
    server.fault = (p, _attempt, method) => (p === EC2_CSV && method === 'GET' ? { notFound: true } : undefined);
    await expect(update()).rejects.toThrow(`${server.url}${EC2_CSV}: 404 Not Found`);
    await expectNothingChanged(before);
  });

  it('resumes a cut download where it stopped', async () => {
    server.fault = (p, attempt) => (p === EC2_CSV && attempt === 1 ? { cut: 10_000 } : undefined);
    expect((await update()).kind).toBe('updated');
    const ec2 = server.requests.filter((r) => r.method === 'GET' && r.path === EC2_CSV);
    // From wherever the first response stopped: at most the 10,000 bytes sent.
    expect(ec2.map((r) => r.range)).toEqual([undefined, expect.stringMatching(/^bytes=\d+-$/)]);
    expect(Number(/\d+/.exec(ec2[1]!.range!)![0])).toBeLessThanOrEqual(10_000);
    expect(ec2[1]!.ifRange).toMatch(/^"[0-9a-f]+"$/);
  });

  it('gives up on a download that keeps being cut, with a clear error and nothing changed', async () => {
    const before = await existingBook();
    server.fault = (p) => (p === EC2_CSV ? { cut: 5_000 } : undefined);
    const cut = new RegExp(
      `: the connection was cut after [\\d,]+ of ${EC2_BYTES.toLocaleString('en-US')} bytes, 3 times; giving up$`,
    );
    await expect(update()).rejects.toThrow(cut);
    await expectNothingChanged(before);
  });

  it('gives up on a stalled connection, with a clear error and nothing changed', async () => {
    const before = await existingBook();
    server.fault = (p) => (p === EC2_CSV ? { stall: 1_000 } : undefined);
    await expect(update({ stallMs: 1_000 })).rejects.toThrow(
      `${server.url}${EC2_CSV}: nothing received for 1 s, 3 times; giving up`,
    );
    await expectNothingChanged(before);
  });

  it('refuses an offer file whose version is not the one the region index named', async () => {
    const before = await existingBook();
    const republished = fixtureFiles()
      .get(EC2_CSV)!
      .replace('"Version","20251028195310"', '"Version","20251101000000"');
    server.fault = (p) => (p === EC2_CSV ? { body: republished } : undefined);
    await expect(update()).rejects.toThrow(
      'AmazonEC2 changed while it was downloading: the region index named version 20251028195310, the file is AmazonEC2 version 20251101000000',
    );
    await expectNothingChanged(before);
  });

  it('refuses to finish a download when the file changes between its first part and the rest', async () => {
    const before = await existingBook();
    const republished = fixtureFiles()
      .get(EC2_CSV)!
      .replace('"Version","20251028195310"', '"Version","20251101000000"');
    server.fault = (p, attempt, method) => {
      if (p !== EC2_CSV || method === 'HEAD') return undefined;
      return attempt === 1 ? { cut: 10_000 } : { body: republished };
    };
    await expect(update()).rejects.toThrow(`${server.url}${EC2_CSV} changed while it was being fetched`);
    await expectNothingChanged(before);
  });

  it('keeps what it fetched when cancelled, and the next update resumes from there', async () => {
    const controller = new AbortController();
    server.fault = (p, attempt) => (p === EC2_CSV && attempt === 1 ? { stall: 20_000 } : undefined);
    const cancelled = update({
      stallMs: 60_000,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'download' && p.bytesDone >= 20_000 && bigGets().at(-1)?.path === EC2_CSV) controller.abort();
      },
    });
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    const staging = path.join(store.dir, 'downloads', 'eu-central-1');
    expect((await readdir(staging)).filter((f) => f.endsWith('.part'))).toEqual(['AmazonEC2-20251028195310.csv.part']);
    const kept = (await stat(path.join(staging, 'AmazonEC2-20251028195310.csv.part'))).size;
    expect(kept).toBeGreaterThan(0);
    expect(await store.get('eu-central-1')).toEqual({ kind: 'missing' });

    expect((await update()).kind).toBe('updated');
    expect(server.requests.filter((r) => r.path === EC2_CSV && r.method === 'GET').map((r) => r.range)).toEqual([
      undefined,
      `bytes=${kept}-`,
    ]);
  });
});
