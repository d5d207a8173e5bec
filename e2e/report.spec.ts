import type { Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { TID } from '../renderer/src/lib/test-ids';
import { CommandPalette, type AppPage } from './app-page';
import { expect, test } from './fixtures';

const run = promisify(execFile);

// page.pdf() is browser mode's print: the desktop app prints through printToPDF and its save dialog.
test.skip(({ shell }) => shell === 'electron', 'browser mode: the report page printed by Chromium');

// Pricing, the sweep and eight diagram layouts before the first page prints: slow on a loaded machine.
test.describe.configure({ timeout: 180_000 });

let scratch: string;
test.beforeEach(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'report-e2e-'));
});
test.afterEach(() => rm(scratch, { recursive: true, force: true }));

/** poppler-utils: the text of the whole PDF, or of one page, laid out as printed. */
async function pdfText(file: string, page?: number): Promise<string> {
  const pages = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return (await run('pdftotext', ['-layout', ...pages, file, '-'])).stdout;
}

async function pdfInfo(file: string): Promise<{ pages: number; size: string }> {
  const { stdout } = await run('pdfinfo', [file]);
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]),
    size: /^Page size:\s+(.+)$/m.exec(stdout)?.[1] ?? '',
  };
}

/** Each feasible option's monthly total as the Costs page's chart shows it: "Lambda + HTTP API" → "$7.53". */
async function shownTotals(page: Page): Promise<Map<string, string>> {
  const totals = new Map<string, string>();
  for (const bar of await page.locator('[data-testid^="cost-bar-"][data-feasible="true"]').all()) {
    const match = /^(.+): (\$[\d,]+\.\d\d) per month/.exec((await bar.getAttribute('aria-label')) ?? '');
    if (match) totals.set(match[1]!, match[2]!);
  }
  return totals;
}

async function openCosts(app: AppPage): Promise<void> {
  await app.open('#/costs');
  await expect(app.byTestId(TID.costsPage)).toHaveAttribute('data-pricing', 'current');
  await expect(app.byTestId('cost-bar-lambda')).toHaveAttribute('data-monthly-usd', /\d/);
}

async function printReport(page: Page, file: string): Promise<void> {
  await expect(page.getByTestId(TID.reportPage)).toHaveAttribute('data-ready', 'true', { timeout: 120_000 });
  // What the browser's Print → Save as PDF writes: the print stylesheet and the page's own @page rule.
  await writeFile(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('Export report (PDF)… prints every option’s total as the Costs page shows it, with the provenance on every page', async ({
  app,
}) => {
  await openCosts(app);
  const totals = await shownTotals(app.page);
  expect(totals.size).toBeGreaterThan(4);
  await app.byTestId(TID.exportReportOpen).click();
  const file = path.join(scratch, 'report.pdf');
  await printReport(app.page, file);

  const { pages, size } = await pdfInfo(file);
  expect(size).toMatch(/\(A4\)$/);
  expect(pages).toBeGreaterThan(8);
  const text = await pdfText(file);
  expect(text).toContain('Untitled workload');
  expect(text).toMatch(/is the cheapest option that can run this workload/);
  // The cost table: one line per option, its label then its monthly total exactly as the chart shows it.
  const table = text
    .slice(text.indexOf('Monthly cost of every option'), text.indexOf('Break-even'))
    .replace(/\s+/g, ' ');
  for (const [label, total] of totals) {
    expect(table, label).toMatch(new RegExp(`${escape(label)}( — recommended)? ${escape(total)} `));
  }
  // Each option has a page of its own headed by its total.
  for (const [label, total] of totals) expect(text).toContain(`${label}: ${total} a month`);

  for (let page = 1; page <= pages; page++) {
    const onPage = (await pdfText(file, page)).replace(/\s+/g, ' ');
    expect(onPage, `page ${page}`).toMatch(
      /Compute Explorer \S+ · us-east-1 \(US East \(N\. Virginia\)\) · price book \S+ \(bundled\), prices as of \d{4}-\d\d-\d\d · exported \d{4}-\d\d-\d\d \d\d:\d\d UTC/,
    );
    expect(onPage, `page ${page}`).toContain(`Page ${page} of ${pages}`);
  }
});

test('the report from the command palette, on Letter paper', async ({ app }) => {
  await openCosts(app);
  await new CommandPalette(app).run('export-report', 'export report');
  const report = app.byTestId(TID.reportPage);
  await report.getByTestId(TID.reportPageSize).locator('label', { hasText: 'Letter' }).click();
  await expect(report).toHaveAttribute('data-page-size', 'letter');
  const file = path.join(scratch, 'letter.pdf');
  await printReport(app.page, file);
  // US Letter is 8.5 × 11 in = 612 × 792 pt.
  expect((await pdfInfo(file)).size).toMatch(/^612 x 792 pts/);

  // The button hands the page to the browser's own print dialog (stood in for: headless Chromium has none).
  await app.page.evaluate(() => {
    window.print = () => document.documentElement.setAttribute('data-print-asked', 'yes');
  });
  await report.getByTestId(TID.reportPrint).click();
  await expect(app.page.locator('html')).toHaveAttribute('data-print-asked', 'yes');
});

test('npm run report renders a profile file headlessly, then exits with nothing left running', async () => {
  const profile = path.join(scratch, 'checkout.json');
  await writeFile(profile, JSON.stringify({ name: 'Checkout API', workload: { requestsPerMonth: 3_000_000 } }));
  const out = path.join(scratch, 'checkout.pdf');
  // Resolves only once the process has exited: a host or browser left open would keep it alive.
  const { stdout } = await run(
    process.execPath,
    ['dist/electron/report.cjs', profile, out, '--page', 'letter', '--data-dir', scratch],
    { timeout: 120_000 },
  );
  expect(stdout).toContain(`to ${out} (Letter)`);
  expect((await stat(out)).size).toBeGreaterThan(10_000);
  expect((await pdfInfo(out)).size).toMatch(/^612 x 792 pts/);
  const text = await pdfText(out);
  expect(text).toContain('Checkout API');
  expect(text).toContain('3 M requests a month');
});

test('npm run report reads the diagram pictures the app saved but never changes the data folder, even a damaged file', async () => {
  const profile = path.join(scratch, 'default.json');
  await writeFile(profile, JSON.stringify({ name: 'Default workload', workload: {} }));
  // A damaged cache is set aside by whoever opens it: here only the report's own copy may be.
  const damaged = path.join(scratch, 'diagram-cache.json');
  await writeFile(damaged, '{"version": 1, "diagrams": [');
  const out = path.join(scratch, 'default.pdf');
  await run(process.execPath, ['dist/electron/report.cjs', profile, out, '--data-dir', scratch], { timeout: 120_000 });
  expect(await pdfText(out)).toContain('Default workload');
  expect(await readFile(damaged, 'utf8')).toBe('{"version": 1, "diagrams": [');
  expect((await readdir(scratch)).sort()).toEqual(['default.json', 'default.pdf', 'diagram-cache.json']);
});

test('npm run report refuses a file that is not a profile, naming it, and writes nothing', async () => {
  const bad = path.join(scratch, 'not-a-profile.json');
  await writeFile(bad, '{"name": 42}');
  const out = path.join(scratch, 'never.pdf');
  const failure = await run(process.execPath, ['dist/electron/report.cjs', bad, out]).then(
    () => null,
    (error: { code: number; stderr: string }) => error,
  );
  expect(failure?.code).toBe(2);
  expect(failure?.stderr).toContain(`“${bad}” is not a profile this app can read`);
  await expect(stat(out)).rejects.toThrow();
});
