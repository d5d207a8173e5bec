import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE_ROOT } from '../price-list/testing/fixture-root';
import { startFixtureServer, type FixtureServer } from '../price-list/testing/fixture-server';
import type { PricesCliIo } from './io';
import { runPricesCli } from './run';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'prices-cli-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

async function prices(argv: string[], overrides: Partial<PricesCliIo> = {}) {
  let stdout = '';
  let stderr = '';
  const io: PricesCliIo = {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    env: { COMPUTE_EXPLORER_DATA_DIR: dataDir },
    ask: null,
    showProgress: false,
    now: () => new Date('2025-11-02T09:00:00Z'),
    ...overrides,
  };
  const code = await runPricesCli(argv, io);
  return { code, stdout, stderr };
}

const booksDir = () => path.join(dataDir, 'price-books');
const books = async () => (existsSync(booksDir()) ? (await readdir(booksDir())).sort() : []);

describe('npm run prices -- import', () => {
  it("imports a Region from a folder in AWS's layout and says where every price came from", async () => {
    const { code, stdout, stderr } = await prices(['import', FIXTURE_ROOT, '--region', 'eu-central-1']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      "eu-central-1 (EU (Frankfurt)): 74 prices from AWS's Price List, book aws-20251028195310, as of 2025-10-28.",
    );
    expect(stdout).toContain('  AmazonEC2         version 20251028195310, published 2025-10-28');
    expect(stdout).toContain(`Saved as ${path.join(booksDir(), 'eu-central-1.json')}.`);
    expect(stderr).toMatch(/^Skipped 18 files \(.*, …\): for us-east-1, not eu-central-1\.$/m);
    expect(await books()).toEqual(['eu-central-1.json']);
  });

  it('records the services a Region lacks when told, and refuses to guess otherwise', async () => {
    const refused = await prices(['import', FIXTURE_ROOT, '--region', 'sa-east-1']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`The import from ${FIXTURE_ROOT} was refused; nothing was changed:`);
    expect(refused.stderr).toContain('No AmazonLightsail offer file (Amazon Lightsail) among the files');
    expect(await books()).toEqual([]);

    const { code, stdout } = await prices([
      'import',
      FIXTURE_ROOT,
      '--region',
      'sa-east-1',
      '--not-offered',
      'AmazonLightsail',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Not priced in South America (Sao Paulo) (the options that need them are infeasible there):',
    );
    expect(stdout).toContain(
      '  AWS does not offer Amazon Lightsail in South America (Sao Paulo). (lightsail.bundle.0.5gb,',
    );
  });

  it('exits 2 naming the folder or the argument that is wrong, changing nothing', async () => {
    const missing = path.join(dataDir, 'nowhere');
    expect(await prices(['import', missing])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining(`Cannot read ${missing}: ENOENT`),
    });
    expect(await prices(['import', dataDir])).toMatchObject({
      code: 2,
      stderr: `${dataDir} holds no .json or .csv files.\n`,
    });
    const badOffer = await prices(['import', FIXTURE_ROOT, '--not-offered', 'Lightsail']);
    expect(badOffer.code).toBe(2);
    expect(badOffer.stderr).toMatch(/^--not-offered: "Lightsail" is not one of AWSLambda, /);
    expect((await prices(['import', FIXTURE_ROOT])).stderr).toContain(
      'The files are for several Regions (eu-central-1, sa-east-1, us-east-1); name one with --region.',
    );
    expect((await prices(['import', FIXTURE_ROOT, '--region', 'frankfurt'])).stderr).toContain(
      '"frankfurt" is not an AWS Region code (like eu-central-1)',
    );
    for (const argv of [
      [],
      ['export'],
      ['import'],
      ['list', 'x'],
      ['update'],
      ['update', '--region'],
      ['list', '--yes'],
    ]) {
      const { code, stderr } = await prices(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr, argv.join(' ')).toContain('Usage: npm run prices -- COMMAND');
    }
    expect(await books()).toEqual([]);
  });
});

