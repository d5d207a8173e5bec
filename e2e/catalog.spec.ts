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

test('Back and Forward retrace the pages opened in the app, each with its address and title', async ({ app }) => {
  const shows = async (serviceId: string) => {
    const service = SERVICES.find((candidate) => candidate.id === serviceId)!;
    await expect(app.heading).toHaveText(service.name);
    await expect(app.page).toHaveURL(new RegExp(`#/service/${serviceId}$`));
    await expect(app.page).toHaveTitle(`${service.shortName} · Compute Explorer`);
  };
  await app.byTestId(TID.navService('lambda')).click();
  await shows('lambda');
  await app.byTestId(TID.navService('ec2')).click();
  await shows('ec2');
  // Two pages in quick succession: both are entries, in order.
  await app.byTestId(TID.navService('ecs')).click();
  await app.byTestId(TID.navService('fargate')).click();
  await shows('fargate');

  for (const serviceId of ['ecs', 'ec2', 'lambda']) {
    await app.page.goBack();
    await shows(serviceId);
  }
  await app.page.goForward();
  await shows('ec2');
});

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
