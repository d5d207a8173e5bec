import { OPTIONS } from '../renderer/src/lib/catalog';
import { expect, test } from './fixtures';

// The baselines are Debian Chromium's pixels; Electron's own Chromium draws text a little
// differently, and its window follows the OS theme rather than the emulated colour scheme.
test.skip(({ shell }) => shell === 'electron', 'baselines are drawn by the browser project’s Chromium');

// Tall enough for the tallest diagram (EKS on EC2, ~710 px): the page scrolls inside <main>, and
// a screenshot of a figure taller than that would be cut off at its edge.
const VIEWPORT = { width: 1280, height: 1200 };

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} theme`, () => {
    test.use({ colorScheme, viewport: VIEWPORT });

    for (const option of OPTIONS) {
      test(`the ${option.label} diagram looks as it did`, async ({ app }) => {
        // A first layout per page, at full size: slow on a busy machine.
        test.slow();
        await app.open(`#/service/${option.serviceId}`);
        await expect(app.page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        const figure = await app.waitForDiagram(option.id);
        // The drawing only: the caption and export toolbar above it are not the diagram.
        const drawing = figure.locator('.canvas');
        const box = (await drawing.boundingBox())!;
        expect(box.height, 'the whole drawing fits in the window').toBeLessThan(VIEWPORT.height - 100);
        // No tolerance beyond Playwright's default per-pixel colour threshold: repeated runs on a
        // loaded machine drew identical pixels, and a ratio would hide real regressions: swapping
        // the Lambda diagram's DynamoDB icon for the same-coloured CloudWatch one changes only
        // 325 pixels, 0.12% of the drawing.
        await expect(drawing).toHaveScreenshot(`${option.id}-${colorScheme}.png`, {
          animations: 'disabled',
          caret: 'hide',
        });
      });
    }
  });
}
