import { OPTIONS } from '../renderer/src/lib/catalog';
import { CHART_TID } from '../renderer/src/lib/charts/chart-test-ids';
import { TID } from '../renderer/src/lib/test-ids';
import type { AppPage } from './app-page';
import { expect, test } from './fixtures';

// Issue 16, part 2: each chart carries its numbers in words for a screen reader, and
// "Show as table" lays the same numbers out as a table. The expected words are read
// off the drawn chart (the bars' order and amounts, the crossover marks), not from
// the code that writes the description.

// Pricing and two charts take a while on a loaded machine.
test.describe.configure({ timeout: 90_000 });

const usd = (value: number) =>
  `$${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

async function openCosts(app: AppPage): Promise<void> {
  await app.open('#/costs');
  await expect(app.byTestId(TID.costsPage)).toHaveAttribute('data-pricing', 'current');
  await expect(app.byTestId(CHART_TID.breakEvenSeries(OPTIONS[0]!.id))).toBeAttached();
}

/** The bars top to bottom, as drawn: label, and the monthly amount (null where not feasible). */
async function barsAsDrawn(app: AppPage): Promise<{ label: string; monthly: number | null }[]> {
  const bars = await app.byTestId(CHART_TID.costChart).locator('g[data-feasible]').all();
  const rows = await Promise.all(
    bars.map(async (bar) => ({
      y: (await bar.boundingBox())!.y,
      label: (await bar.locator('text').first().textContent())!,
      monthly:
        (await bar.getAttribute('data-feasible')) === 'true'
          ? Number(await bar.getAttribute('data-monthly-usd'))
          : null,
    })),
  );
  return rows.sort((a, b) => a.y - b.y).map(({ label, monthly }) => ({ label, monthly }));
}

test('the cost chart reads out every option’s cost in the order drawn, and tables them', async ({ app }) => {
  await openCosts(app);
  const bars = await barsAsDrawn(app);
  expect(bars).toHaveLength(OPTIONS.length);
  const priced = bars.filter((b) => b.monthly !== null);
  const chart = app.page.getByRole('group', { name: 'Monthly cost by option' });
  const spoken = priced.map((b) => `${b.label} ${usd(b.monthly!)}`).join(', ');
  await expect(chart).toHaveAccessibleDescription(
    new RegExp(`^Monthly cost of ${priced.length} of ${bars.length} options, cheapest first: ${escape(spoken)}\\.`),
  );
  for (const bar of bars.filter((b) => b.monthly === null)) {
    await expect(chart).toHaveAccessibleDescription(new RegExp(`Not feasible: .*${escape(bar.label)} \\(`));
  }

  const toggle = app.byTestId(CHART_TID.tableToggle('cost'));
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(app.byTestId(CHART_TID.tables('cost'))).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveText('Hide table');
  const table = app.byTestId(CHART_TID.tables('cost')).getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['Option', 'Per month', 'Per year', 'Note']);
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(bars.length);
  for (const [i, bar] of bars.entries()) {
    const row = rows.nth(i);
    await expect(row.getByRole('rowheader')).toHaveText(bar.label);
    if (bar.monthly === null) await expect(row).toContainText('Not feasible:');
    // A year is twelve of the months the bar shows.
    else await expect(row.getByRole('cell')).toHaveText([usd(bar.monthly), usd(bar.monthly * 12), '']);
  }
  await toggle.click();
  await expect(app.byTestId(CHART_TID.tables('cost'))).toBeHidden();
});

test('the break-even chart reads out each crossover it marks and the workload, and tables the curves', async ({
  app,
}) => {
  await openCosts(app);
  const chart = app.page.getByRole('img', { name: 'Monthly cost as requests grow' });
  await expect(chart).toHaveAccessibleDescription(
    new RegExp(`^Monthly cost of ${OPTIONS.length} compute options against requests/month from 1 k to 10 B\\.`),
  );
  // The default workload: 10 M requests a month.
  await expect(chart).toHaveAccessibleDescription(/Your workload: 10 M requests\/month\.$/);
  // Each option's name as the cost chart draws it.
  const labels = new Map<string, string>();
  for (const option of OPTIONS) {
    labels.set(option.id, (await app.byTestId(CHART_TID.costBar(option.id)).locator('text').first().textContent())!);
  }
  const marks = app.byTestId(CHART_TID.breakEvenCrossover);
  const crossings = await marks.count();
  for (let i = 0; i < crossings; i++) {
    const mark = marks.nth(i);
    const [a, b] = [await mark.getAttribute('data-a'), await mark.getAttribute('data-b')];
    await expect(chart).toHaveAccessibleDescription(
      new RegExp(`${escape(labels.get(b!)!)} \\(\\$[\\d,.]+ a month\\) takes over from ${escape(labels.get(a!)!)}`),
    );
  }

  await app.byTestId(CHART_TID.tableToggle('break-even')).click();
  const tables = app.byTestId(CHART_TID.tables('break-even')).getByRole('table');
  await expect(tables).toHaveCount(2);
  await expect(tables.nth(0).locator('tbody tr')).toHaveCount(crossings);
  const curves = tables.nth(1);
  const headers = await curves.getByRole('columnheader').allTextContents();
  expect(headers[0]).toBe('Requests/month');
  expect(headers.slice(1).sort()).toEqual([...labels.values()].sort());
  // One row per power of ten from 1 k to 10 B, each the nearest point the chart plots.
  await expect(curves.getByRole('rowheader')).toHaveCount(8);
  await expect(curves.getByRole('rowheader').first()).toHaveText('1 k');
  await expect(curves.getByRole('rowheader').last()).toHaveText('10 B');
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
