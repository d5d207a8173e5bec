import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForTests } from '../testing/bundle-for-tests';
import { writeBigEc2Offer } from './testing/big-ec2-offer';

const run = promisify(execFile);

// Big enough that holding it parsed would take several times the cap; small
// enough for a unit test. `npm run bench` streams a multi-GB one.
const FILE_BYTES = 64 * 1024 * 1024;
const RSS_CAP_MB = 300;
// Less JavaScript heap than the file's size: reading it whole could not fit.
const HEAP_MB = 48;

let dir: string;
let child: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'price-list-memory-'));
  child = await bundleForTests(path.join(import.meta.dirname, 'testing', 'import-child.ts'), 'import-child.cjs');
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('importing a big EC2 offer file', () => {
  it.each(['json', 'csv'] as const)(
    'streams a %s file bigger than its heap, under the memory cap, and finds every EC2 price',
    async (format) => {
      const file = path.join(dir, `ec2.${format}`);
      writeBigEc2Offer(file, FILE_BYTES, format);
      expect((await stat(file)).size).toBeGreaterThan(FILE_BYTES * 0.9);
      const { stdout } = await run(process.execPath, [`--max-old-space-size=${HEAP_MB}`, child, file], {
        maxBuffer: 1024 * 1024,
      });
      const report = JSON.parse(stdout);
      expect(report.problems).toEqual([]);
      // The reference sheet's prices, which the fixture's products inside the big file carry.
      expect(report.prices['ec2.t3.micro']).toBe(0.0104);
      expect(report.prices['ec2.m7g.16xlarge']).toBe(2.6112);
      expect(report.prices['ebs.gp3']).toBe(0.08);
      expect(Object.keys(report.prices)).toHaveLength(35);
      expect(report.peakRssMB).toBeLessThan(RSS_CAP_MB);
    },
    120_000,
  );
});
