import { parse } from 'csv-parse/sync';
import readExcelFile from 'read-excel-file/node';
import { crc32 } from 'node:zlib';
import { PNG } from 'pngjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_WORKLOAD } from '../common/pricing';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BUNDLED_PRICE_BOOK } from '../common/pricing/price-book';
import { RegionBooks } from './price-books/region-books';
import { runPriceCli, type PriceCliIo } from './price-cli';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'price-cli-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

/** Runs the CLI against an in-memory file system and captures what it prints. */
async function run(
  argv: string[],
  files: Record<string, string> = {},
  written: Record<string, Uint8Array> = {},
  pictures: Record<string, Uint8Array> = {},
) {
  let stdout = '';
  let stderr = '';
  const io: PriceCliIo = {
    writeFile: async (path, bytes) => void (written[path] = bytes),
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return text;
    },
    readBytes: async (path) => {
      const bytes = pictures[path];
      if (bytes === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return bytes;
    },
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    books: (dir) => RegionBooks.inDataDir(dir ?? dataDir),
  };
  const code = await runPriceCli(argv, io);
  return { code, stdout, stderr };
}

const MOBILE_BACKEND = JSON.stringify({
  requestsPerMonth: 3_000_000,
  durationMs: 120,
  memoryMB: 1536,
  apiFront: 'none',
  dataTransferOutGB: 0,
});

describe('npm run price', () => {
  it("prints every option's monthly total and its line items with their formulas", async () => {
    const { code, stdout, stderr } = await run(['w.json'], { 'w.json': MOBILE_BACKEND });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('us-east-1');
    expect(stdout).toMatch(/Lambda: \$2\.73 a month/);
    expect(stdout).toContain('3,000,000 requests × 0.12 s × 1.5 GB = 540,000 GB-s − 400,000 free');
    expect(stdout).toMatch(/AWS Batch on EC2: infeasible\n {2}AWS Batch runs jobs/);
    for (const label of [
      'EC2 (Auto Scaling group)',
      'ECS on EC2',
      'Fargate (ECS)',
      'EKS on EC2',
      'EKS on Fargate',
      'Lightsail',
    ]) {
      expect(stdout).toContain(label);
    }
  });

  it('prints the documented JSON with --json', async () => {
    const { code, stdout } = await run(['w.json', '--json'], { 'w.json': MOBILE_BACKEND });
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['priceBook', 'options']);
    expect(result.priceBook).toEqual({
      asOf: '2025-10-01',
      region: 'us-east-1',
      version: '2025.10.1',
      source: 'bundled',
    });
    const lambda = result.options[0];
    expect(lambda).toMatchObject({ id: 'lambda', label: 'Lambda', feasible: true, monthlyUSD: 2.73, warnings: [] });
    expect(Object.keys(lambda.lineItems[0])).toEqual([
      'label',
      'quantity',
      'unit',
      'unitPriceUSD',
      'costUSD',
      'formula',
    ]);
    const batch = result.options.find((o: { id: string }) => o.id === 'batch');
    expect(batch).toMatchObject({ feasible: false, monthlyUSD: null, reason: expect.any(String), lineItems: [] });
  });

  it('lists each option’s warnings: Lambda past its default concurrency quota', async () => {
    // 3,000,000,000 requests ÷ 2,628,000 s × 3 × 1 s = 3,425 executions at the peak.
    const busy = JSON.stringify({ requestsPerMonth: 3e9, durationMs: 1000, apiFront: 'none' });
    const { stdout } = await run(['w.json', '--json'], { 'w.json': busy });
    const lambda = JSON.parse(stdout).options[0];
    expect(lambda.warnings[0]).toMatch(/^Needs ~3,425 concurrent executions at the peak; the default quota is 1,000/);
    const table = await run(['w.json'], { 'w.json': busy });
    expect(table.stdout).toContain('  Warning: Needs ~3,425 concurrent executions');
  });

  it('prices a workload file of the old model as the app would open it (migrated)', async () => {
    // Format 1's throughput of 50 requests/s per vCPU at 200 ms becomes a 10% CPU share.
    const old = JSON.stringify({ requestsPerMonth: 100e6, durationMs: 200, requestsPerSecondPerVcpu: 50 });
    const now = JSON.stringify({ requestsPerMonth: 100e6, durationMs: 200, cpuSharePct: 10 });
    const before = JSON.parse((await run(['o.json', '--json'], { 'o.json': old })).stdout);
    const after = JSON.parse((await run(['n.json', '--json'], { 'n.json': now })).stdout);
    expect(before.options.map((o: { monthlyUSD: number }) => o.monthlyUSD)).toEqual(
      after.options.map((o: { monthlyUSD: number }) => o.monthlyUSD),
    );
  });

  it('reads a saved profile whose workload sits in a "workload" field', async () => {
    const profile = JSON.stringify({ name: 'mobile', workload: JSON.parse(MOBILE_BACKEND) });
    const { code, stdout } = await run(['p.json', '--json'], { 'p.json': profile });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).options[0].monthlyUSD).toBe(2.73);
  });

  it('exits 2 naming the bad field, with its path inside a profile', async () => {
    const direct = await run(['w.json'], { 'w.json': '{"memoryMB": 1}' });
    expect(direct.code).toBe(2);
    expect(direct.stderr).toContain('memoryMB: must be at least 128');
    const profile = await run(['p.json'], { 'p.json': '{"workload": {"durationMs": -5}}' });
    expect(profile.code).toBe(2);
    expect(profile.stderr).toContain('workload.durationMs: must be at least 1');
    expect(profile.stdout).toBe('');
  });

  it('exits 2 for a missing file, a file that is not JSON, or no file at all', async () => {
    const missing = await run(['nope.json']);
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringContaining('Cannot read nope.json') });
    const notJson = await run(['bad.json'], { 'bad.json': '{oops' });
    expect(notJson).toMatchObject({ code: 2, stderr: expect.stringContaining('bad.json is not valid JSON') });
    const none = await run([]);
    expect(none).toMatchObject({ code: 2, stderr: expect.stringContaining('No workload file given.') });
    const unknownFlag = await run(['w.json', '--yaml'], { 'w.json': '{}' });
    expect(unknownFlag).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown option "--yaml"') });
  });

  it('prints usage and exits 0 for --help', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Usage: npm run price -- FILE.json|diagram.png [--region CODE] [--json | --csv | --xlsx OUT.xlsx] [--data-dir DIR]',
    );
  });
});

