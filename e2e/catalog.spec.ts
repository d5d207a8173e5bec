import { SERVICES } from '../renderer/src/lib/catalog';
import { TID } from '../renderer/src/lib/test-ids';
import { expect, test } from './fixtures';

test('the catalog lists all nine services, each with its AWS icon', async ({ app }) => {
  await expect(app.byTestId(TID.catalog)).toBeVisible();
  for (const service of SERVICES) {
    const card = app.byTestId(TID.serviceCard(service.id));
    await expect(card).toContainText(service.shortName);
    // The icon drawn from the bundled pack (its paths), not an empty frame.
    const icon = card.locator(`svg[data-icon="${service.id}"]`);
    await expect(icon).toBeVisible();
    expect(await icon.locator('path').count()).toBeGreaterThan(0);
  }
  expect(SERVICES).toHaveLength(9);
});

for (const service of SERVICES) {
  test(`the ${service.shortName} page says what it is, who manages what, scaling, limits, pricing and use cases`, async ({
    app,
  }) => {
    await app.byTestId(TID.navService(service.id)).click();
    const page = app.servicePage(service.id);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(service.name);
    for (const section of [
      'What it is',
      'You provision and maintain',
      'AWS provisions and maintains',
      'How it scales',
      'Limits',
      'Pricing model',
      'Typical use cases',
    ]) {
      await expect(page.getByRole('heading', { name: section, exact: true })).toBeVisible();
    }
    for (const limit of service.limits) {
      const row = page.locator('tr', { has: app.page.getByRole('rowheader', { name: limit.label, exact: true }) });
      await expect(row).toContainText(limit.value);
    }
    await expect(app.page).toHaveTitle(`${service.shortName} · Compute Explorer`);
  });
}

test('the Lambda page quotes the real duration price, not the study notes’ 10× error', async ({ app }) => {
  await app.open('#/service/lambda');
  const page = app.servicePage('lambda');
  await expect(page).toContainText('$0.0000166667');
  await expect(page).toContainText('15 minutes');
  await expect(page).not.toContainText('600,000 GB');
});

test('an unknown address shows a way back instead of a blank page', async ({ app }) => {
  await app.open('#/nowhere');
  await expect(app.heading).toHaveText('Page not found');
  await app.page.getByRole('link', { name: 'Back to the catalog' }).click();
  await expect(app.byTestId(TID.catalog)).toBeVisible();
});
