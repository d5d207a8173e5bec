import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { COMPUTE_OPTION_IDS } from '../electron/common/compute-options';
import { evaluate } from '../electron/common/pricing/evaluate';
import { BUNDLED_PRICE_BOOK } from '../electron/common/pricing/price-book';
import type { PriceBookData } from '../electron/common/pricing/price-book-data';
import { DEFAULT_WORKLOAD } from '../electron/common/pricing/workload-schema';
import { PriceBookStore } from '../electron/node/price-books/price-book-store';
import { FIXTURE_ROOT, fixtureOfferFiles } from '../electron/node/price-list/testing/fixture-root';
import { TID } from '../renderer/src/lib/test-ids';
import { CommandPalette } from './app-page';
import { expect, test as base } from './fixtures';
import { fixtureBook } from './support/fixture-books';

/** A Region's committed fixture files copied to a folder at AWS's paths: what a user downloads. */
async function regionFolder(region: string): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), `offers-${region}-`));
  for (const file of await fixtureOfferFiles(region, 'json')) {
    const target = path.join(root, path.relative(FIXTURE_ROOT, file));
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(file, target);
  }
  return root;
}

const test = base.extend<{ folders: (region: string) => Promise<string> }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern.
  folders: async ({}, use) => {
    const made: string[] = [];
    await use(async (region) => {
      const folder = await regionFolder(region);
      made.push(folder);
      return folder;
    });
    await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
  },
});

const storedBook = async (dataDir: string, region: string) =>
  JSON.parse(await readFile(path.join(dataDir, 'price-books', `${region}.json`), 'utf8')) as PriceBookData;

test.beforeEach(async ({ app }) => {
  // Each test sends a Region's offer files through the page and has the host import them.
  test.slow();
  await app.open('#/costs');
  await expect(app.byTestId('cost-bar-lambda')).toHaveAttribute('data-monthly-usd', /\d/);
});

test('imports a second Region from a folder, prices every option with it, and names the SKU of each imported price', async ({
  app,
  dataDir,
  folders,
}) => {
  await app.byTestId(TID.priceImportOpen).click();
  const dialog = app.byTestId(TID.priceImportDialog);
  await dialog.getByTestId(TID.priceImportFolder).setInputFiles(await folders('sa-east-1'));
  // AWS has no Lightsail in Sao Paulo: the files lack that offer, and the user says so.
  await expect(dialog.getByTestId(TID.priceImportProblems)).toContainText('No AmazonLightsail offer file');
  await dialog.getByTestId(TID.priceImportNotOffered).click();
  const whatChanged = dialog.getByTestId(TID.whatChanged);
  await expect(whatChanged).toContainText('South America (Sao Paulo) (sa-east-1) had no price book');
  await dialog.getByTestId(TID.priceImportUse).click();
  await expect(dialog).toBeHidden();

  const picker = app.page.getByRole('combobox', { name: 'Region' });
  await expect(picker).toHaveValue('sa-east-1');
  const header = app.byTestId(TID.priceBookDate);
  const saoPaulo = await storedBook(dataDir, 'sa-east-1');
  await expect(header).toContainText(`South America (Sao Paulo) (sa-east-1), prices as of ${saoPaulo.asOf}`);
  await expect(header).toContainText('AWS Price List');
  await expect(app.byTestId(TID.costsPage)).toHaveAttribute('data-pricing', 'current');

  // Every option shows what the engine makes of this workload with the Sao Paulo book, not Virginia's.
  const inSaoPaulo = evaluate({ ...DEFAULT_WORKLOAD, region: 'sa-east-1' }, { book: saoPaulo });
  const inVirginia = evaluate(DEFAULT_WORKLOAD, { book: BUNDLED_PRICE_BOOK });
  for (const id of COMPUTE_OPTION_IDS) {
    const option = inSaoPaulo.options.find((o) => o.id === id)!;
    if (!option.feasible) continue;
    const bar = app.byTestId(`cost-bar-${id}`);
    await expect(bar, id).toHaveAttribute('data-monthly-usd', String(option.monthlyUSD));
  }
  const moved = inSaoPaulo.options.filter(
    (o) => o.monthlyUSD !== inVirginia.options.find((v) => v.id === o.id)!.monthlyUSD,
  );
  expect(moved.length).toBeGreaterThan(COMPUTE_OPTION_IDS.length / 2);

  // An imported price's source names where in AWS's files it was read.
  await app.byTestId('cost-bar-lambda').click();
  const sources = app.byTestId(TID.lineItems('lambda')).getByTestId(TID.lineItemPriceList);
  await expect(sources.first()).toContainText(/^AWSLambda \d{14} · SKU \w+ · rate code [\w.]+$/);
  const skus = new Set(Object.values(saoPaulo.prices).map((p) => p.sku));
  const shown = (await sources.first().textContent())!.match(/SKU (\w+)/)![1]!;
  expect(skus.has(shown)).toBe(true);
});