describe('npm run price --region', () => {
  /** Frankfurt as a test book: the bundled prices, but Lambda requests at $0.40 per million instead of $0.20. */
  const frankfurt = {
    ...BUNDLED_PRICE_BOOK,
    region: { code: 'eu-central-1', name: 'EU (Frankfurt)' },
    version: 'test-frankfurt',
    prices: {
      ...BUNDLED_PRICE_BOOK.prices,
      'lambda.requests': { ...BUNDLED_PRICE_BOOK.prices['lambda.requests']!, usd: 0.4 },
    },
  };

  it("prices with that Region's book", async () => {
    await RegionBooks.inDataDir(dataDir).store.put(frankfurt);
    const { code, stdout, stderr } = await run(['w.json', '--region', 'eu-central-1'], { 'w.json': MOBILE_BACKEND });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('in eu-central-1 (EU (Frankfurt)) (price book test-frankfurt');
    // 3 M requests, 1 M free: 2 M × $0.40 = $0.80 (not $0.40), plus the same $2.33 of duration = $3.13.
    expect(stdout).toMatch(/Lambda: \$3\.13 a month/);
  });

  it('exits 2 with a clear message for a Region without a book', async () => {
    const { code, stdout, stderr } = await run(['w.json', '--region', 'sa-east-1'], { 'w.json': MOBILE_BACKEND });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^There is no price book for sa-east-1 \(South America \(Sao Paulo\)\): import its prices/);
  });

  it('exits 2 for a code that is not a Region, or no code at all', async () => {
    const bad = await run(['w.json', '--region', 'frankfurt'], { 'w.json': MOBILE_BACKEND });
    expect(bad).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--region frankfurt is not an AWS Region code'),
    });
    const none = await run(['w.json', '--region'], { 'w.json': MOBILE_BACKEND });
    expect(none).toMatchObject({ code: 2, stderr: expect.stringContaining('--region needs a value.') });
  });

  it("exits 2 naming a damaged book file, and doesn't price", async () => {
    await RegionBooks.inDataDir(dataDir).store.put(frankfurt);
    await writeFile(path.join(dataDir, 'price-books', 'eu-central-1.json'), '{"prices": 1}');
    const { code, stdout, stderr } = await run(['w.json', '--region', 'eu-central-1'], { 'w.json': MOBILE_BACKEND });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^The price book eu-central-1\.json cannot be used: /);
  });
});

