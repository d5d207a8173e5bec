// "Export all" time in browser mode with the default settings (2×, solid,
// light, footer): Start pressed → summary shown, every diagram and both charts
// drawn, tagged, zipped and handed to the browser as one download.
// `node scripts/bench/export-all.mjs` after a build prints it on its own.
import { pathToFileURL } from 'node:url';
import { launchChromium, ms, percentile, startHost } from './browser-session.mjs';

const RUNS = 3;

/**
 * `session` may carry a Playwright `browser` to reuse; without one a Chromium
 * is launched and closed here. Resolves to the figures, printable as one line.
 */
export async function benchExportAll(session = {}) {
  const shared = session.browser ?? (typeof session.newContext === 'function' ? session : null);
  const browser = shared ?? (await launchChromium());
  const host = await startHost();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  try {
    const page = await context.newPage();
    await page.goto(`${host.url}#/service/fargate`);
    await page.locator('[data-testid="diagram-fargate"][data-state="rendered"]').waitFor();
    const runs = [];
    let files = 0;
    for (let run = 0; run < RUNS; run++) {
      await page.getByTestId('export-all-open-fargate').click();
      const start = page.getByTestId('export-all-start');
      // Enabled once the costs the charts need are worked out.
      await start.and(page.locator(':enabled')).waitFor();
      const download = page.waitForEvent('download');
      runs.push(await page.evaluate(timeRun));
      await download;
      files = await page.evaluate(() =>
        Number(/of (\d+)/.exec(document.querySelector('[data-testid="export-all-progress-text"]').textContent)[1]),
      );
      await page.getByTestId('export-all-close').click();
      await page.getByTestId('export-all-dialog').waitFor({ state: 'detached' });
    }
    const median = percentile(runs, 50);
    return {
      files,
      runsMs: runs,
      medianMs: median,
      toString: () =>
        `export all (${files} PNGs at 2×, zipped, browser mode): median ${ms(median)} (runs: ${runs.map(ms).join(', ')})`,
    };
  } finally {
    await context.close();
    await host.stop();
    if (!shared) await browser.close();
  }
}

/** Runs in the page: press Start, resolve when the summary is on screen. */
function timeRun() {
  return new Promise((resolve) => {
    const started = performance.now();
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[data-testid="export-all-summary"]')) return;
      observer.disconnect();
      resolve(performance.now() - started);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    document.querySelector('[data-testid="export-all-start"]').click();
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(String(await benchExportAll()));
}
