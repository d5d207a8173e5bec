/** What one run of the built main process under the stand-in showed; the expectations read it. */
export interface MainProcessReport {
  /** Thrown while loading or starting, or rejected with no one to catch it: Electron's error dialog. */
  errors: string[];
  /** Electron rules the app broke (each with the page that states it). */
  breaches: string[];
  /** `registerSchemesAsPrivileged` as it stood when the app became ready. */
  privilegedAtReady: { scheme: string; privileges?: Record<string, boolean> }[];
  /** app:// requests a page could make, and what each answered. */
  protocol: { url: string; status: number | null; headers: Record<string, string>; leaked: boolean; error?: string }[];
  windowsCreated: number;
  window: {
    webPreferences: Record<string, unknown>;
    preloadFile: string | null;
    loadedUrl: string;
    shown: boolean;
    preload: { sandboxed: boolean; error: string | null; exposed: string[]; methods: string[] } | null;
  } | null;
  /** Per web contents (the window's, and one created later): what the app let through. */
  navigation: {
    contents: string;
    navigate: Record<string, boolean>;
    redirect: Record<string, boolean>;
    webview: boolean;
    windowOpen: Record<string, string>;
  }[];
  externalLinks: string[];
  permissions: { requested: Record<string, boolean>; checked: Record<string, boolean> };
  ipc: {
    channels: string[];
    /** Frame description → method → reply (or the rejection). */
    foreign: Record<string, Record<string, unknown>>;
    /** The page's own calls through the preload's API. */
    mainFrame: Record<string, unknown>;
  };
  menu: {
    set: boolean;
    items: { type: string; id?: string; label?: string; role?: string; accelerator?: string; hasClick: boolean }[];
    /** What the page received after a click on Next Service. */
    afterClick: unknown;
  };
  /** Export report (PDF) per case of report-export-probe.ts. */
  reportExport: Record<string, ReportExportCase>;
  quit: {
    /** App events from the user closing the window to the end of the process. */
    events: string[];
    terminated: boolean;
    /** window-state.json as it was when the process ended (null: not there). */
    windowStateAtExit: unknown;
    /** The page's pending long-poll settled before the end. */
    longPollSettled: boolean;
    /** The event loop emptied after quitting; otherwise what kept it alive. */
    drained: boolean;
    stillRunning: string[];
  };
}

export interface ReportExportCase {
  /** What the page's call resolved with, or `{ rejected }`. */
  reply: unknown;
  /** Each printToPDF: the options the app passed, what they resolve to, and the page printed. */
  printed: { options: unknown; settings: unknown; url: string }[];
  dialogs: string[];
  /** The printed bytes, and the file at the path picked afterwards (latin1, so byte for byte). */
  printedText: string | null;
  savedText: string | null;
  /** The folder holding the picked path, after the export: no temporary file may be left. */
  folder: string[];
}

export const EMPTY_REPORT: MainProcessReport = {
  errors: [],
  breaches: [],
  privilegedAtReady: [],
  protocol: [],
  windowsCreated: 0,
  window: null,
  navigation: [],
  externalLinks: [],
  permissions: { requested: {}, checked: {} },
  ipc: { channels: [], foreign: {}, mainFrame: {} },
  menu: { set: false, items: [], afterClick: null },
  reportExport: {},
  quit: {
    events: [],
    terminated: false,
    windowStateAtExit: null,
    longPollSettled: false,
    drained: false,
    stillRunning: [],
  },
};
