// "Presenting" figures: PNG export of the largest diagram at 2× and 4×, and slide-to-slide
// time in presentation mode, in browser mode. bench.mjs adds export-all to the same heading.
import { launchChromium, ms, percentile, startHost } from './browser-session.mjs';
import { backgroundLayoutsDone } from './levers.mjs';

// [option, the service page that shows its diagram]; EKS shows two.
const OPTION_PAGES = [
  ['lambda', 'lambda'],
  ['ec2', 'ec2'],
  ['ecs-ec2', 'ecs'],
  ['fargate', 'fargate'],
  ['eks-ec2', 'eks'],
  ['eks-fargate', 'eks'],
  ['batch', 'batch'],
  ['lightsail', 'lightsail'],
];
const EXPORT_RUNS = 5;
const DECK_WALKS = 2;

/**
 * Runs the Presenting benchmarks in one warmed-up browser session and returns the lines to
 * print. `benchExportAll(session)`, when given, runs in the same session with a fresh page.
 */
export async function benchPresenting(benchExportAll) {
  const browser = await launchChromium();
  const host = await startHost();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${host.url}#/`);
    await page.getByTestId('catalog').waitFor();
    // As a user who has had the app open a moment: every diagram laid out in idle time.
    await backgroundLayoutsDone(page);
    const lines = [...(await exportFigures(page)), ...(await deckFigures(page))];
    if (benchExportAll)
      lines.push(...(await exportAllLines(benchExportAll, { browser, host, page: await freshPage(context, host) })));
    await context.close();
    return lines;
  } finally {
    await browser.close();
    await host.stop();
  }
}

/** Its figure as a line; a failure is a line too, not the end of the run. */
async function exportAllLines(benchExportAll, session) {
  try {
    return [String(await benchExportAll(session))];
  } catch (error) {
    return [`export all: failed — ${error instanceof Error ? error.message : error}`];
  }
}

async function freshPage(context, host) {
  const page = await context.newPage();
  await page.goto(`${host.url}#/`);
  await page.getByTestId('catalog').waitFor();
  return page;
}

async function showService(page, serviceId, optionId) {
  await page.evaluate((hash) => (window.location.hash = hash), `#/service/${serviceId}`);
  const svg = page.locator(`[data-testid="diagram-${optionId}"][data-state="rendered"] > .canvas > svg`);
  await svg.waitFor();
  return svg;
}

/** The diagram with the most pixels at its natural size (its viewBox). */
async function largestDiagram(page) {
  let largest = null;
  for (const [optionId, serviceId] of OPTION_PAGES) {
    const viewBox = await (await showService(page, serviceId, optionId)).getAttribute('viewBox');
    const [, , width, height] = viewBox.split(/\s+/).map(Number);
    if (!largest || width * height > largest.width * largest.height)
      largest = { optionId, serviceId, width: Math.round(width), height: Math.round(height) };
  }
  return largest;
}

async function exportFigures(page) {
  const largest = await largestDiagram(page);
  const lines = [
    `largest diagram: ${largest.optionId}, ${largest.width} × ${largest.height} px at its natural size (of ${OPTION_PAGES.length})`,
  ];
  await showService(page, largest.serviceId, largest.optionId);
  await page.getByTestId(`export-options-toggle-${largest.optionId}`).click();
  const options = page.getByTestId(`export-options-${largest.optionId}`);
  for (const scale of [2, 4]) {
    // The size radios are drawn as pills: click the pill's label, as a user does.
    await options.getByText(`${scale}×`, { exact: true }).click();
    const runs = [];
    let size = '';
    for (let run = 0; run < EXPORT_RUNS; run++) {
      const [download, result] = await Promise.all([
        page.waitForEvent('download'),
        page.evaluate(timePngExport, largest.optionId),
      ]);
      await download.path();
      await download.delete();
      runs.push(result.ms);
      size = /as a (.+ px) PNG/.exec(result.announced)?.[1] ?? result.announced;
    }
    const target = scale === 4 ? '; target < 1000 ms' : '';
    lines.push(
      `PNG export ${scale}× (${size}), click → “Exported” announced: median ${ms(percentile(runs, 50))}, max ${ms(Math.max(...runs))} (runs: ${runs.map(ms).join(', ')}${target})`,
    );
  }
  return lines;
}

