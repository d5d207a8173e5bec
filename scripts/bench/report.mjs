// Issue #13 figures: the XLSX of the estimate, and the report PDF for the default
// workload made two ways — from the running app (what the desktop's Export report
// does: the report page of the workload on screen, printed) and from the command
// line (`npm run report`: host, headless Chromium, pricing, diagrams and the PDF,
// until the process has exited).
import { execFile } from 'node:child_process';
import { build } from 'esbuild';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { launchChromium, ms, percentile, startHost } from './browser-session.mjs';

const run = promisify(execFile);

export async function benchReport() {
  await benchXlsx();
  await benchReportInApp();
  await benchReportCli();
}

async function benchXlsx() {
  const outdir = path.resolve('dist/bench');
  await mkdir(outdir, { recursive: true });
  await build({
    entryPoints: ['scripts/bench/estimate-exports.ts'],
    outfile: path.join(outdir, 'estimate-exports.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
  });
  const { xlsxTimings } = createRequire(import.meta.url)(path.join(outdir, 'estimate-exports.cjs'));
  const { times, bytes } = await xlsxTimings();
  console.log(
    `XLSX of the default workload's estimate (${(bytes / 1024).toFixed(1)} KB): p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))} over ${times.length} (target < 300 ms)`,
  );
}

/** As the desktop app makes it: the app already open, the report page opened and printed. */
async function benchReportInApp() {
  const browser = await launchChromium();
  const host = await startHost();
  try {
    const page = await browser.newPage({ colorScheme: 'light', reducedMotion: 'reduce' });
    await page.goto(`${host.url}#/`);
    await page.getByTestId('catalog').waitFor();
    const times = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await page.goto(`${host.url}#/report`);
      await page.locator('[data-testid="report-page"][data-ready="true"]').waitFor({ timeout: 120_000 });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      if (pdf.byteLength < 1000) throw new Error('the report PDF came out empty');
      times.push(performance.now() - started);
      await page.goto(`${host.url}#/`);
      await page.getByTestId('catalog').waitFor();
    }
    console.log(
      `report PDF for the default workload from the running app (open the report, print): median ${ms(percentile(times, 50))}, max ${ms(Math.max(...times))} over ${times.length} (target < 3 s)`,
    );
  } finally {
    await browser.close();
    await host.stop();
  }
}

async function benchReportCli() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-report-'));
  try {
    // The default workload: a profile that sets nothing, so every input takes its default.
    const profile = path.join(dir, 'default.json');
    await writeFile(profile, JSON.stringify({ name: 'Default workload', workload: {} }));
    const times = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      await run(process.execPath, [
        'dist/electron/report.cjs',
        profile,
        path.join(dir, `report-${i}.pdf`),
        '--data-dir',
        dir,
      ]);
      times.push(performance.now() - started);
    }
    console.log(
      `report PDF for the default workload (npm run report, end to end): median ${ms(percentile(times, 50))} (runs: ${times.map(ms).join(', ')}; target < 3 s)`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
