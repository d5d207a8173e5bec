import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { TID } from '../renderer/src/lib/test-ids';
import type { AppPage } from './app-page';
import { expect, test } from './fixtures';

// One session draws the Lambda diagram and leaves its picture on disk; the
// next ones start from that file, as after quitting and starting the app again.
test.describe.configure({ mode: 'serial' });

const CACHE_FILE = 'diagram-cache.json';
let saved: { file: string; canvas: string } | null = null;

/** How many times Mermaid laid this diagram out in this page (the render pipeline's own measure). */
const layouts = (page: Page, theme: 'light' | 'dark') =>
  page.evaluate((name) => performance.getEntriesByName(name).length, `mermaid-render:lambda:${theme}`);

/**
 * Before a later start: the first test's file, as `change` leaves it. Serial mode runs the later
 * tests only after the first passed; where it was skipped (the Electron project without its
 * binary) there is nothing to write, and the app fixture skips the later tests too.
 */
async function putSavedFile(dataDir: string, change: (file: string) => string = (file) => file): Promise<void> {
  if (saved) await writeFile(path.join(dataDir, CACHE_FILE), change(saved.file));
}

async function shownLambda(app: AppPage): Promise<string> {
  await app.open('#/service/lambda');
  const figure = await app.waitForDiagram('lambda');
  return figure.locator('.canvas').innerHTML();
}

test('a drawn diagram is kept on disk for the next start', async ({ app, dataDir }) => {
  const canvas = await shownLambda(app);
  expect(await layouts(app.page, 'light')).toBe(1);
  // Written in idle time after the picture is shown.
  const file = path.join(dataDir, CACHE_FILE);
  await expect
    .poll(async () => (await readFile(file, 'utf8').catch(() => '')).includes('Lambda'), { timeout: 15_000 })
    .toBe(true);
  saved = { file: await readFile(file, 'utf8'), canvas };
});

test.describe('the next start', () => {
  test.beforeEach(({ dataDir }) => putSavedFile(dataDir));

  test('shows the same picture without laying it out; another theme is laid out afresh', async ({ app }) => {
    expect(await shownLambda(app)).toBe(saved!.canvas);
    expect(await layouts(app.page, 'light')).toBe(0);

    // The dark picture is another key: not in the cache, so Mermaid draws it.
    await app.page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => layouts(app.page, 'dark')).toBe(1);
    await expect(app.diagram('lambda')).toHaveAttribute('data-state', 'rendered');
    expect(await app.diagram('lambda').locator('.canvas').innerHTML()).not.toBe(saved!.canvas);
  });
});

test.describe('a picture on disk that fails the guard', () => {
  // Someone edited the file: a script and foreign HTML in every stored SVG. (Event
  // handlers are refused the same way, but the page's CSP reports even an inert one.)
  test.beforeEach(({ dataDir }) =>
    putSavedFile(dataDir, (file) => {
      const cache = JSON.parse(file) as { diagrams: { svg: string }[] };
      for (const diagram of cache.diagrams) {
        diagram.svg = diagram.svg.replace(
          /<\/svg>$/,
          '<script>alert(1)</script><foreignObject><div>not a picture</div></foreignObject></svg>',
        );
      }
      return JSON.stringify(cache);
    }),
  );

  test('is never shown: the diagram is drawn afresh and the user is told', async ({ app }) => {
    expect(await shownLambda(app)).not.toMatch(/<script|foreignObject/);
    expect(await layouts(app.page, 'light')).toBe(1);
    await expect(app.byTestId(TID.notice).filter({ hasText: 'failed the safety check' })).toBeVisible();
  });
});

test.describe('a damaged cache file', () => {
  test.beforeEach(({ dataDir }) => putSavedFile(dataDir, (file) => file.slice(0, 500)));

  test('is set aside with a notice, and the diagrams are drawn as usual', async ({ app }) => {
    await shownLambda(app);
    expect(await layouts(app.page, 'light')).toBe(1);
    await expect(
      app.byTestId(TID.notice).filter({ hasText: /saved diagram pictures .* could not be used/ }),
    ).toBeVisible();
  });
});
