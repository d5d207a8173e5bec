import { OPTIONS, SERVICES } from '../renderer/src/lib/catalog';
import { CHART_TID } from '../renderer/src/lib/charts/chart-test-ids';
import { TID } from '../renderer/src/lib/test-ids';
import type { AppPage } from './app-page';
import { expect, test } from './fixtures';
import { unreachableText } from './support/reflow';

// Issue 16, part 3: nothing is lost at 200 % zoom or in a 1280×720 window, and
// reduced motion is respected. A 1280×720 window at 200 % zoom lays out exactly
// like a 640×360 one (zoom halves the CSS pixels), so that is the size used.

const EXAMPLES = ['example-public-api-backend', 'example-always-on-web-app'] as const;

/** Each page, and what shows it is fully drawn. */
const PAGES: { hash: string; ready: (app: AppPage) => Promise<void> }[] = [
  { hash: '#/', ready: (app) => expect(app.byTestId(TID.catalog)).toBeVisible() },
  ...SERVICES.map((service) => ({
    hash: `#/service/${service.id}`,
    ready: async (app: AppPage) => {
      await app.servicePageWhole(service.id);
      await expect(app.page.locator('figure[data-state="loading"]')).toHaveCount(0);
    },
  })),
  { hash: '#/compare/ecs,eks,fargate', ready: (app) => expect(app.compareTable()).toBeVisible() },
  {
    hash: '#/costs',
    ready: async (app) => {
      await expect(app.byTestId(TID.costsPage)).toHaveAttribute('data-pricing', 'current');
      await expect(app.byTestId(CHART_TID.breakEvenSeries(OPTIONS[0]!.id))).toBeAttached();
    },
  },
  { hash: '#/profiles', ready: (app) => expect(app.byTestId(TID.profileItem(EXAMPLES[0]))).toBeVisible() },
  {
    hash: `#/profiles/compare/${EXAMPLES.join(',')}`,
    ready: (app) => expect(app.byTestId('profile-compare-costs')).toBeVisible(),
  },
];

for (const [label, viewport] of [
  ['1280×720 at 200 % zoom', { width: 640, height: 360 }],
  ['a 1280×720 window', { width: 1280, height: 720 }],
] as const) {
  test.describe(`in ${label}`, () => {
    test.use({ viewport });

    test('every page’s text can be read: none cut off, ellipsised or past the edge', async ({ app }) => {
      test.setTimeout(180_000);
      const problems: string[] = [];
      for (const { hash, ready } of PAGES) {
        await app.open(hash);
        await ready(app);
        for (const problem of await app.page.evaluate(unreachableText)) problems.push(`${hash}: ${problem}`);
      }
      expect(problems).toEqual([]);
    });
  });
}

/** Records every CSS transition or animation that starts and lasts longer than a millisecond. */
const MOTION_RECORDER = `
  window.__motion = [];
  const longerThanAMillisecond = (durations) =>
    durations.split(',').some((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 1 : 1000) > 1);
  for (const [event, property] of [['transitionrun', 'transitionDuration'], ['animationstart', 'animationDuration']]) {
    document.addEventListener(event, (e) => {
      const duration = getComputedStyle(e.target)[property];
      if (longerThanAMillisecond(duration)) {
        window.__motion.push(event + ' on <' + e.target.tagName.toLowerCase() + ' class="' + e.target.getAttribute('class') + '"> for ' + duration);
      }
    }, true);
  }
`;

test('with reduced motion asked for, nothing moves: pages, palette, charts and deck', async ({ app, shell }) => {
  test.skip(shell === 'electron', 'browser mode: the page owns Ctrl+K and F5 there');
  test.setTimeout(120_000);
  const { page } = app;
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.evaluate(MOTION_RECORDER);
  expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);

  await page.keyboard.press('ControlOrMeta+k');
  await page.keyboard.press('Escape');
  for (const service of OPTIONS.slice(0, 2)) {
    await app.open(`#/service/${service.id}`);
    await app.waitForDiagram(service.id);
  }
  await app.open('#/costs');
  await expect(app.byTestId(TID.costsPage)).toHaveAttribute('data-pricing', 'current');
  await app.byTestId(TID.slider('requestsPerMonth')).press('PageUp');
  await app.byTestId(CHART_TID.tableToggle('cost')).press('Enter');
  await app.byTestId(CHART_TID.breakEvenScale('linear')).press('Enter');
  await page.keyboard.press('F5');
  for (const key of ['ArrowRight', 'ArrowRight', 'End', 's', 'Escape']) await page.keyboard.press(key);
  await expect(app.byTestId(TID.presentation)).toHaveCount(0);

  expect(await page.evaluate(() => (window as unknown as { __motion: string[] }).__motion)).toEqual([]);
});
