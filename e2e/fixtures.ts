import { _electron, test as base, expect, type Browser, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { findElectronBinary } from '../electron/node/cli/electron-binary';
import { AppPage } from './app-page';
import { startHostProcess } from './support/browser-host-process';
import { CSP_RECORDER, watchPage, type PageProblems } from './support/page-guards';

export interface ShellOptions {
  shell: 'browser' | 'electron';
}

interface TestOptions {
  /** Files given on the app's command line, as a user would (`npm run serve -- a.json`). */
  launchFiles: string[];
  /** Extra environment for the browser host (e.g. the test-only Price List URL); the desktop app ignores it. */
  hostEnv: Record<string, string>;
}

interface WorkerFixtures {
  shell: ShellOptions['shell'];
  /** Only launched for the browser project: the Electron project brings its own Chromium. */
  sharedBrowser: Browser | null;
}

interface TestFixtures {
  dataDir: string;
  /** The desktop app's main process, for specs that stand in for native dialogs; null in browser mode. */
  electronApp: ElectronApplication | null;
  appPage: Page;
  app: AppPage;
}

const ELECTRON_MAIN = path.resolve('dist/electron/main.cjs');

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timed out')), ms))]);
}

export const test = base.extend<TestFixtures & TestOptions, WorkerFixtures>({
  shell: ['browser', { option: true, scope: 'worker' }],
  launchFiles: [[], { option: true }],
  hostEnv: [{}, { option: true }],

  sharedBrowser: [
    async ({ shell, playwright, launchOptions }, use) => {
      if (shell !== 'browser') return use(null);
      const browser = await playwright.chromium.launch(launchOptions);
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],

  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern.
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'compute-explorer-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },

  electronApp: async ({ shell, dataDir, launchFiles, colorScheme }, use, testInfo) => {
    if (shell !== 'electron') return use(null);
    const electron = findElectronBinary();
    testInfo.skip(
      !electron.found,
      `Electron binary not available here (${electron.found ? '' : electron.reason}); run where it is installed.`,
    );
    const app = await _electron.launch({
      args: [ELECTRON_MAIN, ...launchFiles],
      env: { ...process.env, COMPUTE_EXPLORER_DATA_DIR: dataDir },
      // The same light or dark setting the browser project gives its pages (the viewport is set on the window below).
      colorScheme,
    });
    // For pages the window loads from now on; the first one may already be loading, see appPage.
    await app.context().addInitScript(CSP_RECORDER);
    try {
      await use(app);
    } finally {
      await app.close().catch(() => undefined);
    }
  },

  // One fixture yields the app's page in either shell; specs never know which.
  appPage: async ({ sharedBrowser, electronApp, dataDir, launchFiles, hostEnv, viewport, colorScheme }, use) => {
    let page: Page;
    let problems: PageProblems;
    let cspViolations: string[] = [];
    // Whatever started is stopped, even when a test times out or the page hangs.
    const cleanups: (() => Promise<unknown>)[] = [];
    try {
      if (electronApp) {
        page = await electronApp.firstWindow();
        problems = watchPage(page, 'app://explorer');
        // _electron.launch has no viewport option: size the page as the browser project does.
        if (viewport) await page.setViewportSize(viewport);
        await page.evaluate(CSP_RECORDER);
      } else {
        const host = await startHostProcess(dataDir, launchFiles, hostEnv);
        cleanups.push(() => host.stop());
        const context = await sharedBrowser!.newContext({ viewport, colorScheme, acceptDownloads: true });
        cleanups.push(() => context.close());
        page = await context.newPage();
        await page.addInitScript(CSP_RECORDER);
        problems = watchPage(page, host.origin);
        await page.goto(host.url);
      }
      await use(page);
      // A page whose violations cannot be read fails the test: an empty list would hide them.
      const recorded = await withTimeout(
        page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations),
        10_000,
      ).catch((error: unknown) => {
        throw new Error(`Could not read the page's CSP violations: ${(error as Error).message}`);
      });
      if (!Array.isArray(recorded)) throw new Error('The CSP violation recorder was not installed in the page.');
      cspViolations = recorded;
    } finally {
      for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    }
    expect(problems.foreignRequests, 'requests that left the app’s own origin').toEqual([]);
    expect(problems.consoleErrors, 'console errors').toEqual([]);
    expect(cspViolations, 'CSP violations').toEqual([]);
  },

  app: async ({ appPage }, use) => {
    const app = new AppPage(appPage);
    await app.waitUntilReady();
    await use(app);
  },
});

export { expect };
