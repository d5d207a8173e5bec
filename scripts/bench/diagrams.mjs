// Issue #2 figures: cold start to first diagram, first render per diagram,
// and re-visit of an already-seen diagram, in browser mode.
import { launchChromium, ms, percentile, startHost } from './browser-session.mjs';

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
const COLD_RUNS = 3;

export async function benchDiagrams() {
  const browser = await launchChromium();
  try {
    const cold = [];
    for (let run = 0; run < COLD_RUNS; run++) cold.push(await coldStart(browser));
    const { firstRenders, revisits } = await renders(browser);
    console.log('\n# Diagrams (browser mode, Chromium)');
    console.log(
      `cold start → first diagram visible: median ${ms(percentile(cold, 50))} (runs: ${cold.map(ms).join(', ')}; target < 1500 ms)`,
    );
    for (const [id, value] of Object.entries(firstRenders)) console.log(`first render ${id.padEnd(12)} ${ms(value)}`);
    const firstValues = Object.values(firstRenders);
    console.log(`first render: max ${ms(Math.max(...firstValues))} (target < 150 ms each)`);
    console.log(
      `re-visit of a seen diagram: p50 ${ms(percentile(revisits, 50))}, max ${ms(Math.max(...revisits))} over ${revisits.length} visits (target < 16 ms)`,
    );
  } finally {
    await browser.close();
  }
}

async function coldStart(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const started = performance.now();
  const host = await startHost();
  try {
    await page.goto(`${host.url}#/service/lambda`);
    await page.locator('[data-testid="diagram-lambda"][data-state="rendered"] svg').waitFor({ state: 'visible' });
    return performance.now() - started;
  } finally {
    await context.close();
    await host.stop();
  }
}

async function renders(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const host = await startHost();
  try {
    await page.goto(`${host.url}#/`);
    await page.getByTestId('catalog').waitFor();
    // Load Mermaid once (as the cold start does) so "first render" means layout, not download.
    await page.evaluate(() => (window.location.hash = '#/service/lightsail'));
    await page.locator('[data-testid="diagram-lightsail"][data-state="rendered"]').waitFor();
    await page.evaluate(() => performance.clearMeasures());
    const firstRenders = {};
    for (const [optionId, serviceId] of OPTION_PAGES.filter(([id]) => id !== 'lightsail')) {
      await page.evaluate((hash) => (window.location.hash = hash), `#/service/${serviceId}`);
      await page.locator(`[data-testid="diagram-${optionId}"][data-state="rendered"]`).waitFor();
      const entry = await page.waitForFunction(
        (name) => performance.getEntriesByName(name)[0]?.duration,
        `diagram:${optionId}:light:first`,
      );
      firstRenders[optionId] = await entry.jsonValue();
    }
    const revisits = [];
    for (let round = 0; round < 3; round++) {
      for (const [optionId, serviceId] of OPTION_PAGES) {
        await page.evaluate(() => (window.location.hash = '#/'));
        await page.getByTestId('catalog').waitFor();
        revisits.push(await page.evaluate(timeRevisit, { optionId, serviceId }));
      }
    }
    return { firstRenders, revisits };
  } finally {
    await context.close();
    await host.stop();
  }
}

/** Runs in the page: from the hash change to the cached SVG being in the DOM. */
function timeRevisit({ optionId, serviceId }) {
  return new Promise((resolve) => {
    const selector = `[data-testid="diagram-${optionId}"][data-state="rendered"] svg`;
    const started = performance.now();
    const observer = new MutationObserver(() => {
      if (document.querySelector(selector)) {
        observer.disconnect();
        resolve(performance.now() - started);
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    window.location.hash = `#/service/${serviceId}`;
  });
}
