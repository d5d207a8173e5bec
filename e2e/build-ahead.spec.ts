import { TID } from '../renderer/src/lib/test-ids';
import type { Locator } from '@playwright/test';
import type { AppPage } from './app-page';
import { expect, test } from './fixtures';

/** Presses the mouse on the middle of `testId`'s element, and leaves the button down. */
async function pressOn(app: AppPage, testId: string) {
  const box = (await app.byTestId(testId).boundingBox())!;
  await app.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await app.page.mouse.down();
}

/** Moves keyboard focus onto the sidebar's link to `serviceId` with Tab, from the link before it. */
async function tabOnto(app: AppPage, serviceId: string) {
  const link = app.byTestId(TID.navService(serviceId));
  await link.evaluate((node) => node.closest('li')?.previousElementSibling?.querySelector('a')?.focus());
  await app.page.keyboard.press('Tab');
  await expect(link).toBeFocused();
}

/**
 * The service's page is built, but neither seen nor heard: `shown` is still the page, with the one
 * heading. Marks the page, and records any removal of it from the document (a move) from now on.
 */
async function expectBuiltHidden(app: AppPage, serviceId: string, shown: Locator) {
  const page = app.servicePage(serviceId);
  await expect(page).toBeAttached();
  await expect(page).toBeHidden();
  await expect(shown).toBeVisible();
  await expect(app.heading).toHaveCount(1);
  await expect(app.page).not.toHaveURL(new RegExp(`#/service/${serviceId}$`));
  await page.evaluate((node) => {
    const slot = node.parentElement!;
    (node as HTMLElement).dataset.builtAhead = 'yes';
    new MutationObserver((records) => {
      if (records.some((record) => [...record.removedNodes].includes(slot)))
        (node as HTMLElement).dataset.moved = 'yes';
    }).observe(slot.parentElement!, { childList: true });
  });
}

/** The page built ahead is the one shown, as it was and where it was: not built again, nor moved. */
async function expectShownAsBuilt(app: AppPage, serviceId: string, title: string, optionId: string) {
  const page = app.servicePage(serviceId);
  await expect(app.page).toHaveURL(new RegExp(`#/service/${serviceId}$`));
  await expect(page).toBeVisible();
  await expect(app.byTestId(TID.catalog)).toHaveCount(0);
  await expect(page).toHaveAttribute('data-built-ahead', 'yes');
  await expect(page).not.toHaveAttribute('data-moved', 'yes');
  await expect(app.heading).toHaveText(title);
  await expect(app.heading).toBeFocused();
  await app.waitForDiagram(optionId);
}

test('a mouse press on a service link builds its page hidden, and the click shows that very page', async ({ app }) => {
  await expect(app.byTestId(TID.catalog)).toBeVisible();
  await pressOn(app, TID.navService('lambda'));
  await expectBuiltHidden(app, 'lambda', app.byTestId(TID.catalog));

  await app.page.mouse.up();
  await expectShownAsBuilt(app, 'lambda', 'AWS Lambda', 'lambda');
});

test('a link reached with Tab builds its page hidden, and Enter shows that very page', async ({ app }) => {
  await expect(app.byTestId(TID.catalog)).toBeVisible();
  await tabOnto(app, 'fargate');
  await expectBuiltHidden(app, 'fargate', app.byTestId(TID.catalog));

  await app.page.keyboard.press('Enter');
  await expectShownAsBuilt(app, 'fargate', 'AWS Fargate', 'fargate');
});

test('on a service page, a press builds the next page beside it, and the click shows it in place', async ({ app }) => {
  await app.open('#/service/lambda');
  await app.waitForDiagram('lambda');
  await pressOn(app, TID.navService('ecs'));
  await expectBuiltHidden(app, 'ecs', app.servicePage('lambda'));
  await expect(app.heading).toHaveText('AWS Lambda');

  await app.page.mouse.up();
  await expectShownAsBuilt(app, 'ecs', 'Amazon Elastic Container Service', 'ecs-ec2');
  await expect(app.servicePage('lambda')).toHaveCount(0);
});

test('the page built ahead follows keyboard focus, and goes when focus leaves the links', async ({ app }) => {
  await expect(app.byTestId(TID.catalog)).toBeVisible();
  await tabOnto(app, 'lambda');
  await expect(app.servicePage('lambda')).toBeAttached();

  await app.page.keyboard.press('Tab');
  await expect(app.byTestId(TID.navService('ecs'))).toBeFocused();
  await expect(app.servicePage('ecs')).toBeAttached();
  await expect(app.servicePage('lambda')).toHaveCount(0);

  // Back to the search field: no link has focus, so no page waits.
  await app.search.focus();
  await expect(app.servicePage('ecs')).toHaveCount(0);
  await expect(app.byTestId(TID.catalog)).toBeVisible();
  await expect(app.page).not.toHaveURL(/#\/service\//);
});

test('a press that ends off the link opens nothing and leaves no page behind', async ({ app }) => {
  await expect(app.byTestId(TID.catalog)).toBeVisible();
  await pressOn(app, TID.navService('ecs'));
  await expect(app.servicePage('ecs')).toBeAttached();

  // Released over the catalog instead: no click on the link, so no navigation.
  const catalog = (await app.byTestId(TID.catalog).boundingBox())!;
  await app.page.mouse.move(catalog.x + 40, catalog.y + 10);
  await app.page.mouse.up();
  await expect(app.servicePage('ecs')).toHaveCount(0);
  await expect(app.byTestId(TID.catalog)).toBeVisible();
  await expect(app.page).not.toHaveURL(/#\/service\//);
});