test.describe('replacing a book', () => {
  // Before the host starts: an older Frankfurt book in which the HTTP API cost twice what the fixture says.
  test.use({
    dataDir: async ({ dataDir }, use) => {
      const book = await fixtureBook('eu-central-1');
      const tier1 = book.prices['apigw.http.tier1']!;
      await PriceBookStore.inDataDir(dataDir).put({
        ...book,
        version: 'aws-20250101000000',
        prices: { ...book.prices, 'apigw.http.tier1': { ...tier1, usd: tier1.usd * 2 } },
      });
      await use(dataDir);
    },
  });

  test('What changed lists the moved price and how each option moved, and the page re-prices', async ({
    app,
    folders,
  }) => {
    const picker = app.page.getByRole('combobox', { name: 'Region' });
    await picker.selectOption('eu-central-1');
    await expect(app.byTestId(TID.priceBookDate)).toContainText('price book vaws-20250101000000');
    const lambda = app.byTestId('cost-bar-lambda');
    const before = Number(await lambda.getAttribute('data-monthly-usd'));

    await new CommandPalette(app).run('import-prices', 'import price');
    const dialog = app.byTestId(TID.priceImportDialog);
    await dialog.getByTestId(TID.priceImportFolder).setInputFiles(await folders('eu-central-1'));
    const prices = dialog.getByTestId(TID.whatChangedPrices);
    // Twice the price back to the price: (x − 2x) / 2x = −50 %.
    await expect(prices.getByRole('row', { name: /HTTP API/ })).toContainText('−50%');
    await expect(prices.getByRole('row')).toHaveCount(2);
    const options = dialog.getByTestId(TID.whatChangedOptions);
    const lambdaRow = options.getByRole('row', { name: /^Lambda/ }).first();
    await expect(lambdaRow).toContainText(/\$[\d,.]+.*\$[\d,.]+.*−/);

    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(app.byTestId(TID.priceBookDate)).not.toContainText('vaws-20250101000000');
    await expect.poll(async () => Number(await lambda.getAttribute('data-monthly-usd'))).toBeLessThan(before);
  });
});

test('a Region without a book is offered for import, and a damaged file is refused by name, changing nothing', async ({
  app,
}) => {
  const picker = app.page.getByRole('combobox', { name: 'Region' });
  await picker.selectOption({ label: 'Import prices for Asia Pacific (Sydney) (ap-southeast-2)…' });
  const dialog = app.byTestId(TID.priceImportDialog);
  await expect(dialog.getByRole('heading')).toHaveText('Import price files for Asia Pacific (Sydney) (ap-southeast-2)');
  await expect(picker).toHaveValue('us-east-1');

  await dialog.getByTestId(TID.priceImportFiles).setInputFiles({
    name: 'AWSLambda-sydney.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"formatVersion": "v1.0", "offerCode": "AWSLambda", "version": '),
  });
  const problems = dialog.getByTestId(TID.priceImportProblems);
  await expect(problems).toContainText('The import was refused; nothing was changed');
  await expect(problems).toContainText('AWSLambda-sydney.json');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(picker.locator('option:not([value^="import:"])')).toHaveText(['US East (N. Virginia) (us-east-1)']);
});
