// Playwright's library alone, not its test runner: the CLI starts about 0.2 s of CPU sooner.
import { chromium } from 'playwright-core';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startBrowserHost } from '../browser-host/server';
import { DIAGRAM_CACHE_FILE } from '../diagram-cache/diagram-svg-cache';
import { createAppHandlers } from '../ipc/app-handlers';
import { RegionBooks } from '../price-books/region-books';
import { createPricingService } from '../pricing/pricing-service';
import { openProfileStore } from '../profiles/profile-store';
import { createShellEventQueue } from '../shell/shell-event-queue';
import type { ReportPageSize } from './report-args';

export interface RenderRequest {
  profileText: string;
  /** The file's name, for the store's messages and the profile's fallback name. */
  fileName: string;
  pageSize: ReportPageSize;
  /** The data folder whose price books price the workload (and whose saved diagram pictures are reused). */
  booksDir: string;
  chromiumPath: string;
  rendererRoot: string;
  version: string;
  /** How long the page may take to price and draw everything. */
  timeoutMs?: number;
  /** Told as each step ends (`--timings`). */
  mark?: (step: string) => void;
}

/** As the e2e tests launch it: no sandbox as root (a container), no background networking. */
function chromiumArgs(): string[] {
  const root = process.getuid?.() === 0;
  return [
    ...(root ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
  ];
}

/**
 * The report page printed by a headless Chromium: browser mode's own host
 * (the same handlers and renderer) started in this process, with a scratch
 * data folder so nothing of the user's changes; the price books are read
 * from `booksDir`, and the diagram pictures the app saved there are copied
 * in, so a workload the app has shown needs no Mermaid layout. Everything it
 * started is stopped before it returns.
 */
export async function renderReportPdf(request: RenderRequest): Promise<Uint8Array> {
  const mark = request.mark ?? (() => undefined);
  // Chromium's start is the longest step of all: it runs while the host starts.
  const launching = chromium.launch({ executablePath: request.chromiumPath, args: chromiumArgs() });
  launching.then(
    () => mark('Chromium started'),
    () => undefined,
  );
  // Stopped together once the browser is closed; the scratch folder goes last.
  const stops: (() => Promise<unknown>)[] = [];
  let scratch: string | null = null;
  try {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'compute-explorer-report-'));
    await copyDiagramCache(request.booksDir, scratch);
    const pricing = createPricingService();
    stops.push(() => pricing.close());
    // The worker's start and first evaluation (0.8–1.1 s cold) run beside Chromium's start, not
    // after the page asks for its first costs.
    pricing.warmUp();
    const profiles = await openProfileStore({ dir: path.join(scratch, 'profiles') });
    stops.push(() => profiles.close());
    const profile = await profiles.importText(request.profileText, request.fileName);
    const shellEvents = createShellEventQueue();
    stops.push(async () => shellEvents.close());
    const host = await startBrowserHost({
      rendererRoot: request.rendererRoot,
      handlers: createAppHandlers({
        shell: 'browser',
        dataDir: scratch,
        version: request.version,
        versions: { node: process.versions.node },
        pricing,
        profiles,
        shellEvents,
        books: RegionBooks.inDataDir(request.booksDir),
      }),
    });
    stops.push(() => host.close());
    mark('host started');
    const browser = await launching;
    const page = await browser.newPage({ colorScheme: 'light', reducedMotion: 'reduce' });
    // Nothing to wait for at the load event: the report says itself when it is ready.
    await page.goto(`${host.url}#/report/${profile.id}`, { waitUntil: 'commit' });
    const report = page.locator('[data-testid="report-page"]');
    const timeout = request.timeoutMs ?? 60_000;
    if (request.mark) {
      // Priced: the title is shown (or the report failed before it could be).
      await page
        .locator('[data-testid="report-title"], [data-testid="report-page"][data-ready="failed"]')
        .first()
        .waitFor({ timeout });
      mark('priced');
    }
    await report.and(page.locator('[data-ready="true"], [data-ready="failed"]')).waitFor({ timeout });
    if ((await report.getAttribute('data-ready')) === 'failed') {
      throw new Error(await page.locator('[data-testid="report-problem"]').innerText());
    }
    if (request.pageSize !== 'a4') {
      // The page-size pill a user clicks (its radio lies under the label).
      await page.locator(`label:has(> input[name="report-page-size"][value="${request.pageSize}"])`).click();
      await page.locator(`[data-testid="report-page"][data-page-size="${request.pageSize}"]`).waitFor({ timeout });
    }
    mark('ready to print');
    // The page's @page rule sets the size and the footer: the PDF is what the browser's own Print saves.
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    mark('printed');
    return pdf;
  } finally {
    // The browser first: its page holds requests open on the host.
    await launching.then(
      (browser) => browser.close(),
      () => undefined,
    );
    await Promise.all(stops.map((stop) => stop().catch(() => undefined)));
    if (scratch) await rm(scratch, { recursive: true, force: true });
    mark('stopped');
  }
}

/**
 * The app's saved diagram pictures, copied so the host reads them and nothing
 * writes to the user's file (a damaged copy is set aside in the scratch folder).
 */
export async function copyDiagramCache(dataDir: string, scratch: string): Promise<void> {
  await copyFile(path.join(dataDir, DIAGRAM_CACHE_FILE), path.join(scratch, DIAGRAM_CACHE_FILE)).catch(
    // None saved (or unreadable): every diagram is laid out, as before.
    () => undefined,
  );
}
