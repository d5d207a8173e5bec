// Issue #3 figures: engine evaluations/s, a 1,000-point sweep, worker round trips,
// and slider input → costs painted in browser mode.
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { launchChromium, ms, percentile, startHost } from './browser-session.mjs';
import { backgroundLayoutsDone } from './levers.mjs';

export async function benchPricing() {
  const outdir = path.resolve('dist/bench');
  await mkdir(outdir, { recursive: true });
  await build({
    entryPoints: ['scripts/bench/pricing-engine.ts'],
    outfile: path.join(outdir, 'pricing-engine.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
  });
  await copyFile('dist/electron/pricing-worker.cjs', path.join(outdir, 'pricing-worker.cjs'));
  const engine = createRequire(import.meta.url)(path.join(outdir, 'pricing-engine.cjs'));

  console.log('\n# Pricing');
  const rate = engine.evaluationsPerSecond();
  console.log(
    `engine: ${Math.round(rate).toLocaleString('en-US')} evaluations/s, all 8 options, totals only (target ≥ 100,000)`,
  );
  console.log(
    `engine: ${Math.round(engine.detailedEvaluationsPerSecond()).toLocaleString('en-US')} evaluations/s with line items and formulas`,
  );
  const sweeps = engine.sweepTimings();
  console.log(
    `1,000-point break-even sweep + crossovers (${sweeps.length} runs in a fresh process, all counted): p50 ${ms(percentile(sweeps, 50))}, p95 ${ms(percentile(sweeps, 95))} (target < 10 ms)`,
  );
  console.log(`  the first five, while V8 compiles the engine: ${sweeps.slice(0, 5).map(ms).join(', ')}`);
  const trips = await engine.workerRoundTrips();
  console.log(
    `worker round trip (validate + post + evaluate + reply): p50 ${ms(percentile(trips, 50))}, p95 ${ms(percentile(trips, 95))}`,
  );
  const painted = await sliderToPainted();
  console.log(
    `slider input → the frame after the costs changed begins (browser mode, ${painted.length} moves): p50 ${ms(percentile(painted, 50))}, p95 ${ms(percentile(painted, 95))}; ` +
      `a move shown in its own frame reads as one frame interval (the targets: the move's own frame and the real drag, below)`,
  );
}

async function sliderToPainted(moves = 200) {
  const browser = await launchChromium();
  const host = await startHost();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${host.url}#/costs`);
    await page.locator('[data-testid="cost-bar-lambda"][data-monthly-usd]').waitFor();
    // Let the app finish laying out diagrams in idle time first, as it has a second or two after launch.
    await backgroundLayoutsDone(page);
    return await page.evaluate(timeSliderMoves, moves);
  } finally {
    await browser.close();
    await host.stop();
  }
}

/**
 * Runs in the page: each move sets the requests slider and dispatches `input`
 * as a drag does, then waits for the Lambda total to change and the next
 * frame. Moves alternate direction so every one changes the cost.
 */
async function timeSliderMoves(moves) {
  const slider = document.querySelector('[data-testid="slider-requestsPerMonth"]');
  const bar = () => document.querySelector('[data-testid="cost-bar-lambda"]').getAttribute('data-monthly-usd');
  const times = [];
  for (let i = 0; i < moves; i++) {
    const before = bar();
    const started = performance.now();
    slider.value = String(600 + (i % 2 === 0 ? 1 : -1) * (50 + (i % 50)));
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (bar() !== before) {
          observer.disconnect();
          requestAnimationFrame(() => resolve());
        }
      });
      observer.observe(document.body, { subtree: true, attributes: true, childList: true, characterData: true });
    });
    times.push(performance.now() - started);
  }
  return times;
}
