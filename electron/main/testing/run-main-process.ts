// The child process of the main-process harness: loads the built main bundle
// with the stand-in as its `electron`, plays a user, a page and an attacker
// against it, and writes what happened to a report file.
import { readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import {
  CancellableEvent,
  createElectronStandIn,
  frameAt,
  WebContentsStandIn,
  type BrowserWindowStandIn,
  type ElectronStandIn,
} from './electron-stand-in';
import { IPC_CHANNELS, type IpcMethod } from '../../common/ipc-channels';
import { probeReportExport } from './report-export-probe';
import { EMPTY_REPORT, type MainProcessReport } from './main-process-report';
import {
  APP_ASSET,
  APP_PAGE,
  FOREIGN_CALLS,
  FOREIGN_SENDERS,
  MOVED_WINDOW,
  NAVIGATIONS,
  OTHER_APP_HOST,
  PERMISSIONS,
  REDIRECTS,
  SECRET,
  TRAVERSALS,
  WINDOW_OPENS,
} from './main-process-probes';

export interface HarnessConfig {
  reportFile: string;
  home: string;
  dataDir: string;
  version: string;
}

type PageApi = Record<string, (input?: unknown) => Promise<unknown>>;

const [mainFile] = process.argv.slice(2);
const config = JSON.parse(process.env.MAIN_HARNESS ?? '{}') as HarnessConfig;
const report: MainProcessReport = structuredClone(EMPTY_REPORT);
const save = () => writeFileSync(config.reportFile, JSON.stringify(report, null, 2));

let failStartup: (error: string) => void = () => undefined;
const startupFailed = new Promise<string>((resolve) => (failStartup = resolve));
const recordError = (kind: string) => (error: unknown) => {
  const message = `${kind}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  report.errors.push(message);
  failStartup(message);
};
process.on('uncaughtException', recordError('uncaught exception'));
process.on('unhandledRejection', recordError('unhandled rejection'));

const standIn = createElectronStandIn({
  name: 'Compute Explorer',
  version: config.version,
  home: config.home,
  appData: path.join(config.home, '.config'),
  displays: [{ x: 0, y: 0, width: 1920, height: 1080 }],
});

/** `require('electron')` from the bundle resolves to a placeholder; the cache entry makes it the stand-in. */
function installElectron(electron: unknown): void {
  const resolved = createRequire(mainFile!).resolve('electron');
  const record = new Module(resolved);
  record.filename = resolved;
  record.loaded = true;
  record.exports = electron;
  require.cache[resolved] = record;
}

async function main(): Promise<void> {
  installElectron(standIn.electron);
  process.argv = [process.execPath, mainFile!];
  try {
    createRequire(mainFile!)(mainFile!);
  } catch (error) {
    recordError('loading the bundle')(error);
  }
  report.privilegedAtReady = structuredClone(standIn.privileged);
  standIn.app.becomeReady();

  const window = await Promise.race([firstWindowShown(standIn), startupFailed.then(() => null)]);
  report.windowsCreated = standIn.createdWindows.length;
  await probeProtocol();
  if (!window) return finish();
  const page = describeWindow(window);
  probeNavigation('the window', window.webContents);
  const later = new WebContentsStandIn();
  standIn.app.emit('web-contents-created', new CancellableEvent(), later);
  later.mainFrame = frameAt(APP_PAGE);
  probeNavigation('web contents created later', later);
  report.externalLinks = [...standIn.externalLinks];
  await probePermissions(window);
  await probeIpc(window, page);
  await probeMenu(page);
  if (page) report.reportExport = await probeReportExport(standIn, window, page, config.home);
  await quitLikeAUser(window, page);
  finish();
}

function firstWindowShown(stand: ElectronStandIn): Promise<BrowserWindowStandIn> {
  return new Promise((resolve) => {
    stand.app.once('web-contents-created', () => {
      const window = stand.windows.at(-1);
      window?.once('ready-to-show', () => resolve(window));
    });
  });
}

async function probeProtocol(): Promise<void> {
  for (const url of [APP_PAGE, APP_ASSET, OTHER_APP_HOST, ...TRAVERSALS]) {
    try {
      const answer = await standIn.request(url);
      report.protocol.push({
        url,
        status: answer.status,
        headers: answer.headers,
        leaked: answer.body.includes(SECRET),
      });
    } catch (error) {
      report.protocol.push({ url, status: null, headers: {}, leaked: false, error: (error as Error).message });
    }
  }
}

function describeWindow(window: BrowserWindowStandIn): PageApi | null {
  const { preload: preloadFile, ...webPreferences } = (window.options.webPreferences ?? {}) as Record<string, unknown>;
  const preload = standIn.preloadOf(window);
  const exposed = preload?.mainWorld ?? {};
  const api = (exposed.explorer ?? null) as PageApi | null;
  report.window = {
    webPreferences,
    preloadFile: typeof preloadFile === 'string' ? path.basename(preloadFile) : null,
    loadedUrl: window.webContents.getURL(),
    shown: window.isVisible(),
    preload: preload
      ? {
          sandboxed: preload.sandboxed,
          error: preload.error,
          exposed: Object.keys(exposed),
          methods: api ? Object.keys(api).filter((key) => typeof api[key] === 'function') : [],
        }
      : null,
  };
  return api;
}

function probeNavigation(contents: string, webContents: WebContentsStandIn): void {
  const map = <T>(urls: Record<string, string>, probe: (url: string) => T) =>
    Object.fromEntries(Object.values(urls).map((url) => [url, probe(url)]));
  report.navigation.push({
    contents,
    navigate: map(NAVIGATIONS, (url) => webContents.navigate(url)),
    redirect: map(REDIRECTS, (url) => webContents.redirect(url)),
    webview: webContents.attachWebview('https://evil.example/'),
    windowOpen: map(WINDOW_OPENS, (url) => webContents.openWindow(url)),
  });
}

async function probePermissions(window: BrowserWindowStandIn): Promise<void> {
  for (const permission of PERMISSIONS) {
    report.permissions.requested[permission] = await standIn.requestPermission(window.webContents, permission);
    report.permissions.checked[permission] = standIn.checkPermission(window.webContents, permission);
  }
}

const settle = (promise: Promise<unknown>): Promise<unknown> =>
  promise.catch((error: unknown) => ({ rejected: (error as Error).message }));

async function probeIpc(window: BrowserWindowStandIn, page: PageApi | null): Promise<void> {
  report.ipc.channels = standIn.ipcMain.channels();
  for (const [sender, frame] of Object.entries(FOREIGN_SENDERS)) {
    const replies: Record<string, unknown> = {};
    for (const [method, input] of Object.entries(FOREIGN_CALLS)) {
      const channel = IPC_CHANNELS[method as IpcMethod];
      replies[method] = await settle(standIn.ipcMain.invoke(channel, window.webContents, frame, [input]));
    }
    report.ipc.foreign[sender] = replies;
  }
  if (!page) return;
  report.ipc.mainFrame.getAppInfo = await settle(page.getAppInfo!());
  report.ipc.mainFrame.evaluatePricing = await settle(
    page.evaluatePricing!({ requestsPerMonth: 3_000_000, durationMs: 120, memoryMB: 1536 }),
  );
}

async function probeMenu(page: PageApi | null): Promise<void> {
  const menu = standIn.applicationMenu();
  report.menu.set = menu !== null;
  const items = menu?.allItems() ?? [];
  report.menu.items = items.map(({ id, type, label, role, accelerator, click }) => ({
    type,
    ...(id ? { id } : {}),
    ...(label ? { label } : {}),
    ...(role ? { role } : {}),
    ...(accelerator ? { accelerator } : {}),
    hasClick: typeof click === 'function',
  }));
  items.find((item) => item.id === 'next-service')?.click?.();
  if (page) report.menu.afterClick = await settle(page.waitForShellEvents!({ since: 0, timeoutMs: 0 }));
}

let longPollSettled = false;

/** The user moves the window and closes it, while the page waits for shell events as it always does. */
async function quitLikeAUser(window: BrowserWindowStandIn, page: PageApi | null): Promise<void> {
  if (page) {
    const since = (report.menu.afterClick as { value?: { counter?: number } } | null)?.value?.counter ?? 0;
    void settle(page.waitForShellEvents!({ since, timeoutMs: 60_000 })).then(() => (longPollSettled = true));
  }
  window.setBounds(MOVED_WINDOW);
  const firstEvent = standIn.app.emitted.length;
  const terminated = new Promise<void>((resolve) => (standIn.app.onTerminate = resolve));
  window.close();
  await Promise.race([terminated, startupFailed]);
  report.quit.events = standIn.app.emitted.slice(firstEvent);
  report.quit.terminated = standIn.app.terminated !== null;
  report.quit.windowStateAtExit = readJson(path.join(config.dataDir, 'window-state.json'));
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Reports now, then again once nothing is left running (or, after a while, what still is). */
function finish(): void {
  report.breaches = [...standIn.log.breaches];
  save();
  if (report.errors.length > 0) process.exit(0);
  process.once('beforeExit', () => {
    report.quit.drained = true;
    report.quit.longPollSettled = longPollSettled;
    save();
  });
  // Not a wait: unreferenced, it fires only if something the app left open keeps the process alive.
  setTimeout(() => {
    report.quit.stillRunning = process.getActiveResourcesInfo();
    report.quit.longPollSettled = longPollSettled;
    save();
    process.exit(0);
  }, 30_000).unref();
}

void main().catch((error: unknown) => {
  recordError('harness')(error);
  save();
  process.exit(1);
});