describe('npm run price -- --csv / --xlsx', () => {
  it('prints the CSV "Export costs…" writes: Lambda\'s lines are AWS\'s $0.40 and $2.33', async () => {
    const { code, stdout } = await run(['w.json', '--csv'], { 'w.json': MOBILE_BACKEND });
    expect(code).toBe(0);
    const rows = parse(stdout, { bom: true, columns: true }) as Record<string, string>[];
    const lambda = rows.filter((r) => r.Option === 'Lambda').map((r) => r['Monthly (USD)']);
    expect(lambda).toEqual(['0.40', '2.33']);
  });

  it('writes the workbook to the file given, named after the profile', async () => {
    const written: Record<string, Uint8Array> = {};
    const profile = JSON.stringify({ name: 'Mobile backend', workload: JSON.parse(MOBILE_BACKEND) });
    const { code, stderr } = await run(['p.json', '--xlsx', 'out.xlsx'], { 'p.json': profile }, written);
    expect(code).toBe(0);
    expect(stderr).toContain('“Mobile backend” to out.xlsx');
    const [summary, , , provenance] = await readExcelFile(Buffer.from(written['out.xlsx']!));
    expect(summary!.data.find((row) => row[0] === 'Lambda')?.[1]).toBe(2.73);
    expect(provenance!.data).toContainEqual(['Profile', 'Mobile backend']);
  });

  it('asks for the file --xlsx should write, and for one output at a time', async () => {
    expect((await run(['w.json', '--xlsx'], { 'w.json': MOBILE_BACKEND })).stderr).toMatch(/--xlsx needs the file/);
    const both = await run(['w.json', '--csv', '--json'], { 'w.json': MOBILE_BACKEND });
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/at most one of --json, --csv and --xlsx/);
  });
});

/** A pngjs PNG with a tEXt chunk after IHDR, built by hand as the PNG spec lays it out. */
function pngWithText(keyword: string, text: string): Uint8Array {
  const png = PNG.sync.write(new PNG({ width: 2, height: 2 }));
  const data = Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0]), Buffer.from(text, 'latin1')]);
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write('tEXt', 4, 'latin1');
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)), 8 + data.length);
  // Signature (8) + IHDR (25) come first.
  return new Uint8Array(Buffer.concat([png.subarray(0, 33), chunk, png.subarray(33)]));
}

describe('npm run price -- diagram.png', () => {
  it('prices the workload an exported PNG carries, named after its profile', async () => {
    const provenance = {
      app: 'Compute Explorer',
      appVersion: '1.0.0',
      exportedAt: '2026-11-30T10:00:00.000Z',
      profile: 'Mobile backend',
      profileSchemaVersion: 2,
      workload: { ...DEFAULT_WORKLOAD, ...JSON.parse(MOBILE_BACKEND), dataTransferOutGB: undefined },
    };
    const png = pngWithText('Provenance', JSON.stringify(provenance));
    const { code, stdout, stderr } = await run(['d.png', '--csv'], {}, {}, { 'd.png': png });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const rows = parse(stdout, { bom: true, columns: true }) as Record<string, string>[];
    // AWS's mobile-backend example: $0.40 requests + $2.33 duration (other lines of the default workload cost $0.00).
    const lambda = rows.filter((r) => r.Option === 'Lambda').map((r) => r['Monthly (USD)']);
    expect(lambda.slice(0, 2)).toEqual(['0.40', '2.33']);
    expect(lambda.slice(2).every((cost) => cost === '0.00')).toBe(true);
  });

  it('refuses a PNG the app did not export, saying why, with exit code 2', async () => {
    const foreign = new Uint8Array(PNG.sync.write(new PNG({ width: 2, height: 2 })));
    const { code, stderr } = await run(['photo.png'], {}, {}, { 'photo.png': foreign });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^Cannot price photo\.png: it carries no Compute Explorer provenance/);
  });
});
