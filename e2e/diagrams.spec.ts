import type { Locator } from '@playwright/test';
import { OPTIONS } from '../renderer/src/lib/catalog';
import { TID } from '../renderer/src/lib/test-ids';
import { expect, test } from './fixtures';

for (const option of OPTIONS) {
  test(`the ${option.label} diagram renders as an SVG with its AWS icons`, async ({ app }) => {
    await app.open(`#/service/${option.serviceId}`);
    const figure = await app.waitForDiagram(option.id);
    const svg = figure.locator('svg').first();
    await expect(svg).toBeVisible();
    const box = await svg.boundingBox();
    expect(box?.width).toBeGreaterThan(200);
    for (const icon of option.diagram.icons) {
      await expect(svg.locator(`[data-aws-icon="${icon}"]`).first(), `icon aws:${icon}`).toBeAttached();
    }
    // Mermaid draws a "?" placeholder for an icon it cannot find.
    await expect(svg.locator('text', { hasText: /^\?$/ })).toHaveCount(0);
  });
}

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('diagrams follow the OS dark setting', async ({ app }) => {
    await app.open('#/service/fargate');
    const figure = await app.waitForDiagram('fargate');
    await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const background = await figure.evaluate((node) => getComputedStyle(node).backgroundColor);
    expect(background).not.toBe('rgb(248, 249, 250)');
  });
});

test('a diagram seen before is shown again at once: the same picture, and no “Drawing…” in between', async ({
  app,
}) => {
  await app.open('#/service/ecs');
  const picture = (figure: Locator) => figure.evaluate((node) => node.querySelector('svg:not(svg svg)')!.outerHTML);
  const firstVisit = await picture(await app.waitForDiagram('ecs-ec2'));
  await app.open('#/service/ec2');
  await app.waitForDiagram('ec2');

  // Every state of the page the browser could paint passes through a mutation record: note any
  // in which the diagram's frame is there without its picture.
  await app.page.evaluate((testId) => {
    const seen: string[] = [];
    (window as unknown as { __framesWithoutPicture: string[] }).__framesWithoutPicture = seen;
    new MutationObserver(() => {
      const figure = document.querySelector(`[data-testid="${testId}"]`);
      if (figure && !figure.querySelector('svg')) seen.push(figure.textContent?.replace(/\s+/g, ' ').trim() ?? '');
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  }, TID.diagram('ecs-ec2'));
  await app.open('#/service/ecs');
  const secondVisit = await picture(await app.waitForDiagram('ecs-ec2'));

  expect(secondVisit, 'the same SVG as on the first visit').toBe(firstVisit);
  const framesWithoutPicture = await app.page.evaluate(
    () => (window as unknown as { __framesWithoutPicture: string[] }).__framesWithoutPicture,
  );
  expect(framesWithoutPicture, 'the diagram frame shown without its picture').toEqual([]);
});
