import type { Locator, Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import readExcelFile from 'read-excel-file/node';
import { TID } from '../renderer/src/lib/test-ids';
import { CommandPalette } from './app-page';
import { expect, test } from './fixtures';

// The desktop app delivers exports through its save dialog, not as a download.
test.skip(({ shell }) => shell === 'electron', 'browser mode: exports arrive as downloads');

test.beforeEach(async ({ app }) => {
  await app.open('#/costs');
  await expect(app.byTestId('cost-bar-lambda')).toHaveAttribute('data-monthly-usd', /\d/);
  await expect(app.byTestId(TID.costsPage)).toHaveAttribute('data-pricing', 'current');
});

/** Each feasible option's monthly cost as the chart shows it, by option label. */
async function chartTotals(page: Page): Promise<Map<string, number>> {
  const bars = await page.locator('[data-testid^="cost-bar-"][data-feasible="true"]').all();
  const totals = new Map<string, number>();
  for (const bar of bars) {
    // The bar is named "Lambda: $2.73 per month…": the option's label comes first.
    const name = (await bar.getAttribute('aria-label')) ?? '';
    totals.set(name.slice(0, name.indexOf(': ')), Number(await bar.getAttribute('data-monthly-usd')));
  }
  return totals;
}

async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

test('Export costs… as CSV: one row per line item, adding up to what the chart shows', async ({ app }) => {
  const totals = await chartTotals(app.page);
  await app.byTestId(TID.exportCostsOpen).click();
  const dialog = app.byTestId(TID.exportCostsDialog);
  await expect(dialog).toBeVisible();
  const file = await download(app.page, dialog.getByTestId(TID.exportCostsFormat('csv')));

  expect(file.name).toMatch(/^compute-explorer-costs-.*\.csv$/);
  expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parse(file.bytes, { bom: true, columns: true }) as Record<string, string>[];
  expect(rows.length).toBeGreaterThan(totals.size);
  for (const [label, monthly] of totals) {
    const cents = rows
      .filter((row) => row.Option === label)
      .reduce((sum, row) => sum + Math.round(Number(row['Monthly (USD)']) * 100), 0);
    expect(cents / 100, label).toBeCloseTo(monthly, 2);
  }
  await expect(dialog).toHaveCount(0);
  await expect(app.announcer).toHaveText(/^Exported the costs of “.+” as compute-explorer-costs-.*\.csv\.$/);
});

test('Export Costs… from the command palette as an Excel workbook: the summary holds the chart’s totals', async ({
  app,
}) => {
  const totals = await chartTotals(app.page);
  await new CommandPalette(app).run('export-costs', 'export costs');
  const dialog = app.byTestId(TID.exportCostsDialog);
  const file = await download(app.page, dialog.getByTestId(TID.exportCostsFormat('xlsx')));

  expect(file.name).toMatch(/\.xlsx$/);
  const sheets = await readExcelFile(file.bytes);
  expect(sheets.map((sheet) => sheet.sheet)).toEqual(['Summary', 'Line items', 'Workload', 'Provenance']);
  const summary = sheets[0]!.data;
  for (const [label, monthly] of totals) {
    expect(summary.find((row) => row[0] === label)?.[1], label).toBe(monthly);
  }
  const provenance = sheets[3]!.data;
  expect(provenance).toContainEqual(['Region', 'us-east-1']);
  await expect(app.announcer).toHaveText(/\.xlsx\.$/);
});