describe('npm run prices -- list and diff', () => {
  it('lists the bundled book and the imported ones', async () => {
    await prices(['import', FIXTURE_ROOT, '--region', 'eu-central-1']);
    const { code, stdout } = await prices(['list']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Book +Region +Version +As of +Source +Prices +Absent$/);
    expect(lines[1]).toMatch(
      /^bundled +us-east-1 \(US East \(N\. Virginia\)\) +2025\.10\.1 +2025-10-01 +bundled with the app +74 +0$/,
    );
    expect(lines[2]).toMatch(
      /^eu-central-1 +eu-central-1 \(EU \(Frankfurt\)\) +aws-20251028195310 +2025-10-28 +AWS's Price List +74 +0$/,
    );
  });

  it('shows each price that moved, old → new with its % change', async () => {
    await prices(['import', FIXTURE_ROOT, '--region', 'eu-central-1']);
    const { code, stdout } = await prices(['diff', 'bundled', 'eu-central-1']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'From bundled (us-east-1, 2025.10.1, as of 2025-10-01) to eu-central-1 (eu-central-1, aws-20251028195310, as of 2025-10-28):',
    );
    // $0.096 → $0.115 an hour: (0.115 − 0.096) / 0.096 = +19.8 %.
    expect(stdout).toMatch(
      /ec2\.m5\.large +EC2 m5\.large, Linux on-demand +\$0\.096 → \$0\.115 per instance-hour {2}\+19\.8%/,
    );
    // Fargate vCPU $0.04048 → $0.04656: +15.0 %.
    expect(stdout).toMatch(/fargate\.vcpu\.x86 .* \$0\.04048 → \$0\.04656 per vCPU-hour {2}\+15%/);
    expect(stdout).toMatch(/\n\d+ prices differ, \d+ the same\.\n$/);
  });

  it('exits 2 for a book that is not there or not a book', async () => {
    expect(await prices(['diff', 'bundled', 'eu-west-1'])).toMatchObject({
      code: 2,
      stderr: 'No price book "eu-west-1" (see npm run prices -- list).\n',
    });
    const notABook = path.join(FIXTURE_ROOT, 'offers', 'v1.0', 'aws', 'index.json');
    const { code, stderr } = await prices(['diff', notABook, 'bundled']);
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`^${notABook.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not a price book: `));
  });
});

describe('npm run prices -- update', () => {
  let server: FixtureServer;
  beforeEach(async () => {
    server = await startFixtureServer();
  });
  afterEach(() => server.close());
  const env = () => ({ COMPUTE_EXPLORER_DATA_DIR: dataDir, COMPUTE_EXPLORER_PRICE_LIST_URL: server.url });

  it('shows the files and their sizes, and downloads nothing unless told to', async () => {
    const { code, stdout } = await prices(['update', '--region', 'eu-central-1'], { env: env() });
    expect(code).toBe(0);
    expect(stdout).toContain(`Prices for eu-central-1 (EU (Frankfurt)) from ${server.url}:`);
    expect(stdout).toMatch(/ {2}AmazonEC2 +version 20251028195310 +58 KB/);
    expect(stdout).toMatch(/ {2}Total +9 CSV files, \d+ KB/);
    expect(stdout).toContain('Nothing was downloaded. Run again with --yes to download.');
    expect(await books()).toEqual([]);

    const asked: string[] = [];
    const declined = await prices(['update', '--region', 'eu-central-1'], {
      env: env(),
      ask: async (question) => (asked.push(question), false),
    });
    expect(declined.code).toBe(0);
    expect(asked).toEqual(['Download these files? [y/N] ']);
    expect(await books()).toEqual([]);
  });

  it('downloads, imports and stores the Region’s book when the user agrees', async () => {
    const { code, stdout } = await prices(['update', '--region', 'eu-central-1'], {
      env: env(),
      ask: async () => true,
    });
    expect(code).toBe(0);
    expect(stdout).toContain("eu-central-1 (EU (Frankfurt)): 74 prices from AWS's Price List");
    expect(
      JSON.parse(await readFile(path.join(booksDir(), 'eu-central-1.json'), 'utf8')).prices['ec2.m5.large'].usd,
    ).toBe(0.115);
  });

  it('exits 1 with the reason when a download fails, changing nothing', async () => {
    server.fault = (p, _attempt, method) =>
      p.endsWith('/AmazonEC2/20251028195310/eu-central-1/index.csv') && method === 'GET'
        ? { notFound: true }
        : undefined;
    const { code, stderr } = await prices(['update', '--region', 'eu-central-1', '--yes'], { env: env() });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^The update of eu-central-1 failed; nothing was changed:\n {2}http:\/\/127\.0\.0\.1:\d+\/offers\/v1\.0\/aws\/AmazonEC2\/20251028195310\/eu-central-1\/index\.csv: 404 Not Found\n$/,
    );
    expect(await books()).toEqual(['downloads']);
  });
});
