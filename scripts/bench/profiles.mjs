// Issue #4 figures: listing 1,000 profiles, saving one (p50/p95), and opening
// a profile to its costs painted in browser mode.
import { build } from 'esbuild';
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { launchChromium, ms, percentile, startHost } from './browser-session.mjs';
import { loadNote } from './levers.mjs';

export async function benchProfiles() {
  const outfile = path.resolve('dist/bench/profiles-store.cjs');
  await build({
    entryPoints: ['scripts/bench/profiles-store.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
  });
  const store = createRequire(import.meta.url)(outfile);
  console.log('\n# Profiles');
  for (const count of [1_000, 10_000]) {
    const { first, next } = await store.listFromDisk(count, 3);
    const target = count === 1_000 ? 200 : 500;
    console.log(
      `list ${count.toLocaleString('en-US')} profiles from disk at a start: median ${ms(percentile(next, 50))} ` +
        `(runs: ${next.map(ms).join(', ')}; target < ${target} ms); the first start, which reads every file and writes the index: ${ms(first)}  ${loadNote()}`,
    );
  }
  const saves = await store.saveTimings();
  console.log(
    `save one profile: p50 ${ms(percentile(saves, 50))}, p95 ${ms(percentile(saves, 95))} over ${saves.length} saves (target p95 < 20 ms)`,
  );
  const opens = await openToPainted();
  console.log(
    `open a profile → its costs painted (browser mode): p50 ${ms(percentile(opens, 50))}, max ${ms(Math.max(...opens))} over ${opens.length} opens (target < 100 ms)`,
  );
  console.log(`  each open, in order: ${opens.map(ms).join(', ')}`);
  console.log(
    `  the page when the first open starts: ${opens.dom.elements} elements, ${opens.dom.controls} form controls (profiles list + the Costs page kept beside it)`,
  );
  const { taskMs, scriptMs, layouts, styleRecalcs } = opens.work;
  console.log(
    `  main-thread work per open (the Costs page kept mounted beside the list): ${ms(taskMs)} of tasks, ${ms(scriptMs)} of script, ${layouts.toFixed(1)} layouts, ${styleRecalcs.toFixed(1)} style recalcs`,
  );
}

async function seedProfiles(dataDir) {
  const dir = path.join(dataDir, 'profiles');
  await mkdir(dir, { recursive: true });
  const ids = [];
  for (let i = 0; i < 10; i++) {
    const id = randomUUID();
    const now = new Date().toISOString();
    const workload = { requestsPerMonth: 1_000_000 * (i + 1) * 7, memoryMB: 256 * (1 + (i % 4)) };
    const profile = {
      schemaVersion: 1,
      id,
      name: `Bench ${i}`,
      notes: '',
      workload,
      createdAt: now,
      updatedAt: now,
      revision: 1,
    };
    await writeFile(path.join(dir, `${id}.json`), JSON.stringify(profile));
    ids.push(id);
  }
  return ids;
}

/** `cpuProfile`: also take Chromium's CPU profile of each open (returned as `profiles`; the profiler slows the opens). */
export async function openToPainted({ cpuProfile = false, cpuTime = () => 0 } = {}) {
  let ids = [];
  const browser = await launchChromium();
  const host = await startHost({ seed: async (dataDir) => (ids = await seedProfiles(dataDir)) });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${host.url}#/profiles`);
    await page.getByTestId(`profile-item-${ids[0]}`).waitFor();
    // Start-up done: the Costs page kept beside the list (built in idle time) holds the first costs,
    // the page prices moves itself (its book arrives ~30 ms later), and the page is idle again. A
    // person cannot click within those 30 ms of the list appearing; the bench could, and then timed
    // the start-up's last step instead of the open. (Not "the diagrams warmed up": the app lays
    // out no diagram while the profiles page is up.)
    await page.locator('[data-testid="costs-page"][data-pricing="current"]').waitFor({ state: 'attached' });
    await page.locator('[data-testid="costs-page"]:not([data-priced-in-page="none"])').waitFor({ state: 'attached' });
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
    // Chromium's autofill reads every form control on the page's first history push (the first open's
    // route change), so the open's cost follows how many the page holds.
    const dom = await page.evaluate(() => ({
      elements: document.getElementsByTagName('*').length,
      controls: document.querySelectorAll('input, select, textarea').length,
    }));
    // The main thread's own work per open (CPU seconds, layouts, style recalcs): steadier than wall time under load.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async () =>
      Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    if (cpuProfile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    }
    const times = [];
    const profiles = [];
    const milestones = [];
    const work = { taskMs: 0, scriptMs: 0, layouts: 0, styleRecalcs: 0 };
    for (const [index, id] of ids.entries()) {
      await page.evaluate(() => document.querySelector('a[href="#/profiles"]').click());
      await page.getByTestId(`profile-item-${id}`).waitFor();
      const before = await metrics();
      if (cpuProfile) await cdp.send('Profiler.start');
      const cpuBefore = cpuTime();
      times.push(await page.evaluate(timeOpen, { id, name: `Bench ${index}` }));
      const cpuMs = cpuTime() - cpuBefore;
      if (cpuProfile) profiles.push((await cdp.send('Profiler.stop')).profile);
      const after = await metrics();
      milestones.push({
        ...(await page.evaluate(() => window.__openMilestones)),
        layoutMs: Math.round((after.LayoutDuration - before.LayoutDuration) * 1000),
        styleMs: Math.round((after.RecalcStyleDuration - before.RecalcStyleDuration) * 1000),
        scriptMs: Math.round((after.ScriptDuration - before.ScriptDuration) * 1000),
        taskMs: Math.round((after.TaskDuration - before.TaskDuration) * 1000),
        cpuMs,
      });
      work.taskMs += ((after.TaskDuration - before.TaskDuration) * 1000) / ids.length;
      work.scriptMs += ((after.ScriptDuration - before.ScriptDuration) * 1000) / ids.length;
      work.layouts += (after.LayoutCount - before.LayoutCount) / ids.length;
      work.styleRecalcs += (after.RecalcStyleCount - before.RecalcStyleCount) / ids.length;
    }
    return Object.assign(times, { work, profiles, milestones, dom });
  } finally {
    await browser.close();
    await host.stop();
  }
}

