import { readFileSync } from 'node:fs';
import { OPTIONS } from '../renderer/src/lib/catalog';
import { CHART_DOCUMENT_WIDTH } from '../renderer/src/lib/export/chart-export-size';
import { TID } from '../renderer/src/lib/test-ids';
import type { AppPage } from './app-page';
import { expect, test } from './fixtures';
import { ExportAllDialog } from './support/export-all-page';
import { decodePng } from './support/png';

test.skip(({ shell }) => shell === 'electron', 'browser mode: Export all arrives as one zip download');

const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const OPTION = 'fargate';
const FILE_COUNT = OPTIONS.length + 2;

async function openDialog(app: AppPage) {
  await app.open(`#/service/${OPTION}`);
  await app.waitForDiagram(OPTION);
  const dialog = new ExportAllDialog(app.page);
  await dialog.openFrom(OPTION);
  return dialog;
}

test('exports every diagram and both charts into one zip, with progress reaching 100%', async ({ app }) => {
  test.setTimeout(90_000);
  const dialog = await openDialog(app);
  await expect(dialog.plan).toHaveText(
    `${FILE_COUNT} PNGs: ${OPTIONS.length} diagrams, the cost comparison chart and the break-even chart.`,
  );
  const zip = await dialog.run();

  await expect(dialog.progressText).toHaveText(`${FILE_COUNT} of ${FILE_COUNT} (100%)`);
  await expect(dialog.progress).toHaveJSProperty('value', FILE_COUNT);
  await expect(dialog.progress).toHaveJSProperty('max', FILE_COUNT);
  await expect(app.announcer).toHaveText(`Exported all ${FILE_COUNT} files to ${zip!.name}.`);
  await expect(dialog.failures).toHaveCount(0);

  expect(zip!.name).toMatch(/^compute-explorer-export-\d{4}-\d{2}-\d{2}\.zip$/);
  const folder = zip!.name.replace(/\.zip$/, '');
  const names = [...zip!.files.keys()];
  expect(names).toHaveLength(FILE_COUNT);
  for (const name of names) expect(name).toMatch(new RegExp(`^${folder}/\\d\\d-[a-z0-9-]+-light@2x\\.png$`));

  for (const [name, bytes] of zip!.files) {
    const png = decodePng(bytes);
    expect(png.distinctColours, `${name} is drawn, not blank`).toBeGreaterThan(100);
    expect(png.transparentPixels, `${name} has the default solid background`).toBe(0);
    expect(png.text.Software).toBe(`Compute Explorer ${VERSION}`);
    expect(JSON.parse(png.text.Provenance!)).toMatchObject({
      profile: 'Untitled workload',
      region: 'us-east-1',
      appVersion: VERSION,
      pricingOptions: { architecture: 'x86', purchaseOption: 'on-demand' },
    });
  }

  // Sizes at the default 2×: the charts' width is known; the diagram matches what its own toolbar says.
  for (const chart of ['comparison', 'break-even']) {
    const png = decodePng(
      zip!.files.get(`${folder}/${names.find((n) => n.includes(`-${chart}-chart-`))!.split('/')[1]}`)!,
    );
    expect(png.width).toBe(2 * CHART_DOCUMENT_WIDTH);
    expect(JSON.parse(png.text.Provenance!).diagram.optionId).toBe(`${chart}-chart`);
  }
  const fargate = decodePng(zip!.files.get(names.find((n) => n.includes(`-${OPTION}-`))!)!);
  expect(fargate.text.Title).toMatch(/^Fargate \(ECS\): \d+ Fargate tasks? in \d Availability Zones?$/);
  await dialog.close.click();
  await app.byTestId(TID.exportOptionsToggle(OPTION)).click();
  await expect(app.byTestId(TID.exportSizePreview(OPTION))).toHaveText(
    `PNG size: ${fargate.width.toLocaleString('en-US')} × ${fargate.height.toLocaleString('en-US')} px`,
  );
});

test('a width over the 16,384 px limit fails every PNG with the reason, and the run still goes through all of them', async ({
  app,
}) => {
  const dialog = await openDialog(app);
  await dialog.chooseWidth(20_000);
  let downloads = 0;
  app.page.on('download', () => downloads++);
  expect(await dialog.run()).toBeNull();

  await expect(dialog.progressText).toHaveText(`${FILE_COUNT} of ${FILE_COUNT} (100%)`);
  await expect(dialog.failures).toHaveCount(FILE_COUNT);
  await expect(dialog.failures.first()).toHaveText(
    /Lambda \+ API Gateway diagram \(01-lambda-light-20000px\.png\): This PNG would be 20,000 × [\d,]+ px; the limit is 16,384 px a side\. Choose a smaller width\./,
  );
  await expect(dialog.failures.last()).toContainText(
    'Break-even chart (10-break-even-chart-light-20000px.png): This PNG would be 20,000',
  );
  await expect(dialog.summary).toContainText(`Export all wrote nothing: all ${FILE_COUNT} files failed.`);
  expect(downloads).toBe(0);
});

test('Stop ends the run after the current item and the zip holds what was finished', async ({ app }) => {
  const dialog = await openDialog(app);
  const zip = await dialog.run(() => dialog.stop.click());
  await expect(dialog.summary).toContainText(/^Export all stopped after \d of 10\./);
  const finished = Number(/stopped after (\d)/.exec((await dialog.summary.textContent())!)![1]);
  await expect(dialog.progressText).toHaveText(`${finished} of ${FILE_COUNT} (${finished * 10}%)`);
  expect(zip?.files.size ?? 0).toBe(finished);
});

test('the dialog keeps focus inside, closes with Esc when idle and gives focus back', async ({ app }) => {
  const dialog = await openDialog(app);
  const opener = app.byTestId(TID.exportAllOpen(OPTION));
  await expect(dialog.start).toBeFocused();
  for (let i = 0; i < 6; i++) {
    await app.page.keyboard.press('Tab');
    expect(
      await app.page.evaluate((id) => !!document.activeElement?.closest(`[data-testid="${id}"]`), TID.exportAllDialog),
    ).toBe(true);
  }
  await app.page.keyboard.press('Escape');
  await expect(dialog.dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
});
