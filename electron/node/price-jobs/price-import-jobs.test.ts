import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PriceJob } from '../../common/price-import-ipc';
import { evaluate } from '../../common/pricing/evaluate';
import type { PriceBookData } from '../../common/pricing/price-book-data';
import { DEFAULT_WORKLOAD, workloadSchema } from '../../common/pricing/workload-schema';
import { PriceBookStore } from '../price-books/price-book-store';
import { RegionBooks } from '../price-books/region-books';
import { FIXTURE_ROOT, fixtureOfferFiles } from '../price-list/testing/fixture-root';
import type { PricingService } from '../pricing/pricing-service';
import { createPriceImportJobs, type PriceImportJobs } from './price-import-jobs';

// The engine itself, in this process: the worker adds threads, not arithmetic.
const pricing = {
  evaluateMany: async (items: { workload: unknown; book: PriceBookData }[]) => ({
    status: 'done' as const,
    value: items.map((i) => evaluate(workloadSchema.parse(i.workload), { book: i.book })),
  }),
} as unknown as PricingService;

let dataDir: string;
let store: PriceBookStore;
let jobs: PriceImportJobs;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'price-import-jobs-'));
  store = PriceBookStore.inDataDir(dataDir);
  jobs = createPriceImportJobs({
    books: new RegionBooks(store),
    pricing,
    spoolDir: path.join(dataDir, 'price-imports'),
  });
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

const relative = (file: string) => path.relative(FIXTURE_ROOT, file).split(path.sep).join('/');

async function untilFinished(job: PriceJob): Promise<PriceJob> {
  let now = job;
  while (['uploading', 'reading'].includes(now.phase)) now = await jobs.wait({ jobId: job.jobId, seen: now.counter });
  return now;
}

/** What the page does: start, then each file in chunks of `chunkChars`, the last one flagged. */
async function upload(files: { path: string; text: string }[], chunkChars = 10_000, workload?: unknown) {
  let job = await jobs.start({
    source: { kind: 'upload', files: files.map((f) => ({ path: f.path, bytes: Buffer.byteLength(f.text) })) },
    ...(workload ? { workload: workloadSchema.parse(workload) } : {}),
  });
  for (const [index, file] of files.entries()) {
    for (let at = 0; at === 0 || at < file.text.length; at += chunkChars) {
      const text = file.text.slice(at, at + chunkChars);
      job = await jobs.chunk({ jobId: job.jobId, file: index, text, last: at + chunkChars >= file.text.length });
      if (job.phase !== 'uploading') break;
    }
  }
  return untilFinished(job);
}

async function fixtureUpload(region: string) {
  const files = await fixtureOfferFiles(region, 'json');
  return Promise.all(files.map(async (file) => ({ path: relative(file), text: await readFile(file, 'utf8') })));
}

describe('Import price files… (the job behind the dialog)', () => {
  it('imports a Region from uploaded files: the book is stored and no spooled copy is left', async () => {
    const files = await fixtureUpload('eu-central-1');
    const done = await upload(files);
    expect(done.phase).toBe('done');
    expect(done.outcome?.book).toMatchObject({ region: 'eu-central-1', regionName: 'EU (Frankfurt)' });
    expect(done.outcome?.replaced).toBeNull();
    const stored = await store.get('eu-central-1');
    expect(stored.kind).toBe('ok');
    // The spooled copies are gone once the book is made.
    expect(await readdir(path.join(dataDir, 'price-imports'))).toEqual([]);
  });

  it('says what changed when it replaces a book: the moved price, old → new, and each option before → after', async () => {
    const files = await fixtureUpload('eu-central-1');
    const first = await upload(files);
    const current = await store.get('eu-central-1');
    if (current.kind !== 'ok') throw new Error('no book');
    // An older Frankfurt book in which the HTTP API cost twice as much.
    const tier1 = current.book.prices['apigw.http.tier1']!.usd;
    await store.put({
      ...current.book,
      version: 'aws-older',
      prices: {
        ...current.book.prices,
        'apigw.http.tier1': { ...current.book.prices['apigw.http.tier1']!, usd: tier1 * 2 },
      },
    });
    expect(first.phase).toBe('done');

    const done = await upload(files, 50_000, DEFAULT_WORKLOAD);
    const outcome = done.outcome!;
    expect(outcome.replaced).toMatchObject({ region: 'eu-central-1', version: 'aws-older' });
    // Twice the price back to the price: (x − 2x) / 2x = −50 %.
    expect(outcome.changes).toEqual([
      expect.objectContaining({ id: 'apigw.http.tier1', from: tier1 * 2, to: tier1, changePct: -50 }),
    ]);
    // Only options billed for HTTP API requests move, each by its requests (in millions) × the difference.
    const priced = evaluate({ ...DEFAULT_WORKLOAD, region: 'eu-central-1' }, { book: current.book });
    for (const move of outcome.options) {
      const line = priced.options
        .find((o) => o.id === move.id)!
        .lineItems.find((l) => l.priceId === 'apigw.http.tier1');
      const expectedDrop = line ? line.quantity * tier1 : 0;
      if (move.before === null) continue;
      expect(move.before - move.after!, move.id).toBeCloseTo(expectedDrop, 6);
    }
    expect(outcome.options.some((m) => m.before !== m.after)).toBe(true);
  });

  it('refuses a damaged file, naming it as uploaded, and changes nothing', async () => {
    const files = await fixtureUpload('eu-central-1');
    const lambda = files.findIndex((f) => f.path.includes('AWSLambda'));
    files[lambda] = { ...files[lambda]!, text: files[lambda]!.text.slice(0, 2_000) };
    const refused = await upload(files);
    expect(refused.phase).toBe('refused');
    expect(refused.problems.join('\n')).toContain(files[lambda]!.path);
    expect(refused.problems.join('\n')).not.toContain(dataDir);
    expect((await store.get('eu-central-1')).kind).toBe('missing');
  });

  it('refuses a file whose bytes did not all arrive, by name', async () => {
    const job = await jobs.start({ source: { kind: 'upload', files: [{ path: 'lambda.json', bytes: 100 }] } });
    const refused = await jobs.chunk({ jobId: job.jobId, file: 0, text: '{"short": true}', last: true });
    expect(refused.phase).toBe('refused');
    expect(refused.problems[0]).toMatch(/^lambda\.json: 15 bytes arrived where the file has 100/);
  });

  it('cancels an upload: nothing stored, nothing left behind, later chunks ignored', async () => {
    const files = await fixtureUpload('eu-central-1');
    const job = await jobs.start({
      source: { kind: 'upload', files: files.map((f) => ({ path: f.path, bytes: Buffer.byteLength(f.text) })) },
    });
    await jobs.chunk({ jobId: job.jobId, file: 0, text: files[0]!.text.slice(0, 100), last: false });
    const cancelled = await jobs.cancel({ jobId: job.jobId });
    expect(cancelled.phase).toBe('cancelled');
    const after = await jobs.chunk({ jobId: job.jobId, file: 0, text: files[0]!.text.slice(100), last: true });
    expect(after.phase).toBe('cancelled');
    expect(await readdir(path.join(dataDir, 'price-imports'))).toEqual([]);
    expect((await store.list()).books).toEqual([]);
  });
});
