// Issue #12 figures: importing a multi-GB EC2 offer file (JSON and CSV, generated
// here, never committed) — throughput and the importing process's peak memory.
import { build } from 'esbuild';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const GB = 1024 ** 3;

async function bundle(entry, outName) {
  const outfile = path.resolve('dist/bench', outName);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
  });
  return outfile;
}

export async function benchPriceList() {
  const files = createRequire(import.meta.url)(
    await bundle('scripts/bench/price-list-files.ts', 'price-list-files.cjs'),
  );
  const importer = await bundle('electron/node/price-list/testing/import-child.ts', 'price-list-import.cjs');
  const sizes = {
    json: Number(process.env.PRICE_LIST_BENCH_JSON_GB ?? 2),
    csv: Number(process.env.PRICE_LIST_BENCH_CSV_GB ?? 1),
  };
  const dir = await mkdtemp(path.join(os.tmpdir(), 'price-list-bench-'));
  console.log('\n# Price list import');
  try {
    for (const format of ['json', 'csv']) {
      const file = path.join(dir, `ec2.${format}`);
      files.writeBigEc2Offer(file, sizes[format] * GB, format);
      const bytes = (await stat(file)).size;
      const load = os.loadavg()[0].toFixed(1);
      // A child process, so its peak memory is the import's alone.
      const { stdout } = await run(process.execPath, [importer, file], { maxBuffer: 1024 * 1024 });
      const report = JSON.parse(stdout);
      await rm(file);
      const outcome = report.ok
        ? `${Object.keys(report.prices).length} EC2 prices found`
        : `refused: ${report.problems[0]}`;
      console.log(
        `EC2 offer, ${format.toUpperCase()}, ${(bytes / GB).toFixed(2)} GB (generated): ` +
          `${(bytes / 1e6 / report.seconds).toFixed(0)} MB/s (${(bytes / 1e6 / report.cpuSeconds).toFixed(0)} MB per CPU-second), ` +
          `peak RSS ${report.peakRssMB.toFixed(0)} MB, ${outcome} ` +
          `(targets ≥ 50 MB/s, < 300 MB; load average ${load} on ${os.cpus().length} cores)`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
