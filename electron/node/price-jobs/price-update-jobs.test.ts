import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PriceJob } from '../../common/price-import-ipc';
import { evaluate } from '../../common/pricing/evaluate';
import { BUNDLED_PRICE_BOOK } from '../../common/pricing/price-book';
import type { PriceBookData } from '../../common/pricing/price-book-data';
import { DEFAULT_WORKLOAD, workloadSchema } from '../../common/pricing/workload-schema';
import { PriceBookStore } from '../price-books/price-book-store';
import { RegionBooks } from '../price-books/region-books';
import { FIXTURE_VERSIONS } from '../price-list/testing/fixture-model';
import { startFixtureServer, type FixtureServer } from '../price-list/testing/fixture-server';
import { fixtureFiles, offerFilePath } from '../price-list/testing/fixture-tree';
import type { PricingService } from '../pricing/pricing-service';
import { createPriceUpdateJobs, type PriceUpdateJobs } from './price-update-jobs';

// The engine itself, in this process: the worker adds threads, not arithmetic.
const pricing = {
  evaluateMany: async (items: { workload: unknown; book: PriceBookData }[]) => ({
    status: 'done' as const,
    value: items.map((i) => evaluate(workloadSchema.parse(i.workload), { book: i.book })),
  }),
} as unknown as PricingService;

let server: FixtureServer;
let dataDir: string;
let store: PriceBookStore;
let updates: PriceUpdateJobs;