/** Runs in the page: click the profile's name, resolve at the first frame after its costs are on screen. */
function timeOpen({ id, name }) {
  return new Promise((resolve) => {
    const started = performance.now();
    // The Costs page may be kept (hidden) beside the list: it counts once it is shown, names
    // the opened profile, and says the costs on screen are those of the latest workload.
    const ready = () => {
      const page = document.querySelector('[data-testid="costs-page"][data-pricing="current"]');
      return (
        page !== null &&
        page.closest('[hidden]') === null &&
        page.querySelector('[data-testid="profile-name"]')?.textContent === name &&
        page.querySelector('[data-testid="cost-bar-lambda"]') !== null
      );
    };
    // When each part of "ready" first held (ms after the click), read by the profiling runner.
    const seen = (window.__openMilestones = {});
    const note = (label, held) => {
      if (held && seen[label] === undefined) seen[label] = Math.round(performance.now() - started);
    };
    const observer = new MutationObserver(() => {
      const page = document.querySelector('[data-testid="costs-page"]');
      note('named', page?.querySelector('[data-testid="profile-name"]')?.textContent === name);
      note('shown', page !== null && page.closest('[hidden]') === null);
      note('bars', page?.querySelector('[data-testid="cost-bar-lambda"]') !== null);
      note('current', page?.dataset.pricing === 'current');
      if (ready()) {
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - started));
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    document.querySelector(`[data-testid="profile-item-${id}"] button.name`).click();
  });
}
