import { chromium } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startBrowserHost } from '../browser-host/server';
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
  /** The data folder whose price books price the workload. */
  booksDir: string;
  chromiumPath: string;
  rendererRoot: string;
  version: string;
  /** How long the page may take to price and draw everything. */
  timeoutMs?: number;
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
 * from `booksDir`. Everything it started is stopped before it returns.
 */
export async function renderReportPdf(request: RenderRequest): Promise<Uint8Array> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'compute-explorer-report-'));
  const stops: (() => Promise<unknown>)[] = [() => rm(scratch, { recursive: true, force: true })];
  try {
    const pricing = createPricingService();
    stops.unshift(() => pricing.close());
    const profiles = await openProfileStore({ dir: path.join(scratch, 'profiles') });
    stops.unshift(() => profiles.close());
    const profile = await profiles.importText(request.profileText, request.fileName);
    const shellEvents = createShellEventQueue();
    stops.unshift(async () => shellEvents.close());
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
    stops.unshift(() => host.close());
    const browser = await chromium.launch({ executablePath: request.chromiumPath, args: chromiumArgs() });
    stops.unshift(() => browser.close());
    const page = await browser.newPage({ colorScheme: 'light', reducedMotion: 'reduce' });
    await page.goto(`${host.url}#/report/${profile.id}`);
    const report = page.locator('[data-testid="report-page"]');
    const timeout = request.timeoutMs ?? 60_000;
    await report.and(page.locator('[data-ready="true"], [data-ready="failed"]')).waitFor({ timeout });
    if ((await report.getAttribute('data-ready')) === 'failed') {
      throw new Error(await page.locator('[data-testid="report-problem"]').innerText());
    }
    if (request.pageSize !== 'a4') {
      // The page-size pill a user clicks (its radio lies under the label).
      await page.locator(`label:has(> input[name="report-page-size"][value="${request.pageSize}"])`).click();
      await page.locator(`[data-testid="report-page"][data-page-size="${request.pageSize}"]`).waitFor({ timeout });
    }
    // The page's @page rule sets the size and the footer: the PDF is what the browser's own Print saves.
    return await page.pdf({ preferCSSPageSize: true, printBackground: true });
  } finally {
    for (const stop of stops) await stop().catch(() => undefined);
  }
}
