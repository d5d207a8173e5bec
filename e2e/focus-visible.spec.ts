import { OPTIONS } from '../renderer/src/lib/catalog';
import { CHART_TID } from '../renderer/src/lib/charts/chart-test-ids';
import { TID } from '../renderer/src/lib/test-ids';
import type { AppPage } from './app-page';
import { expect, test } from './fixtures';
import { expectVisibleFocus } from './support/keyboard-focus';
import { PNG } from 'pngjs';

// Issue 16, part 3: every control can be reached with Tab and shows that it has focus.
// Each test lands on a page (focus goes to its heading), then presses Tab through
// every stop until focus leaves the region, checking each stop's focus ring.

test.describe.configure({ timeout: 240_000 });

/** Where the active element sits in the tree: tells stops apart without touching the page. */
function focusPath(): string {
  const parts: string[] = [];
  for (let node = document.activeElement; node && node !== document.body; node = node.parentElement) {
    parts.unshift(`${node.tagName}:${[...(node.parentElement?.children ?? [])].indexOf(node)}`);
  }
  return parts.join('/');
}

/**
 * From where focus is, checks each stop inside `region` (a CSS selector) and
 * Tabs on until focus leaves it or comes round again; returns how many stops
 * there were and those whose focus could not be seen, with the reason. Where
 * focus was put by the app (a page's heading, tabindex -1) is not a stop.
 */
async function unseenStops(app: AppPage, region: string, maxStops = 150): Promise<{ stops: number; unseen: string[] }> {
  const { page } = app;
  const seen = new Set<string>();
  const unseen: string[] = [];
  for (let i = 0; i < maxStops; i++, await page.keyboard.press('Tab')) {
    const stop = await page.evaluate(
      (selector) => ({
        inside: (document.activeElement?.closest(selector) ?? null) !== null,
        programmatic: document.activeElement?.getAttribute('tabindex') === '-1',
      }),
      region,
    );
    if (stop.programmatic) continue;
    const path = await page.evaluate(focusPath);
    if (!stop.inside || seen.has(path)) break;
    seen.add(path);
    try {
      await expectVisibleFocus(page);
    } catch (error) {
      unseen.push((error as Error).message.split('\n')[0]!);
    }
  }
  return { stops: seen.size, unseen };
}

async function arrive(app: AppPage, hash: string, ready: () => Promise<void>): Promise<void> {
  await app.open(hash);
  await ready();
  await expect(app.heading).toBeFocused();
}

test('the sidebar and the catalog', async ({ app }) => {
  await expect(app.byTestId(TID.catalog)).toBeVisible();
  // `/` puts focus in the sidebar's search box; Shift+Tab goes back to its first stop.
  await app.page.keyboard.press('/');
  await expect(app.search).toBeFocused();
  await app.page.keyboard.press('Shift+Tab');
  const sidebar = await unseenStops(app, 'nav');
  expect(sidebar.stops, 'stops in the sidebar').toBeGreaterThan(10);
  // Tab has gone on from the sidebar into the page.
  const catalog = await unseenStops(app, 'main');
  expect(catalog.stops, 'stops in the catalog').toBeGreaterThan(9);
  expect([...sidebar.unseen, ...catalog.unseen]).toEqual([]);
});

test('a service page: its links, diagrams and every export control', async ({ app }) => {
  const option = OPTIONS[0]!;
  await arrive(app, `#/service/${option.id}`, () => app.waitForDiagram(option.id).then(() => undefined));
  const { stops, unseen } = await unseenStops(app, 'main');
  expect(stops).toBeGreaterThan(5);
  expect(unseen).toEqual([]);
});

test('a comparison of three services', async ({ app }) => {
  await arrive(app, '#/compare/ecs,eks,fargate', () => expect(app.compareTable()).toBeVisible());
  const { stops, unseen } = await unseenStops(app, 'main');
  expect(stops).toBeGreaterThan(5);
  expect(unseen).toEqual([]);
});

test('Costs: profile buttons, every slider and box, the chart’s bars and toggles', async ({ app }) => {
  await arrive(app, '#/costs', async () => {
    await expect(app.byTestId(TID.costsPage)).toHaveAttribute('data-pricing', 'current');
    await expect(app.byTestId(CHART_TID.breakEvenSeries(OPTIONS[0]!.id))).toBeAttached();
  });
  const { stops, unseen } = await unseenStops(app, 'main');
  expect(stops).toBeGreaterThan(30);
  expect(unseen).toEqual([]);
});

test('the profile list: open, select, duplicate, export', async ({ app }) => {
  await arrive(app, '#/profiles', () =>
    expect(app.byTestId(TID.profileItem('example-public-api-backend'))).toBeVisible(),
  );
  const { stops, unseen } = await unseenStops(app, 'main');
  expect(stops).toBeGreaterThan(15);
  expect(unseen).toEqual([]);
});

test('the diagram editor: opened from the keyboard, its source, preview and buttons', async ({ app }) => {
  const option = 'ec2';
  await arrive(app, `#/service/${option}`, () => app.waitForDiagram(option).then(() => undefined));
  const edit = app.byTestId(TID.diagramEdit(option));
  await edit.focus();
  await expectVisibleFocus(app.page);
  await app.page.keyboard.press('Enter');
  const editor = app.byTestId(TID.diagramEditor(option));
  await expect(app.byTestId(TID.diagramEditorSource(option))).toBeFocused();
  // The source is taller than a screen and its text area holds focus inside CodeMirror's frame, where
  // the ring is drawn: compare the band around the frame with focus in the source and after Tab.
  const frame = (await editor.locator('.cm-editor').boundingBox())!;
  const origin = (await editor.boundingBox())!;
  const focused = PNG.sync.read(await editor.screenshot({ caret: 'hide' }));
  await app.page.keyboard.press('Tab');
  await expect(app.byTestId(TID.diagramEditorSource(option))).not.toBeFocused();
  const unfocused = PNG.sync.read(await editor.screenshot({ caret: 'hide' }));
  // Only the band just outside the frame, where a ring is drawn: the text inside changes on blur too.
  const left = frame.x - origin.x;
  const top = frame.y - origin.y;
  const inBand = (x: number, y: number) => {
    const outside = x < left || y < top || x >= left + frame.width || y >= top + frame.height;
    const near = x >= left - 4 && y >= top - 4 && x < left + frame.width + 4 && y < top + frame.height + 4;
    return outside && near;
  };
  let changed = 0;
  for (let y = 0; y < focused.height; y++)
    for (let x = 0; x < focused.width; x++) {
      const i = (y * focused.width + x) * 4;
      if (inBand(x, y) && focused.data.readUInt32BE(i) !== unfocused.data.readUInt32BE(i)) changed++;
    }
  // Half the frame's perimeter: a ring, not a caret or a pixel or two.
  expect(changed, "pixels the source's focus ring changes").toBeGreaterThanOrEqual(frame.width + frame.height);

  const { stops, unseen } = await unseenStops(app, `[data-testid="${TID.diagramEditor(option)}"]`);
  expect(stops, 'stops in the editor after its source').toBeGreaterThan(1);
  expect(unseen).toEqual([]);
});
