import type { Locator, Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import readExcelFile from 'read-excel-file/node';
import { TID } from '../renderer/src/lib/test-ids';
import { expect, test } from './fixtures';
import { savedProfile, usd } from './support/saved-profiles';

function item(page: Page, name: string): Locator {
  return page.getByRole('listitem').filter({ has: page.getByRole('button', { name, exact: true }) });
}

async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

test.describe('comparing profiles', () => {
  // The desktop app delivers exports through its save dialog, not as a download.
  test.skip(({ shell }) => shell === 'electron', 'browser mode: exports arrive as downloads');
  // Each test saves two or three profiles through the UI before it compares: more steps than most.
  test.describe.configure({ timeout: 90_000 });

  test('three profiles picked by keyboard: each one’s costs as the Costs page showed them, differences against the first, the cheapest marked, exported as CSV and XLSX', async ({
    app,
  }) => {
    await app.open('#/costs');
    const small = await savedProfile(app, 'Small', '5,000,000');
    const large = await savedProfile(app, 'Large', '90,000,000');
    const mid = await savedProfile(app, 'Mid', '20,000,000');

    await app.open('#/profiles');
    for (const name of ['Small', 'Large', 'Mid']) {
      const box = item(app.page, name).getByRole('checkbox');
      await box.focus();
      await app.page.keyboard.press('Space');
      await expect(box).toBeChecked();
    }
    await expect(app.byTestId(TID.compareProfiles)).toHaveText('Compare selected (3 of up to 3)');
    await app.byTestId(TID.compareProfiles).focus();
    await app.page.keyboard.press('Enter');
    await expect(app.page).toHaveURL(/#\/profiles\/compare\/[\w-]+,[\w-]+,[\w-]+$/);
    await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('Compare “Small”, “Large” and “Mid”');

    const columns = [small, large, mid];
    for (const [column, costs] of columns.entries()) {
      for (const [id, monthly] of costs) {
        await expect(app.byTestId(TID.profileCompareCost(id, column)), `${id} in profile ${column}`).toContainText(
          usd(monthly),
        );
      }
      // Exactly one option per profile carries the star, and it costs what the cheapest did on the Costs page.
      const star = app.byTestId(TID.profileCompareCheapest(column));
      await expect(star).toHaveText('★ cheapest');
      const starredRow = app.page.getByRole('row').filter({ has: star });
      const starredId = (await starredRow.getAttribute('data-testid'))!.replace('profile-compare-row-', '');
      expect(costs.get(starredId)).toBe(Math.min(...costs.values()));
    }
    // Lambda's bill grows with requests: Large is dearer than Small by the difference of what
    // the Costs page showed for each, in dollars, per cent and as a multiple.
    const lambdaSmall = small.get('lambda')!;
    const lambdaLarge = large.get('lambda')!;
    const percent = Math.round((lambdaLarge / lambdaSmall - 1) * 100).toLocaleString('en-US');
    const difference = app.byTestId(TID.profileCompareDifference('lambda', 1));
    await expect(difference).toContainText(`+${usd(lambdaLarge - lambdaSmall)} · +${percent}%`);
    await expect(difference).toContainText('▲ dearer');
    // An option that runs in one profile and not another shows no number for the one it cannot run.
    for (const [column, costs] of columns.entries()) {
      const missing = ['lambda', 'ec2', 'fargate', 'batch', 'lightsail'].filter((id) => !costs.has(id));
      for (const id of missing) {
        const cell = app.byTestId(TID.profileCompareCost(id, column));
        if ((await cell.count()) > 0) await expect(cell).toContainText('not feasible');
      }
    }
    await expect(app.byTestId(TID.profileCompareChart)).toContainText('Monthly cost by option in each profile');
    await expect(app.byTestId(TID.profileCompareChart).locator('svg')).toContainText(`${usd(lambdaLarge)} · Large`);

    const csv = await download(app.page, app.byTestId(TID.profileCompareExport('csv')));
    expect(csv.name).toBe('compute-explorer-comparison-small-vs-large-vs-mid.csv');
    const rows = parse(csv.bytes, { bom: true, columns: true }) as Record<string, string>[];
    const lambdaRow = rows.find((row) => row.Option?.startsWith('Lambda'))!;
    expect(Number(lambdaRow['Small (USD/month)'])).toBeCloseTo(lambdaSmall, 2);
    expect(Number(lambdaRow['Mid (USD/month)'])).toBeCloseTo(mid.get('lambda')!, 2);
    expect(Number(lambdaRow['Large − Small (USD)'])).toBeCloseTo(lambdaLarge - lambdaSmall, 2);
    expect(rows.some((row) => row.Option === 'Made with')).toBe(true);
    await expect(app.announcer).toContainText('compute-explorer-comparison-small-vs-large-vs-mid.csv');

    const xlsx = await download(app.page, app.byTestId(TID.profileCompareExport('xlsx')));
    const [summary] = await readExcelFile(xlsx.bytes);
    const lambdaSheetRow = summary!.data.find((row) => String(row[0]).startsWith('Lambda'))!;
    expect(lambdaSheetRow.slice(1, 4)).toEqual([lambdaSmall, lambdaLarge, mid.get('lambda')]);

    const png = await download(app.page, app.byTestId(TID.profileCompareExport('png')));
    expect(png.name).toBe('compute-explorer-comparison-small-vs-large-vs-mid-chart.png');
    expect([...png.bytes.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    // The chart in words rides in the PNG's text chunks, with every profile's Lambda cost.
    expect(png.bytes.toString('latin1')).toContain(`Small ${usd(lambdaSmall)}, Large ${usd(lambdaLarge)}`);
    await expect(app.announcer).toHaveText(`Exported the comparison chart as ${png.name}.`);
  });

  test('notes edited on the Profiles page are saved to the file and shown in the comparison after a reload', async ({
    app,
  }) => {
    await app.open('#/costs');
    await savedProfile(app, 'Today', '2,000,000');
    await savedProfile(app, 'Next year', '8,000,000');
    await app.open('#/profiles');

    await item(app.page, 'Today').getByRole('button', { name: 'Notes', exact: true }).click();
    const notes = app.byTestId(TID.profileNotesInput);
    await expect(notes).toBeEnabled();
    await notes.fill('x'.repeat(20_001));
    await expect(app.page.getByRole('alert')).toContainText('at most 20,000 characters; these are 1 over');
    await expect(app.byTestId(TID.profileNotesSave)).toBeDisabled();
    await notes.fill('Launch month.\nTraffic from the EU only.');
    await app.byTestId(TID.profileNotesSave).click();
    await expect(app.announcer).toHaveText('Saved the notes of “Today”.');
    await expect(item(app.page, 'Today')).toContainText('Launch month.');

    await item(app.page, 'Today').getByRole('checkbox').check();
    await item(app.page, 'Next year').getByRole('checkbox').check();
    await app.byTestId(TID.compareProfiles).click();
    await expect(app.byTestId(TID.profileCompareNotes(0))).toBeVisible();
    // The address is written once the page is painted: reload what it says.
    await expect(app.page).toHaveURL(/#\/profiles\/compare\/[\w-]+,[\w-]+$/);
    await app.page.reload();
    await expect(app.byTestId(TID.profileCompareNotes(0))).toHaveText('Launch month.\nTraffic from the EU only.');
    await expect(app.byTestId(TID.profileCompareNotes(1))).toHaveText('No notes.');
  });
});