beforeEach(async () => {
  server = await startFixtureServer();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'price-update-jobs-'));
  store = PriceBookStore.inDataDir(dataDir);
  updates = createPriceUpdateJobs({ books: new RegionBooks(store), pricing, baseUrl: server.url, stallMs: 60_000 });
});
afterEach(async () => {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

const EC2_CSV = offerFilePath('AmazonEC2', 'eu-central-1', 'csv');
const sizeOf = (file: string) => Buffer.byteLength(fixtureFiles().get(file)!);
const staging = () => path.join(store.dir, 'downloads', 'eu-central-1');
const EC2_PART = 'AmazonEC2-20251028195310.csv.part';

/** GETs of offer files (not the indexes): what "downloading" costs. */
const offerGets = () =>
  server.requests.filter(
    (r) => r.method === 'GET' && /\/index\.(csv|json)$/.test(r.path) && !r.path.endsWith('/aws/index.json'),
  );

async function untilFinished(job: PriceJob, onEach?: (job: PriceJob) => void): Promise<PriceJob> {
  let now = job;
  while (['downloading', 'reading'].includes(now.phase)) {
    now = await updates.wait({ jobId: job.jobId, seen: now.counter });
    onEach?.(now);
  }
  return now;
}

async function earlierFrankfurtBook(): Promise<string> {
  await store.put({
    ...BUNDLED_PRICE_BOOK,
    region: { code: 'eu-central-1', name: 'EU (Frankfurt)' },
    version: 'earlier',
  });
  return readFile(path.join(store.dir, 'eu-central-1.json'), 'utf8');
}

describe('Update prices for a Region… (the job behind the dialog)', () => {
  it('plans first: every file with its size and where from, fetching none of them', async () => {
    const plan = await updates.plan({ region: 'eu-central-1' });
    expect(offerGets()).toEqual([]);
    expect(plan).toMatchObject({ region: 'eu-central-1', regionName: 'EU (Frankfurt)', source: server.url });
    expect(plan.files.map((f) => f.offer)).toEqual(Object.keys(FIXTURE_VERSIONS).sort());
    expect(plan.files.find((f) => f.offer === 'AmazonEC2')).toEqual({
      offer: 'AmazonEC2',
      version: '20251028195310',
      url: `${server.url}${EC2_CSV}`,
      bytes: sizeOf(EC2_CSV),
      alreadyBytes: 0,
    });
    // The total is the sum of the files the fixture server holds for the Region, counted here from the files.
    const expected = plan.files.reduce((sum, f) => sum + sizeOf(new URL(f.url).pathname), 0);
    expect(plan.bytesTotal).toBe(expected);
    expect(plan.alreadyBytes).toBe(0);
  });

  it('downloads with progress per file, stores the book and says what changed', async () => {
    const before = await earlierFrankfurtBook();
    const plan = await updates.plan({ region: 'eu-central-1' });
    const seen: PriceJob[] = [];
    const started = await updates.start({ planId: plan.planId, workload: DEFAULT_WORKLOAD });
    expect(started.phase).toBe('downloading');
    const done = await untilFinished(started, (job) => seen.push(job));
    expect(done.phase).toBe('done');
    expect(seen.some((j) => j.phase === 'downloading' && j.bytesDone > 0)).toBe(true);
    expect(seen.some((j) => j.phase === 'reading')).toBe(true);
    // Every file arrived whole: per file, as many bytes as the server holds.
    expect(done.downloads!.map((d) => d.bytesDone)).toEqual(plan.files.map((f) => f.bytes));
    expect(done.outcome!.book).toMatchObject({ region: 'eu-central-1' });
    expect(done.outcome!.replaced).toMatchObject({ version: 'earlier', source: 'bundled' });
    expect(done.outcome!.options.length).toBeGreaterThan(0);
    const stored = await store.get('eu-central-1');
    if (stored.kind !== 'ok') throw new Error('no book stored');
    // m5.large in Frankfurt, On-Demand Linux: $0.115/h in the fixture (AWS's published rate).
    expect(stored.book.prices['ec2.m5.large']!.usd).toBe(0.115);
    expect(await readFile(path.join(store.dir, 'eu-central-1.json'), 'utf8')).not.toBe(before);
    expect(existsSync(staging())).toBe(false);
  });

  it('cancel keeps the partial file; the next update resumes from those bytes and says so', async () => {
    const kept = 20_000;
    // The EC2 file stops after 20,000 bytes, as a slow connection would, until the user cancels.
    server.fault = (p, attempt, method) =>
      p === EC2_CSV && method === 'GET' && attempt === 1 ? { stall: kept } : undefined;
    const plan = await updates.plan({ region: 'eu-central-1' });
    const started = await updates.start({ planId: plan.planId });
    let now = started;
    while (!(now.downloads?.find((d) => d.name.endsWith(EC2_CSV))?.bytesDone === kept)) {
      now = await updates.wait({ jobId: started.jobId, seen: now.counter });
    }
    const cancelled = await updates.cancel({ jobId: started.jobId });
    expect(cancelled.phase).toBe('cancelled');
    expect(cancelled.message).toMatch(/current prices are unchanged.*next update of this Region continues/);
    expect((await readdir(staging())).filter((f) => f.endsWith('.part'))).toEqual([EC2_PART]);
    expect((await stat(path.join(staging(), EC2_PART))).size).toBe(kept);
    expect(await store.get('eu-central-1')).toEqual({ kind: 'missing' });

    // The plan shows what is already here: the partial EC2 file and every file that had finished before it.
    const again = await updates.plan({ region: 'eu-central-1' });
    const finishedBefore = again.files.filter((f) => f.offer < 'AmazonEC2').reduce((sum, f) => sum + f.bytes!, 0);
    expect(again.files.find((f) => f.offer === 'AmazonEC2')!.alreadyBytes).toBe(kept);
    expect(again.alreadyBytes).toBe(finishedBefore + kept);
    const gotBefore = offerGets().length;

    const resumed = await updates.start({ planId: again.planId });
    expect(resumed.resumedBytes).toBe(finishedBefore + kept);
    expect((await untilFinished(resumed)).phase).toBe('done');
    // Only the rest of the EC2 file and the files after it were fetched: from byte 20,000 on.
    const fetched = offerGets().slice(gotBefore);
    expect(fetched[0]).toMatchObject({ path: EC2_CSV, range: `bytes=${kept}-` });
    expect(fetched.map((r) => r.path)).toEqual(
      again.files.filter((f) => f.offer >= 'AmazonEC2').map((f) => new URL(f.url).pathname),
    );
    expect((await store.get('eu-central-1')).kind).toBe('ok');
  });

  it('a file not found: the error names it, the current book stays and no downloaded file is left', async () => {
    const before = await earlierFrankfurtBook();
    server.fault = (p, _attempt, method) => (p === EC2_CSV && method === 'GET' ? { notFound: true } : undefined);
    const plan = await updates.plan({ region: 'eu-central-1' });
    const failed = await untilFinished(await updates.start({ planId: plan.planId }));
    expect(failed.phase).toBe('failed');
    expect(failed.message).toBe(`${server.url}${EC2_CSV}: 404 Not Found. The current prices are unchanged.`);
    expect(await readFile(path.join(store.dir, 'eu-central-1.json'), 'utf8')).toBe(before);
    expect(existsSync(staging())).toBe(false);
  });

  it('a file republished mid-download: refused by name, nothing changed, nothing left', async () => {
    const before = await earlierFrankfurtBook();
    const republished = fixtureFiles()
      .get(EC2_CSV)!
      .replace('"Version","20251028195310"', '"Version","20251101000000"');
    server.fault = (p, attempt, method) => {
      if (p !== EC2_CSV || method === 'HEAD') return undefined;
      return attempt === 1 ? { cut: 10_000 } : { body: republished };
    };
    const plan = await updates.plan({ region: 'eu-central-1' });
    const failed = await untilFinished(await updates.start({ planId: plan.planId }));
    expect(failed.phase).toBe('failed');
    expect(failed.message).toContain(`${server.url}${EC2_CSV} changed while it was being fetched`);
    expect(await readFile(path.join(store.dir, 'eu-central-1.json'), 'utf8')).toBe(before);
    expect(existsSync(staging())).toBe(false);
  });

  it('a Region AWS does not list: the plan says so before anything is downloaded', async () => {
    await expect(updates.plan({ region: 'eu-south-9' })).rejects.toThrow(
      "None of AWS's region indexes lists eu-south-9: is that the Region's code?",
    );
    expect(offerGets()).toEqual([]);
  });
});
