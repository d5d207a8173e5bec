import { expect } from 'vitest';
import { COMMAND_IDS } from '../../common/commands';
import { SECURITY_HEADERS } from '../../common/csp';
import { IPC_CHANNELS, IPC_METHODS } from '../../common/ipc-channels';
import type { MainProcessReport } from './main-process-report';
import { REPORT_EXPORT_EXPECTATIONS } from './report-export-expectations';
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
  TRAVERSALS,
  WINDOW_OPENS,
} from './main-process-probes';

/** What a run was started with, for the expectations that name it. */
export interface RunContext {
  dataDir: string;
  version: string;
}

type Expectation = (report: MainProcessReport, context: RunContext) => void;

const sorted = (values: Iterable<string>) => [...values].sort();
const lowerCaseKeys = (headers: Readonly<Record<string, string>>) =>
  Object.fromEntries(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]));

/**
 * What the desktop app promises about its main process, each as a check of
 * one harness report. The unit test runs them all on the real bundle; the
 * mutant tests show which of them a broken bundle fails.
 */
export const MAIN_PROCESS_EXPECTATIONS: Record<string, Expectation> = {
  'starts without an uncaught error, keeping every Electron rule it relies on': (report) => {
    expect(report.errors).toEqual([]);
    expect(report.breaches).toEqual([]);
  },

  'makes app:// a standard, secure scheme before the app is ready': (report) => {
    expect(report.privilegedAtReady).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
  },

  'serves the renderer on app://explorer/ with the CSP and the security headers': (report) => {
    const served = report.protocol.filter((probe) => probe.url === APP_PAGE || probe.url === APP_ASSET);
    expect(served.map((probe) => probe.status)).toEqual([200, 200]);
    for (const probe of served) expect(probe.headers).toMatchObject(lowerCaseKeys(SECURITY_HEADERS));
    expect(served.map((probe) => probe.headers['content-type'])).toEqual([
      'text/html; charset=utf-8',
      'text/javascript; charset=utf-8',
    ]);
  },

  'serves nothing outside the renderer folder, however the path is spelled, nor for another host': (report) => {
    const refused = report.protocol.filter((probe) => probe.url === OTHER_APP_HOST || TRAVERSALS.includes(probe.url));
    expect(refused.map(({ url, status, leaked }) => ({ url, status, leaked }))).toEqual(
      [OTHER_APP_HOST, ...TRAVERSALS].map((url) => ({ url, status: 404, leaked: false })),
    );
  },

  'opens one window on app://explorer/, isolated and sandboxed, without Node': (report) => {
    expect(report.windowsCreated).toBe(1);
    expect(report.window?.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
    expect(report.window?.webPreferences.webviewTag).not.toBe(true);
    expect(report.window).toMatchObject({ loadedUrl: APP_PAGE, shown: true, preloadFile: 'preload.cjs' });
  },

  'runs its preload in the sandbox, giving the page one function per IPC method and nothing else': (report) => {
    expect(report.window?.preload).toEqual({
      sandboxed: true,
      error: null,
      exposed: ['explorer'],
      methods: expect.any(Array),
    });
    expect(sorted(report.window!.preload!.methods)).toEqual(sorted(IPC_METHODS));
  },

  'keeps every web contents on the app: navigating away, redirects and webviews are stopped': (report) => {
    const stopped = (url: string) => url !== NAVIGATIONS.inApp && url !== REDIRECTS.inApp;
    expect(report.navigation.map((entry) => entry.contents)).toEqual(['the window', 'web contents created later']);
    for (const entry of report.navigation) {
      expect(entry.navigate).toEqual(Object.fromEntries(Object.values(NAVIGATIONS).map((url) => [url, stopped(url)])));
      expect(entry.redirect).toEqual(Object.fromEntries(Object.values(REDIRECTS).map((url) => [url, stopped(url)])));
      expect(entry.webview).toBe(true);
    }
  },

  'denies every new window, handing only plain web links to the OS browser': (report) => {
    for (const entry of report.navigation) {
      expect(entry.windowOpen).toEqual(Object.fromEntries(Object.values(WINDOW_OPENS).map((url) => [url, 'deny'])));
    }
    // Once per web contents: the link followed and the window.open, both https without credentials.
    expect(sorted(report.externalLinks)).toEqual(
      sorted([NAVIGATIONS.web, WINDOW_OPENS.web, NAVIGATIONS.web, WINDOW_OPENS.web]),
    );
  },

  'denies every permission a page requests or checks': (report) => {
    const denied = Object.fromEntries(PERMISSIONS.map((permission) => [permission, false]));
    expect(report.permissions).toEqual({ requested: denied, checked: denied });
  },

  'handles every channel of the IPC contract, and no other': (report) => {
    expect(sorted(report.ipc.channels)).toEqual(sorted(Object.values(IPC_CHANNELS)));
  },

  'refuses IPC from a foreign origin, another app host, an iframe or no frame': (report) => {
    const forbidden = { ok: false, error: { code: 'forbidden', message: expect.any(String) } };
    const everyCall = Object.fromEntries(Object.keys(FOREIGN_CALLS).map((method) => [method, forbidden]));
    expect(report.ipc.foreign).toEqual(
      Object.fromEntries(Object.keys(FOREIGN_SENDERS).map((sender) => [sender, everyCall])),
    );
  },

  'answers the page’s own calls with the real handlers': (report, { dataDir, version }) => {
    expect(report.ipc.mainFrame.getAppInfo).toMatchObject({
      ok: true,
      value: { name: 'Compute Explorer', version, shell: 'electron', dataDir },
    });
    expect(report.ipc.mainFrame.evaluatePricing).toMatchObject({ ok: true, value: { status: 'done' } });
    const { options } = (report.ipc.mainFrame.evaluatePricing as { value: { result: { options: LambdaLike[] } } }).value
      .result;
    const lambda = options.find((option) => option.id === 'lambda');
    expect(lambda?.feasible).toBe(true);
    expect(lambda?.monthlyUSD).toBeGreaterThan(0);
  },

  'builds a valid application menu whose commands reach the page': (report) => {
    expect(report.menu.set).toBe(true);
    const commands = report.menu.items.filter((item) => item.id !== undefined);
    expect(sorted(commands.map((item) => item.id!))).toEqual(sorted(COMMAND_IDS));
    expect(commands.filter((item) => !item.hasClick)).toEqual([]);
    expect(report.menu.afterClick).toMatchObject({
      ok: true,
      value: { events: [{ kind: 'command', command: 'next-service' }] },
    });
  },

  'quits when its window is closed': (report) => {
    expect(report.quit.events).toEqual(['window-all-closed', 'before-quit', 'will-quit', 'quit']);
    expect(report.quit.terminated).toBe(true);
  },

  'has saved the window’s size and position when the process ends': (report) => {
    expect(report.quit.windowStateAtExit).toEqual({ ...MOVED_WINDOW, maximized: false });
  },

  'releases the page’s pending calls and leaves nothing running once it has quit': (report) => {
    expect(report.quit).toMatchObject({ longPollSettled: true, drained: true, stillRunning: [] });
  },
  ...REPORT_EXPORT_EXPECTATIONS,
};

interface LambdaLike {
  id: string;
  feasible: boolean;
  monthlyUSD: number;
}

/** The expectations a report fails, by name. */
export function failedExpectations(report: MainProcessReport, context: RunContext): string[] {
  return Object.entries(MAIN_PROCESS_EXPECTATIONS).flatMap(([name, check]) => {
    try {
      check(report, context);
      return [];
    } catch {
      return [name];
    }
  });
}
