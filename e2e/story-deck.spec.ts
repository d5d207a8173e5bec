import type { Locator } from '@playwright/test';
import { DEFAULT_WORKLOAD, evaluate, formatNumber, formatUSD } from '../electron/common/pricing';
import { OPTIONS } from '../renderer/src/lib/catalog';
import { CHART_TID } from '../renderer/src/lib/charts/chart-test-ids';
import { TID } from '../renderer/src/lib/test-ids';
import type { AppPage } from './app-page';
import { expect, test } from './fixtures';

// Issue 13 part 3: a deck that tells the story. Without a profile the deck shows the default
// workload, a web service, so the Batch slide (Batch cannot serve requests) is left out by default:
// title, the seven other options, comparison, break-even, recommendation, assumptions.
// The deck's code loads on first use, and a save, a reload and a dozen clicks take a while on a loaded machine.
test.describe.configure({ timeout: 120_000 });

const SHOWN_BY_DEFAULT = 1 + OPTIONS.length - 1 + 4;

async function present(app: AppPage): Promise<{ slide: Locator; counter: Locator }> {
  await app.pressGlobal('F5');
  const slide = app.byTestId(TID.slide);
  const counter = app.byTestId(TID.slideCounter);
  await expect(counter).toHaveText(`1 / ${SHOWN_BY_DEFAULT}`);
  return { slide, counter };
}

async function goToSlide(app: AppPage, title: string): Promise<void> {
  const slide = app.byTestId(TID.slide);
  await app.page.keyboard.press('Home');
  for (let i = 0; i < 20; i++) {
    const label = await slide.getAttribute('aria-label');
    if (label?.endsWith(`: ${title}`)) return;
    await app.page.keyboard.press('ArrowRight');
  }
  throw new Error(`no slide titled ${title}`);
}

// Worked out here from the engine's totals, not by the deck: cheapest and next cheapest that can run it.
const priced = evaluate(DEFAULT_WORKLOAD)
  .options.filter((o) => o.feasible && o.monthlyUSD !== null)
  .sort((a, b) => a.monthlyUSD! - b.monthlyUSD!);
const [cheapest, runnerUp] = priced as [(typeof priced)[0], (typeof priced)[0]];

test('the Recommendation slide names the cheapest option, the runner-up and the gap', async ({ app }) => {
  await present(app);
  await goToSlide(app, 'Recommendation');
  const verdict = app.byTestId(TID.recommendation);
  await expect(verdict).toContainText(`${cheapest.label} is the cheapest option that can run this workload`);
  await expect(verdict).toContainText(`${formatUSD(cheapest.monthlyUSD!)} a month`);
  await expect(verdict).toContainText(`${formatUSD(cheapest.monthlyUSD! * 12)} a year`);
  const gapUSD = runnerUp.monthlyUSD! - cheapest.monthlyUSD!;
  const percent = formatNumber((gapUSD / cheapest.monthlyUSD!) * 100, 0);
  await expect(app.byTestId(TID.recommendationRunnerUp)).toContainText(
    `${runnerUp.label} at ${formatUSD(runnerUp.monthlyUSD!)} a month: ${formatUSD(gapUSD)} more (+${percent}%).`,
  );
  // The two biggest lines of the winner's bill, by what they pay for.
  const byDriver = new Map<string, number>();
  for (const line of cheapest.lineItems) {
    const driver = line.driver ?? line.label;
    byDriver.set(driver, (byDriver.get(driver) ?? 0) + line.costUSD);
  }
  const top = [...byDriver].sort((a, b) => b[1] - a[1]).slice(0, 2);
  await expect(app.byTestId(TID.recommendationDrivers).getByRole('listitem')).toHaveText(
    top.map(([driver, usd]) => new RegExp(`^${driver.replace(/[()]/g, '\\$&')}\\s+\\${formatUSD(usd)}$`)),
  );
  // Every other option that can run it, cheapest first, with its total and how much more it costs.
  const rows = app.byTestId(TID.recommendationAlternatives).locator('tbody tr');
  await expect(rows).toHaveCount(priced.length - 1);
  await expect(rows).toHaveText(
    priced
      .slice(1)
      .map((o) => [o.label, formatUSD(o.monthlyUSD!), `+${formatUSD(o.monthlyUSD! - cheapest.monthlyUSD!)}`])
      .map(
        (cells) => new RegExp(`^${cells.map((cell) => cell.replace(/[()$+.]/g, '\\$&')).join('\\s*')}\\s*[\\d.]+×$`),
      ),
  );
});