/** Runs in the page: click Export PNG, resolve when the toolbar is idle again and the export announced. */
function timePngExport(optionId) {
  return new Promise((resolve, reject) => {
    const toolbar = document.querySelector(`[data-testid="export-toolbar-${optionId}"]`);
    const announcer = document.querySelector('[data-testid="announcer"]');
    let sawBusy = false;
    let started = 0;
    const observer = new MutationObserver(() => {
      const error = document.querySelector(`[data-testid="export-error-${optionId}"]`);
      if (error) {
        observer.disconnect();
        reject(new Error(error.textContent));
      }
      const busy = toolbar.getAttribute('aria-busy') === 'true';
      sawBusy ||= busy;
      if (sawBusy && !busy && /^Exported .* PNG\.$/.test(announcer.textContent)) {
        observer.disconnect();
        resolve({ ms: performance.now() - started, announced: announcer.textContent });
      }
    });
    const watch = { attributes: true, childList: true, subtree: true, characterData: true };
    // A figure, not a hang: an export that never finishes is reported as one.
    setTimeout(() => reject(new Error(`PNG export of ${optionId} not announced within 30 s`)), 30_000);
    observer.observe(toolbar, watch);
    observer.observe(announcer, watch);
    started = performance.now();
    document.querySelector(`[data-testid="export-png-${optionId}"]`).click();
  });
}

async function deckFigures(page) {
  await page.evaluate(() => (window.location.hash = '#/'));
  await page.getByTestId('catalog').waitFor();
  await page.locator('main').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('F5');
  const counter = page.getByTestId('slide-counter');
  await counter.filter({ hasText: /^1 \/ \d+$/ }).waitFor();
  const count = Number((await counter.textContent()).split('/')[1]);
  const times = [];
  for (let walk = 0; walk < DECK_WALKS; walk++) {
    for (let n = 2; n <= count; n++) times.push(await timeKey(page, 'ArrowRight', n, count));
    for (let n = count - 1; n >= 1; n--) times.push(await timeKey(page, 'ArrowLeft', n, count));
  }
  await page.keyboard.press('Escape');
  return [
    `presentation, key → next slide painted: p50 ${ms(percentile(times, 50))}, p90 ${ms(percentile(times, 90))}, max ${ms(Math.max(...times))} over ${times.length} moves through ${count} slides and back (target < 100 ms)`,
  ];
}

/** A real key press, timed in the page from its keydown to the frame that shows slide `n` drawn. */
async function timeKey(page, key, n, count) {
  // A presenter talks between slides: the app has its idle time to draw the neighbours.
  await page.evaluate(async () => {
    for (let i = 0; i < 2; i++) await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
  });
  await page.evaluate(armSlideTimer, { n, count });
  await page.keyboard.press(key);
  return page.evaluate(() => window.__slideTimer);
}

/** Runs in the page: on the next keydown, start the clock; stop it at the frame after slide `n` is shown. */
function armSlideTimer({ n, count }) {
  const shown = () => {
    const counter = document.querySelector('[data-testid="slide-counter"]');
    const slide = document.querySelector('[data-testid="slide"]');
    const page = slide?.querySelector(':scope > .page:not(.offstage)');
    if (counter?.textContent !== `${n} / ${count}` || !page) return false;
    switch (slide.dataset.kind) {
      case 'option':
        return (
          !!page.querySelector('[data-testid^="diagram-"][data-state="rendered"] svg') &&
          !page.querySelector('[data-testid^="slide-cost-"][data-state="pricing"]')
        );
      case 'comparison':
        return !!page.querySelector('[data-testid^="cost-bar-"]');
      case 'break-even':
        return !!page.querySelector('[data-testid="break-even-chart"] svg');
      default:
        return !!page.querySelector('h2');
    }
  };
  window.__slideTimer = new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error(`slide ${n} of ${count} not shown within 30 s`)), 30_000);
    addEventListener(
      'keydown',
      () => {
        const started = performance.now();
        const painted = () => requestAnimationFrame(() => resolve(performance.now() - started));
        const observer = new MutationObserver(() => {
          if (!shown()) return;
          observer.disconnect();
          painted();
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
      },
      { capture: true, once: true },
    );
  });
}
