import type { Locator } from '@playwright/test';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BUNDLED_PRICE_BOOK } from '../electron/common/pricing/price-book';
import type { PriceBookData } from '../electron/common/pricing/price-book-data';
import { PriceBookStore } from '../electron/node/price-books/price-book-store';
import { TID } from '../renderer/src/lib/test-ids';
import { expect, test as base } from './fixtures';
import { fixtureBook } from './support/fixture-books';
import { blockingViolations } from './support/axe-scan';

const DAMAGED = 'ap-southeast-2.json';

// Before the host starts: Frankfurt's book imported from the committed AWS fixture files
// (no network), and a damaged book file beside it.
const test = base.extend<{ frankfurt: PriceBookData }>({
  dataDir: async ({ dataDir }, use) => {
    const book = await fixtureBook('eu-central-1');
    const store = PriceBookStore.inDataDir(dataDir);
    await store.put(book);
    await mkdir(store.dir, { recursive: true });
    await writeFile(path.join(store.dir, DAMAGED), '{"schemaVersion": 1, "region": ');
    await use(dataDir);
  },
  frankfurt: async ({ dataDir }, use) => {
    const file = path.join(dataDir, 'price-books', 'eu-central-1.json');
    await use(JSON.parse(await readFile(file, 'utf8')) as PriceBookData);
  },
});

test.beforeEach(async ({ app }) => {
  await app.open('#/costs');
  await expect(app.byTestId('cost-bar-lambda')).toHaveAttribute('data-monthly-usd', /\d/);
});

const monthly = async (bar: Locator) => Number(await bar.getAttribute('data-monthly-usd'));

test('picking eu-central-1 re-prices every option with the Frankfurt book and names it', async ({ app, frankfurt }) => {
  const picker = app.page.getByRole('combobox', { name: 'Region' });
  await expect(picker).toHaveValue('us-east-1');
  // The Regions with a book; the others are offered for import, after them.
  await expect(picker.locator('option:not([value^="import:"])')).toHaveText([
    'EU (Frankfurt) (eu-central-1)',
    'US East (N. Virginia) (us-east-1)',
  ]);
  const header = app.byTestId(TID.priceBookDate);
  await expect(header).toContainText('US East (N. Virginia)');
  await expect(header).toContainText('bundled with the app');

  const lambda = app.byTestId('cost-bar-lambda');
  const fargate = app.byTestId('cost-bar-fargate');
  const lambdaInVirginia = await monthly(lambda);
  const fargateInVirginia = await fargate.getAttribute('data-monthly-usd');

  await picker.selectOption('eu-central-1');
  await expect(header).toContainText('EU (Frankfurt) (eu-central-1)');
  await expect(header).toContainText(`prices as of ${frankfurt.asOf}`);
  await expect(header).toContainText('AWS Price List');
  const olderThan90Days = Date.now() - Date.parse(`${frankfurt.asOf}T00:00:00Z`) > 90 * 24 * 60 * 60 * 1000;
  await expect(app.byTestId(TID.priceBookStale)).toHaveCount(olderThan90Days ? 1 : 0);
  await expect(app.byTestId(TID.costsPage)).toHaveAttribute('data-pricing', 'current');
  await expect(fargate).not.toHaveAttribute('data-monthly-usd', fargateInVirginia ?? '');

  // Lambda + HTTP API: Lambda's prices are the same in both books, the HTTP API's are not, so the
  // total moves by the API's requests (in millions) × the difference between the two books' prices.
  await lambda.click();
  const apiRow = app.byTestId(TID.lineItems('lambda')).getByRole('row', { name: /API Gateway HTTP API requests/ });
  // The quantity cell reads "10 1M requests": the number, then the unit.
  const quantity = (await apiRow.getByRole('cell').first().textContent())!.trim().split(/\s+/)[0]!;
  const millions = Number(quantity.replace(/,/g, ''));
  expect(millions).toBeGreaterThan(0);
  const tier1 = (book: PriceBookData) => book.prices['apigw.http.tier1']!.usd;
  expect(tier1(frankfurt)).not.toBe(tier1(BUNDLED_PRICE_BOOK));
  const expected = lambdaInVirginia + millions * (tier1(frankfurt) - tier1(BUNDLED_PRICE_BOOK));
  await expect.poll(() => monthly(lambda)).toBeCloseTo(expected, 6);
});

test('a damaged book file in the store is reported by name, and the app goes on', async ({ app }) => {
  // axe over the whole Costs page takes a while on a busy machine.
  test.slow();
  await expect(app.byTestId(TID.priceBookProblem)).toContainText(`The price book ${DAMAGED} cannot be used`);
  await expect(
    app.page.getByRole('combobox', { name: 'Region' }).locator('option:not([value^="import:"])'),
  ).toHaveCount(2);
  // The picker is reached and used from the keyboard, and the page stays axe-clean with the report on it.
  const picker = app.page.getByRole('combobox', { name: 'Region' });
  await picker.focus();
  await app.page.keyboard.press('ArrowUp');
  await expect(picker).toHaveValue('eu-central-1');
  await expect(app.byTestId(TID.priceBookDate)).toContainText('EU (Frankfurt)');
  expect(await blockingViolations(app.page)).toEqual([]);
});
