import { CHART_TID } from '../renderer/src/lib/charts/chart-test-ids';
import { TID } from '../renderer/src/lib/test-ids';
import type { AppPage } from './app-page';
import { expect, test } from './fixtures';
import { readProfiles } from './support/profile-files';

const monthly = async (app: AppPage, id: string) =>
  Number(await app.byTestId(CHART_TID.costBar(id)).getAttribute('data-monthly-usd'));

async function type(app: AppPage, key: string, value: string): Promise<void> {
  const input = app.byTestId(TID.numberInput(key));
  await input.fill(value);
  await input.press('Enter');
}

/** Waits until the shown costs belong to the last workload sent. */
async function settled(app: AppPage): Promise<void> {
  await expect(app.byTestId(TID.costsPage)).toHaveAttribute('data-pricing', 'current');
}

test.beforeEach(async ({ app }) => {
  await app.open('#/costs');
  await expect(app.byTestId(CHART_TID.costBar('lambda'))).toHaveAttribute('data-monthly-usd', /\d/);
});

test('a longer request re-prices the servers and containers, not only Lambda', async ({ app }) => {
  const before = { fargate: await monthly(app, 'fargate'), ec2: await monthly(app, 'ec2') };
  await type(app, 'durationMs', '1800');
  for (const id of ['fargate', 'ec2'] as const) {
    await expect.poll(() => monthly(app, id), { message: id }).toBeGreaterThan(before[id]);
  }
  // The fleet's line item shows the chain that sized it: 10 M a month at 3× peak is
  // 11.42 req/s × 1.8 s = 20.5 in flight × 25% = 5.14 vCPU → 21 tasks of 0.25 vCPU.
  await app.byTestId(CHART_TID.costBar('fargate')).click();
  await expect(app.byTestId(TID.lineItems('fargate'))).toContainText(
    '11.42 req/s at peak × 1.8 s = 20.5 in flight × 25% CPU = 5.14 vCPU → 21 tasks of 0.25 vCPU',
  );
});

test('a refused value blocks Save and Save as, naming the field, and the costs say they are for the last valid inputs', async ({
  app,
  dataDir,
}) => {
  const before = await monthly(app, 'lambda');
  await type(app, 'memoryMB', '-5');
  await expect(app.byTestId(TID.lastValidNotice)).toHaveText(
    'Showing costs for the last valid inputs: “Memory per invocation or task” is not valid yet.',
  );
  await app.byTestId(TID.saveProfile).click();
  await expect(app.byTestId(TID.notice).last()).toContainText('Not saved: fix “Memory per invocation or task” first.');
  await app.byTestId(TID.saveProfileAs).click();
  await expect(app.byTestId(TID.nameDialog)).toHaveCount(0);
  expect(await readProfiles(dataDir)).toHaveLength(0);
  expect(await monthly(app, 'lambda')).toBe(before);

  await type(app, 'memoryMB', '1024');
  await expect(app.byTestId(TID.lastValidNotice)).toHaveCount(0);
  await expect.poll(() => monthly(app, 'lambda')).toBeGreaterThan(before);
});

test('the "why" paragraph and the pairwise break-even table say what the chart shows', async ({ app }) => {
  await type(app, 'requestsPerMonth', '50000000');
  await type(app, 'durationMs', '180');
  await settled(app);
  const bars = app.byTestId(CHART_TID.costChart).locator('[data-feasible="true"]');
  const rows = await bars.evaluateAll((nodes) =>
    nodes.map((n) => ({
      id: n.getAttribute('data-testid'),
      usd: Number(n.getAttribute('data-monthly-usd')),
      label: n.getAttribute('aria-label') ?? '',
    })),
  );
  rows.sort((a, b) => a.usd - b.usd);
  const usd = (value: number) =>
    `$${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  const [cheapest, next] = rows;
  const nameOf = (row: (typeof rows)[number]) => row.label.slice(0, row.label.indexOf(':'));
  const why = app.byTestId(TID.whyParagraph);
  await expect(why).toContainText(`${nameOf(cheapest!)} is cheapest at ${usd(cheapest!.usd)}/month: `);
  await expect(why).toContainText(`${nameOf(next!)} is next at ${usd(next!.usd)}, `);

  // Lambda vs EC2 comes first; the side the table calls cheaper at this volume is the one the bars show cheaper.
  const table = app.byTestId(TID.pairwiseTable);
  await expect(table.locator('tbody tr').first()).toHaveAttribute('data-testid', TID.pairwiseRow('lambda', 'ec2'));
  await expect(table.locator('tbody tr').nth(1)).toHaveAttribute('data-testid', TID.pairwiseRow('lambda', 'fargate'));
  // Read as shown on screen: the table is below the fold, and the page lays it out once scrolled to.
  const lambdaVsEc2Row = app.byTestId(TID.pairwiseRow('lambda', 'ec2'));
  await lambdaVsEc2Row.scrollIntoViewIfNeeded();
  const cells = async () => (await lambdaVsEc2Row.innerText()).split('\t');
  await expect.poll(async () => (await cells()).length).toBe(3);
  const lambdaVsEc2 = await cells();
  const cheaperLambda = (await monthly(app, 'lambda')) < (await monthly(app, 'ec2'));
  const crossing = /([\d.]+) ([kMB]) requests/.exec(lambdaVsEc2[1] ?? '');
  if (crossing) {
    const scale = { k: 1e3, M: 1e6, B: 1e9 }[crossing[2] as 'k' | 'M' | 'B'];
    const below = 50e6 < Number(crossing[1]) * scale;
    const cheaperWords = lambdaVsEc2[2] ?? '';
    const lambdaSide = cheaperWords.startsWith('Lambda') ? 'below' : 'above';
    expect((lambdaSide === 'below') === below).toBe(cheaperLambda);
  } else {
    expect((lambdaVsEc2[2] ?? '').startsWith('Lambda')).toBe(cheaperLambda);
  }
});

test('each option is bought its own way: Spot for Fargate only, never for Lambda or EKS on Fargate', async ({
  app,
}) => {
  const fargateBefore = await monthly(app, 'fargate');
  const ec2Before = await monthly(app, 'ec2');
  await expect(app.byTestId(TID.purchasePlan('lambda')).locator('option')).toHaveText([
    'On-demand',
    'Compute Savings Plan',
  ]);
  await expect(app.byTestId(TID.purchasePlan('eks-fargate')).locator('option')).not.toContainText(['Spot']);
  await app.byTestId(TID.purchasePlan('fargate')).selectOption('spot');
  await expect.poll(() => monthly(app, 'fargate')).toBeLessThan(fargateBefore);
  expect(await monthly(app, 'ec2')).toBe(ec2Before);
  await app.byTestId(CHART_TID.costBar('fargate')).click();
  await expect(app.byTestId(TID.lineItems('fargate'))).toContainText('70% Spot');
});

test('a workload past Lambda’s concurrency quota keeps Lambda priced, with a warning on the chart and the breakdown', async ({
  app,
}) => {
  await type(app, 'requestsPerMonth', '3000000000');
  await type(app, 'durationMs', '1000');
  const lambda = app.byTestId(CHART_TID.costBar('lambda'));
  await expect(lambda).toHaveAttribute('data-feasible', 'true');
  await expect(app.byTestId(CHART_TID.costWarning('lambda'))).toBeVisible();
  await lambda.click();
  await expect(app.byTestId(TID.optionWarnings('lambda'))).toContainText(
    /Needs ~[\d,]+ concurrent executions at the peak; the default quota is 1,000 per Region/,
  );
});