test('the cost slide marks the recommended option; the break-even slide leaves Batch out of its legend', async ({
  app,
}) => {
  await present(app);
  await goToSlide(app, 'Cost comparison');
  const slide = app.byTestId(TID.slide);
  await expect(slide.getByTestId(CHART_TID.costBar(cheapest.id))).toHaveAttribute('data-recommended', 'true');
  await expect(slide.getByTestId(CHART_TID.costBar(cheapest.id))).toHaveAccessibleName(/\. Recommended$/);
  await expect(slide.locator('[data-recommended]')).toHaveCount(1);

  await app.page.keyboard.press('ArrowRight');
  await expect(slide).toHaveAttribute('aria-label', /: Break-even$/);
  const legend = slide.getByRole('list', { name: 'Options' });
  await expect(legend).toBeVisible();
  await expect(legend).not.toContainText('Batch');
  // The chart takes the slide: most of its width and down to its foot, nothing cut off below.
  const slideBox = (await slide.boundingBox())!;
  const chartBox = (await slide.getByTestId(CHART_TID.breakEvenChart).boundingBox())!;
  const legendBox = (await legend.boundingBox())!;
  expect(chartBox.width / slideBox.width).toBeGreaterThan(0.7);
  expect(legendBox.y + legendBox.height).toBeLessThanOrEqual(slideBox.y + slideBox.height);
  expect(chartBox.y + chartBox.height).toBeGreaterThan(slideBox.y + slideBox.height * 0.8);
  // ECS on EC2 costs what EC2 does at every volume: one line hides the other, so they share an entry.
  const label = (id: string) => evaluate(DEFAULT_WORKLOAD).options.find((o) => o.id === id)!.label;
  await expect(legend.getByRole('listitem').filter({ hasText: `${label('ec2')} = ${label('ecs-ec2')}` })).toHaveCount(
    1,
  );
});

test('the Assumptions slide lists every input, the Region, the price book date and data transfer', async ({ app }) => {
  await present(app);
  await app.page.keyboard.press('End');
  const slide = app.byTestId(TID.slide);
  await expect(slide).toHaveAttribute('aria-label', /: Assumptions$/);
  await expect(app.byTestId(TID.assumptionsInputs)).toContainText('Requests (or jobs) per month');
  await expect(app.byTestId(TID.assumptionsInputs)).toContainText('10,000,000 per month');
  const book = evaluate(DEFAULT_WORKLOAD).priceBook;
  await expect(app.byTestId(TID.assumptionsPrices)).toContainText(book.region);
  await expect(app.byTestId(TID.assumptionsPrices)).toContainText(`prices as of ${book.asOf}`);
  await expect(app.byTestId(TID.assumptionsTransfer)).toContainText('Data out to the internet');
  await expect(app.byTestId(TID.assumptionsSizing)).toContainText('Peak load');
  // Readable across a room: the facts are set larger than the 18 px floor of a 1080p slide, and
  // the last input still sits on the slide.
  const inputs = app.byTestId(TID.assumptionsInputs);
  const factSize = await inputs
    .locator('dd')
    .first()
    .evaluate((dd) => parseFloat(getComputedStyle(dd).fontSize));
  expect(factSize).toBeGreaterThanOrEqual(20);
  const lastRow = await inputs.locator('dd').last().boundingBox();
  const slideBox = await slide.boundingBox();
  expect(lastRow!.y + lastRow!.height).toBeLessThanOrEqual(slideBox!.y + slideBox!.height);
});

test('hidden and reordered slides are saved with the profile and come back after a reload', async ({ app }) => {
  await app.open('#/costs');
  await app.byTestId(TID.saveProfileAs).click();
  await app.byTestId(TID.nameInput).fill('Story deck');
  await app.byTestId(TID.nameConfirm).click();
  await expect(app.byTestId(TID.profileName)).toHaveText('Story deck');

  const { counter } = await present(app);
  await app.page.keyboard.press('a');
  const panel = app.byTestId(TID.slideArrangePanel);
  await expect(panel).toBeVisible();
  // Batch is listed, unticked; show it. Hide the comparison. Move the recommendation up to second.
  await expect(app.byTestId(TID.slideShown('option-batch'))).not.toBeChecked();
  await app.byTestId(TID.slideShown('option-batch')).check();
  await app.byTestId(TID.slideShown('comparison')).uncheck();
  const up = app.byTestId(TID.slideMoveUp('recommendation'));
  for (let i = 0; i < OPTIONS.length + 2; i++) await up.click();
  const order = panel.getByRole('listitem');
  await expect(order.nth(0)).toHaveAttribute('data-testid', TID.slideArrangeItem('title'));
  await expect(order.nth(1)).toHaveAttribute('data-testid', TID.slideArrangeItem('recommendation'));
  await expect(counter).toHaveText(`1 / ${SHOWN_BY_DEFAULT}`);

  await app.page.keyboard.press('Escape');
  await expect(app.byTestId(TID.unsavedMarker)).toBeVisible();
  await app.byTestId(TID.saveProfile).click();
  await expect(app.byTestId(TID.unsavedMarker)).toHaveCount(0);

  await app.page.reload();
  await app.waitUntilReady();
  await app.open('#/profiles');
  await app.page.getByRole('button', { name: 'Story deck' }).first().click();
  await expect(app.byTestId(TID.profileName)).toHaveText('Story deck');
  await app.pressGlobal('F5');
  // One more (Batch) and one fewer (the comparison): the same count, arranged as saved.
  await expect(counter).toHaveText(`1 / ${SHOWN_BY_DEFAULT}`);
  const slide = app.byTestId(TID.slide);
  await app.page.keyboard.press('ArrowRight');
  await expect(slide).toHaveAttribute('aria-label', `Slide 2 of ${SHOWN_BY_DEFAULT}: Recommendation`);
  const batch = OPTIONS.find((o) => o.id === 'batch')!;
  await goToSlide(app, batch.label);
  for (let i = 0; i < SHOWN_BY_DEFAULT; i++) {
    await expect(slide).not.toHaveAttribute('aria-label', /: Cost comparison$/);
    await app.page.keyboard.press('ArrowRight');
  }
});
