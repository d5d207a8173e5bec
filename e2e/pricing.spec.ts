import { COMPUTE_OPTION_IDS } from '../electron/common/compute-options';
import { TID } from '../renderer/src/lib/test-ids';
import { expect, test } from './fixtures';

test.beforeEach(async ({ app }) => {
  await app.open('#/costs');
  await expect(app.byTestId('cost-bar-lambda')).toHaveAttribute('data-monthly-usd', /\d/);
});

test('dragging the requests slider re-prices every option', async ({ app }) => {
  const lambda = app.byTestId('cost-bar-lambda');
  const fargate = app.byTestId('cost-bar-fargate');
  const before = Number(await lambda.getAttribute('data-monthly-usd'));
  const fargateBefore = await fargate.getAttribute('data-monthly-usd');

  const slider = app.byTestId(TID.slider('requestsPerMonth'));
  const box = (await slider.boundingBox())!;
  await app.page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
  await app.page.mouse.down();
  for (let step = 1; step <= 10; step++) {
    await app.page.mouse.move(box.x + box.width * (0.5 + step * 0.04), box.y + box.height / 2);
  }
  await app.page.mouse.up();

  await expect.poll(async () => Number(await lambda.getAttribute('data-monthly-usd'))).toBeGreaterThan(before);
  await expect(fargate).not.toHaveAttribute('data-monthly-usd', fargateBefore ?? '');
  await expect(app.byTestId(TID.numberInput('requestsPerMonth'))).not.toHaveValue('10,000,000');
});

test('a 20-minute request makes Lambda infeasible, with the reason', async ({ app }) => {
  const duration = app.byTestId(TID.numberInput('durationMs'));
  await duration.fill('1200000');
  await duration.press('Enter');
  const lambda = app.byTestId('cost-bar-lambda');
  await expect(lambda).toHaveAttribute('data-feasible', 'false');
  await expect(lambda).toContainText(/900 s|15 min/);
  await expect(app.byTestId('cost-bar-fargate')).toHaveAttribute('data-feasible', 'true');
});

test('a typed value out of range is refused with a message and changes nothing', async ({ app }) => {
  const before = await app.byTestId('cost-bar-lambda').getAttribute('data-monthly-usd');
  const memory = app.byTestId(TID.numberInput('memoryMB'));
  await memory.fill('-5');
  await memory.press('Enter');
  await expect(app.byTestId(TID.field('memoryMB')).getByRole('alert')).toContainText('Between');
  // Had the value gone through, a re-pricing would be under way now: wait for the costs on screen to be current.
  await expect(app.byTestId(TID.costsPage)).toHaveAttribute('data-pricing', 'current');
  await expect(app.byTestId('cost-bar-lambda')).toHaveAttribute('data-monthly-usd', before ?? '');
});

test('the break-even chart marks crossovers and says where each option overtakes the next', async ({ app }) => {
  const chart = app.byTestId('break-even-chart');
  await expect(chart.getByTestId('break-even-crossover').first()).toBeAttached();
  const sentences = app.byTestId('break-even-sentences').getByRole('listitem');
  await expect(sentences.first()).toContainText(/Lambda \+ HTTP API .*requests\/month/);
  // One sentence per change of the cheapest option, each naming where it happens.
  const count = await chart.getByTestId('break-even-crossover').count();
  expect(await sentences.count()).toBeGreaterThan(0);
  expect(await sentences.count()).toBeLessThanOrEqual(count);
});

test('the breakdown lists line items with their formula and source, and totals a month and a year', async ({ app }) => {
  await app.byTestId('cost-bar-lambda').click();
  const items = app.byTestId(TID.lineItems('lambda'));
  await expect(items.getByRole('row', { name: /Lambda requests/ })).toContainText('1,000,000 free');
  await expect(items.getByRole('link', { name: 'source' }).first()).toHaveAttribute(
    'href',
    /aws\.amazon\.com\/lambda\/pricing/,
  );
  const monthly = await items.getByTestId(TID.monthlyTotal).textContent();
  const yearly = await items.getByTestId(TID.yearlyTotal).textContent();
  const toNumber = (text: string | null) => Number((text ?? '').replace(/[$,]/g, ''));
  expect(toNumber(yearly)).toBeCloseTo(toNumber(monthly) * 12, 1);
});

