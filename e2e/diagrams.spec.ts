import { OPTIONS } from '../renderer/src/lib/catalog';
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

test('a diagram seen before is shown again at once from the cache', async ({ app }) => {
  await app.open('#/service/ecs');
  await app.waitForDiagram('ecs-ec2');
  await app.open('#/service/ec2');
  await app.waitForDiagram('ec2');
  await app.open('#/service/ecs');
  // Rendered on the first frame: no "Drawing…" placeholder in between.
  await expect(app.diagram('ecs-ec2')).toHaveAttribute('data-state', 'rendered', { timeout: 500 });
});
