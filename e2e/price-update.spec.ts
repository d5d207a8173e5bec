import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PriceBookData } from '../electron/common/pricing/price-book-data';
import { PriceBookStore } from '../electron/node/price-books/price-book-store';
import { fixtureFiles, offerFilePath } from '../electron/node/price-list/testing/fixture-tree';
import { TID } from '../renderer/src/lib/test-ids';
import { CommandPalette } from './app-page';
import { expect, test } from './support/price-list-server';
import { fixtureBook } from './support/fixture-books';

const storedBook = async (dataDir: string, region: string) =>
  JSON.parse(await readFile(path.join(dataDir, 'price-books', `${region}.json`), 'utf8')) as PriceBookData;

const sizeOf = (file: string) => Buffer.byteLength(fixtureFiles().get(file)!);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

// Each test has the host download a Region's files and import them, and some twice.
test.slow();

test.beforeEach(async ({ app, shell }) => {
  test.skip(
    shell === 'electron',
    'The test-only Price List address is browser mode’s; the desktop app fetches from AWS.',
  );
  await app.open('#/costs');
  await expect(app.byTestId('cost-bar-lambda')).toHaveAttribute('data-monthly-usd', /\d/);
});

test('shows what it would download and how big, downloads a second Region, says what changed and prices with it', async ({
  app,
  dataDir,
  priceList,
}) => {
  await app.byTestId(TID.priceUpdateOpen).click();
  const dialog = app.byTestId(TID.priceUpdateDialog);
  await dialog.getByTestId(TID.priceUpdateRegion).selectOption('eu-central-1');
  await dialog.getByTestId(TID.priceUpdateLookUp).click();

  // The plan: every file with its size and where it comes from, before any of them is fetched.
  const plan = dialog.getByTestId(TID.priceUpdatePlan);
  const ec2 = offerFilePath('AmazonEC2', 'eu-central-1', 'csv');
  await expect(plan).toContainText(`From ${priceList.url}, for EU (Frankfurt) (eu-central-1)`);
  await expect(plan.getByRole('row', { name: /AmazonEC2\/20251028195310\/eu-central-1\/index\.csv/ })).toContainText(
    mb(sizeOf(ec2)),
  );
  const files = [...fixtureFiles().keys()].filter((f) => f.endsWith('/eu-central-1/index.csv'));
  const total = files.reduce((sum, f) => sum + sizeOf(f), 0);
  await expect(plan.getByRole('row', { name: `${files.length} files` })).toContainText(mb(total));
  expect(priceList.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/index.csv'))).toEqual([]);

  await dialog.getByTestId(TID.priceUpdateDownload).click();
  await expect(dialog.getByTestId(TID.whatChanged)).toContainText('EU (Frankfurt) (eu-central-1) had no price book');
  await dialog.getByTestId(TID.priceUpdateUse).click();
  await expect(dialog).toBeHidden();

  await expect(app.page.getByRole('combobox', { name: 'Region' })).toHaveValue('eu-central-1');
  const frankfurt = await storedBook(dataDir, 'eu-central-1');
  await expect(app.byTestId(TID.priceBookDate)).toContainText(
    `EU (Frankfurt) (eu-central-1), prices as of ${frankfurt.asOf}`,
  );
  await expect(app.byTestId(TID.priceBookDate)).toContainText('AWS Price List');
});

test('a cancelled download keeps what arrived, and Resume continues from it', async ({ app, dataDir, priceList }) => {
  const ec2 = offerFilePath('AmazonEC2', 'sa-east-1', 'csv');
  // The EC2 file stops after 20,000 bytes, like a slow connection, until the user cancels.
  priceList.fault = (p, attempt, method) =>
    p === ec2 && method === 'GET' && attempt === 1 ? { stall: 20_000 } : undefined;

  await new CommandPalette(app).run('update-prices', 'update prices');
  const dialog = app.byTestId(TID.priceUpdateDialog);
  await dialog.getByTestId(TID.priceUpdateRegion).selectOption('sa-east-1');
  await dialog.getByTestId(TID.priceUpdateLookUp).click();
  await dialog.getByTestId(TID.priceUpdateDownload).click();

  const progress = dialog.getByTestId(TID.priceUpdateProgress);
  const ec2Line = progress.locator(`li[data-url="${priceList.url}${ec2}"]`);
  await expect(ec2Line).toHaveAttribute('data-bytes-done', /^[1-9]\d*$/);
  await dialog.getByTestId(TID.priceUpdateCancel).click();
  await expect(dialog.getByTestId(TID.priceUpdateError)).toContainText(
    'Cancelled; the current prices are unchanged. What was downloaded is kept',
  );
  // No book was made: the Costs page still offers Sao Paulo only as one to get.
  await expect(app.byTestId(TID.profileRegion).locator('option[value="sa-east-1"]')).toHaveCount(0);

  await dialog.getByTestId(TID.priceUpdateResume).click();
  await expect(dialog.getByTestId(TID.whatChanged)).toContainText(
    'South America (Sao Paulo) (sa-east-1) had no price book',
  );
  // It says it resumed: the files finished before EC2 (offers in AWS's sorted order) plus EC2's partial bytes.
  const resumedNote = dialog.getByTestId(TID.priceUpdateResumed);
  await expect(resumedNote).toContainText('kept from the cancelled download');
  const resumed = Number(await resumedNote.getAttribute('data-bytes'));
  const finishedBefore = (['AWSDataTransfer', 'AWSELB', 'AWSLambda', 'AmazonApiGateway'] as const)
    .map((offer) => sizeOf(offerFilePath(offer, 'sa-east-1', 'csv')))
    .reduce((sum, bytes) => sum + bytes, 0);
  expect(resumed).toBeGreaterThan(finishedBefore);
  // The EC2 file was asked for again from where the cancelled download stopped, not from its start.
  const ec2Gets = priceList.requests.filter((r) => r.method === 'GET' && r.path === ec2);
  expect(ec2Gets.map((r) => r.range)).toEqual([undefined, `bytes=${resumed - finishedBefore}-`]);
  expect((await storedBook(dataDir, 'sa-east-1')).region.code).toBe('sa-east-1');
});

test.describe('a file that is not there', () => {
  // Before the host starts: a Frankfurt book from an earlier import.
  test.use({
    dataDir: async ({ dataDir }, use) => {
      const book = await fixtureBook('eu-central-1');
      await PriceBookStore.inDataDir(dataDir).put({ ...book, version: 'aws-20250101000000' });
      await use(dataDir);
    },
  });

  test('a 404 names the file, and the Region keeps its book', async ({ app, dataDir, priceList }) => {
    const before = await readFile(path.join(dataDir, 'price-books', 'eu-central-1.json'), 'utf8');
    const ec2 = offerFilePath('AmazonEC2', 'eu-central-1', 'csv');
    priceList.fault = (p, _attempt, method) => (p === ec2 && method === 'GET' ? { notFound: true } : undefined);

    await app.byTestId(TID.priceUpdateOpen).click();
    const dialog = app.byTestId(TID.priceUpdateDialog);
    await dialog.getByTestId(TID.priceUpdateRegion).selectOption('eu-central-1');
    await dialog.getByTestId(TID.priceUpdateLookUp).click();
    await dialog.getByTestId(TID.priceUpdateDownload).click();
    await expect(dialog.getByTestId(TID.priceUpdateError)).toHaveText(
      `${priceList.url}${ec2}: 404 Not Found. The current prices are unchanged.`,
    );
    await dialog.getByRole('button', { name: 'Close' }).click();

    await app.page.getByRole('combobox', { name: 'Region' }).selectOption('eu-central-1');
    await expect(app.byTestId(TID.priceBookDate)).toContainText('price book vaws-20250101000000');
    expect(await readFile(path.join(dataDir, 'price-books', 'eu-central-1.json'), 'utf8')).toBe(before);
  });
});