// The breakdown's table and the pairwise table sit below the fold, where the page skips laying them
// out until they are scrolled to: once there, they show the workload as it is after the moves.
test('below the fold, the breakdown and the pairwise table show the moved workload once scrolled to', async ({
  app,
}) => {
  const bar = app.byTestId('cost-bar-lambda');
  await bar.click();
  const before = await bar.getAttribute('data-monthly-usd');
  const slider = app.byTestId(TID.slider('requestsPerMonth'));
  for (let i = 0; i < 5; i++) await slider.press('PageUp');
  await expect(bar).not.toHaveAttribute('data-monthly-usd', before ?? '');
  const usd = Number(await bar.getAttribute('data-monthly-usd'));
  const shown = `$${usd.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

  const total = app.byTestId(TID.lineItems('lambda')).getByTestId(TID.monthlyTotal);
  await total.scrollIntoViewIfNeeded();
  await expect(total).toBeInViewport();
  // innerText is the text as laid out: empty while the block is skipped, the figure once drawn.
  await expect.poll(() => total.innerText()).toBe(shown);

  const firstPair = app.byTestId(TID.pairwiseRow('lambda', 'ec2'));
  await firstPair.scrollIntoViewIfNeeded();
  await expect(firstPair).toBeInViewport();
  await expect
    .poll(async () => (await firstPair.innerText()).split('\t')[0])
    .toBe('Lambda + HTTP API vs EC2 (Auto Scaling group)');
  const box = (await firstPair.boundingBox())!;
  expect(box.height).toBeGreaterThan(10);
});

// At 1280 px (the window's first size) the table once ran past its column and the window's edge,
// cutting off every line's cost; at 900 px (the window's minimum) the column is narrower still.
for (const width of [1280, 900]) {
  test(`at ${width} px every option's breakdown fits its column, cost column included`, async ({ app }) => {
    await app.page.setViewportSize({ width, height: 800 });
    for (const id of COMPUTE_OPTION_IDS) {
      await app.byTestId(`cost-bar-${id}`).click();
      const items = app.byTestId(TID.lineItems(id));
      const table = items.getByRole('table');
      // An infeasible option shows its reason instead of a table.
      if ((await table.count()) === 0) continue;
      const column = (await items.boundingBox())!;
      const costs = table.locator('td.cost');
      expect(await costs.count(), id).toBeGreaterThan(1);
      for (const cost of await costs.all()) {
        const box = (await cost.boundingBox())!;
        expect(box.x + box.width, `${id}: a cost ends inside the column`).toBeLessThanOrEqual(
          column.x + column.width + 0.5,
        );
        expect(box.x + box.width, `${id}: a cost ends inside the window`).toBeLessThanOrEqual(width);
      }
    }
  });

  test(`at ${width} px the opened price book keeps to its column, sources included`, async ({ app }) => {
    await app.page.setViewportSize({ width, height: 800 });
    const panel = app.byTestId(TID.priceBookPanel);
    await panel.locator('summary').click();
    await expect(panel.getByRole('table')).toBeVisible();
    const column = (await panel.boundingBox())!;
    const sources = panel.getByRole('link');
    expect(await sources.count()).toBeGreaterThan(10);
    // Every row's source (the widest cell): its text ends inside the panel and the window.
    const rights = await sources.evaluateAll((links) => links.map((link) => link.getBoundingClientRect().right));
    expect(Math.max(...rights)).toBeLessThanOrEqual(Math.min(column.x + column.width, width) + 0.5);
  });
}

test('overriding a unit price re-prices with it and marks it overridden', async ({ app }) => {
  await app.byTestId('cost-bar-lambda').click();
  const before = Number(await app.byTestId('cost-bar-lambda').getAttribute('data-monthly-usd'));
  await app.byTestId(TID.priceBookPanel).locator('summary').click();
  const input = app.byTestId(TID.priceOverride('lambda.requests'));
  await input.fill('2');
  await input.press('Enter');
  await expect
    .poll(async () => Number(await app.byTestId('cost-bar-lambda').getAttribute('data-monthly-usd')))
    .toBeGreaterThan(before);
  await expect(app.byTestId(TID.lineItems('lambda'))).toContainText('overridden');
  await expect(app.byTestId(TID.priceBookPanel)).toContainText('1 overridden');
});

test('the price book, closed and opened again, keeps its filter and your prices', async ({ app }) => {
  const panel = app.byTestId(TID.priceBookPanel);
  const summary = panel.locator('summary');
  await summary.click();
  await panel.getByRole('searchbox', { name: 'Filter prices' }).fill('lambda');
  const requests = app.byTestId(TID.priceOverride('lambda.requests'));
  await requests.fill('0.5');
  await requests.press('Enter');
  await expect(panel).toContainText('1 overridden');
  const rowsFiltered = await panel.locator('tbody tr').count();
  expect(rowsFiltered).toBeGreaterThan(0);

  await summary.click();
  await expect(panel.getByRole('table')).toBeHidden();
  await summary.click();
  await expect(panel.getByRole('searchbox', { name: 'Filter prices' })).toHaveValue('lambda');
  await expect(panel.locator('tbody tr')).toHaveCount(rowsFiltered);
  await expect(panel.getByRole('row', { name: /EC2/ })).toHaveCount(0);
  await expect(requests).toHaveValue('0.5');
});

test('the price book date is shown, and a service page shows its cost for the current workload', async ({ app }) => {
  await expect(app.byTestId(TID.priceBookDate)).toContainText(/as of \d{4}-\d{2}-\d{2}/);
  await app.open('#/service/fargate');
  await expect(app.byTestId(TID.serviceCost('fargate'))).toContainText(/\$[\d,.]+ a month/);
});
