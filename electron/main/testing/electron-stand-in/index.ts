import { AppStandIn, type AppPaths } from './app';
import { ContractLog } from './contract';
import { IpcMainStandIn } from './ipc';
import { createMenuModule } from './menu';
import { runPreload, type PreloadRun } from './preload';
import { createProtocol, createSession } from './protocol';
import {
  browserWindowClass,
  createScreen,
  frameAt,
  type BrowserWindowStandIn,
  type Rect,
  type WindowWorld,
} from './windows';

export { CancellableEvent } from './app';
export { frameAt, WebContentsStandIn, type BrowserWindowStandIn, type FrameStandIn } from './windows';

export interface StandInOptions extends AppPaths {
  /** `productName` and version, as Electron reads them from package.json. */
  name: string;
  version: string;
  /** Work areas of the connected displays. */
  displays: Rect[];
}

/**
 * A stand-in for the `electron` module of the main process, for running the
 * built main bundle under plain Node. It follows Electron's documented
 * contract (see contract.ts for the pages) and gives the harness the handles
 * a user, a page or an attacker would have: ready, load, navigate, invoke,
 * close. It is not Electron: it proves the app keeps Electron's rules and
 * wires its own checks in, not that Chromium enforces them.
 */
export function createElectronStandIn(options: StandInOptions) {
  const log = new ContractLog();
  const app = new AppStandIn(log, options.name, options.version, options);
  const { protocol, privileged, request } = createProtocol(app, log);
  const { session, requestPermission, checkPermission } = createSession(app);
  const ipcMain = new IpcMainStandIn(log);
  const { Menu, applicationMenu } = createMenuModule(log);
  const preloads = new Map<BrowserWindowStandIn, PreloadRun>();
  const externalLinks: string[] = [];
  const dialogsShown: string[] = [];
  /** What the user picks in the next save dialogs, in turn: a path, or null to cancel (the default). */
  const saveDialogAnswers: (string | null)[] = [];

  const world: WindowWorld = {
    log,
    app,
    windows: [],
    created: [],
    async load(window, url) {
      const answer = await request(url);
      if (answer.status !== 200) throw new Error(`ERR_FAILED: ${url} answered ${answer.status}`);
      window.webContents.mainFrame = frameAt(url);
      const webPreferences = (window.options.webPreferences ?? {}) as Record<string, unknown>;
      if (typeof webPreferences.preload === 'string') {
        const run = runPreload({
          file: webPreferences.preload,
          webPreferences,
          log,
          invoke: (channel, args) => ipcMain.invoke(channel, window.webContents, window.webContents.mainFrame, args),
        });
        preloads.set(window, run);
      }
    },
  };
  app.windows = { open: () => [...world.windows] };
  const BrowserWindow = browserWindowClass(world);

  const dialog = {
    async showOpenDialog(...args: unknown[]) {
      dialogsShown.push(`open: ${JSON.stringify(args.at(-1))}`);
      return { canceled: true, filePaths: [] };
    },
    async showSaveDialog(...args: unknown[]) {
      dialogsShown.push(`save: ${JSON.stringify(args.at(-1))}`);
      const filePath = saveDialogAnswers.shift() ?? null;
      return filePath === null ? { canceled: true, filePath: '' } : { canceled: false, filePath };
    },
    showMessageBoxSync(...args: unknown[]) {
      dialogsShown.push(`message: ${JSON.stringify(args.at(-1))}`);
      return 1;
    },
  };

  const electron = {
    app,
    protocol,
    session,
    screen: createScreen(app, options.displays),
    BrowserWindow,
    ipcMain,
    Menu,
    dialog,
    shell: {
      async openExternal(url: string) {
        externalLinks.push(url);
      },
    },
    clipboard: { async write() {} },
    ClipboardItem: class ClipboardItem {
      constructor(readonly items: Record<string, unknown>) {}
    },
    nativeImage: {
      createFromBuffer: (buffer: Buffer) => ({ isEmpty: () => buffer.byteLength === 0 }),
    },
  };

  return {
    electron,
    log,
    app,
    ipcMain,
    privileged,
    request,
    requestPermission,
    checkPermission,
    applicationMenu,
    externalLinks,
    dialogsShown,
    saveDialogAnswers,
    windows: world.windows,
    createdWindows: world.created,
    preloadOf: (window: BrowserWindowStandIn) => preloads.get(window),
  };
}

export type ElectronStandIn = ReturnType<typeof createElectronStandIn>;
