// Issue #4 figures: listing 1,000 profiles, saving one (p50/p95), and opening
// a profile to its costs painted in browser mode.
import { build } from 'esbuild';
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { launchChromium, ms, percentile, startHost } from './browser-session.mjs';

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
  const lists = [];
  for (let run = 0; run < 3; run++) lists.push(await store.listThousand());
  console.log(
    `list 1,000 profiles from disk: median ${ms(percentile(lists, 50))} (runs: ${lists.map(ms).join(', ')}; target < 200 ms)`,
  );
  const saves = await store.saveTimings();
  console.log(
    `save one profile: p50 ${ms(percentile(saves, 50))}, p95 ${ms(percentile(saves, 95))} over ${saves.length} saves (target p95 < 20 ms)`,
  );
  const opens = await openToPainted();
  console.log(
    `open a profile → its costs painted (browser mode): p50 ${ms(percentile(opens, 50))}, max ${ms(Math.max(...opens))} over ${opens.length} opens (target < 100 ms)`,
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

async function openToPainted() {
  let ids = [];
  const browser = await launchChromium();
  const host = await startHost({ seed: async (dataDir) => (ids = await seedProfiles(dataDir)) });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${host.url}#/profiles`);
    await page.getByTestId(`profile-item-${ids[0]}`).waitFor();
    await page.waitForFunction(
      () => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('mermaid-render:')).length >= 8,
    );
    const times = [];
    for (const id of ids) {
      await page.evaluate(() => document.querySelector('a[href="#/profiles"]').click());
      await page.getByTestId(`profile-item-${id}`).waitFor();
      times.push(await page.evaluate(timeOpen, id));
    }
    return times;
  } finally {
    await browser.close();
    await host.stop();
  }
}

/** Runs in the page: click the profile's name, resolve at the first frame after its costs are on screen. */
function timeOpen(id) {
  return new Promise((resolve) => {
    const started = performance.now();
    // The costs page says when the costs on screen are those of the latest workload.
    const ready = () =>
      document.querySelector('[data-testid="costs-page"][data-pricing="current"] [data-testid="cost-bar-lambda"]');
    const observer = new MutationObserver(() => {
      if (ready()) {
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - started));
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    document.querySelector(`[data-testid="profile-item-${id}"] button.name`).click();
  });
}
