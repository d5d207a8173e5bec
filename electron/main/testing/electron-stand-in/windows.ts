import { EventEmitter } from 'node:events';
import { CancellableEvent, type AppStandIn } from './app';
import type { ContractLog } from './contract';
import { printToPdf, type PrintToPdfCall } from './print-to-pdf';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The parts of WebFrameMain the app reads, as Electron gives them to an IPC handler. */
export interface FrameStandIn {
  url: string;
  origin: string;
  parent: FrameStandIn | null;
}

export function frameAt(url: string, parent: FrameStandIn | null = null): FrameStandIn {
  let origin = 'null';
  try {
    origin = new URL(url).origin;
  } catch {
    // an unparseable URL has an opaque origin
  }
  return { url, origin, parent };
}

type WindowOpenHandler = (details: { url: string; frameName: string; features: string; disposition: string }) => {
  action: 'allow' | 'deny';
};

/** Loads a URL the way the window would (through the registered protocol) and runs the preload. */
export type PageLoader = (window: BrowserWindowStandIn, url: string) => Promise<void>;

let nextWebContentsId = 1;

/** A window's web contents: the events the app hardens, and probes that raise them as a page would. */
export class WebContentsStandIn extends EventEmitter {
  readonly id = nextWebContentsId++;
  mainFrame: FrameStandIn = frameAt('about:blank');
  private openHandler: WindowOpenHandler | null = null;
  private destroyed = false;
  /** Scripts run with `executeJavaScript`, and whether each counted as a user gesture. */
  readonly scriptsRun: { code: string; userGesture: boolean }[] = [];
  /** Every `printToPDF` that printed, with the page shown at the time. */
  readonly printedToPdf: PrintToPdfCall[] = [];

  constructor(private readonly log: ContractLog | null = null) {
    super();
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.openHandler = handler;
  }

  getURL(): string {
    return this.mainFrame.url;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  destroy(): void {
    this.destroyed = true;
  }

  async executeJavaScript(code: string, userGesture = false): Promise<unknown> {
    this.scriptsRun.push({ code, userGesture });
    return undefined;
  }

  /** Resolves with the PDF of the page shown now, once the options pass Electron's checks. */
  printToPDF(options: unknown): Promise<Buffer> {
    return printToPdf(this.log, this.getURL(), options, this.printedToPdf);
  }

  /** The page changes its own hash (the app's routes): same document, new URL, no will-navigate. */
  navigateInPage(url: string): void {
    this.mainFrame = frameAt(url, this.mainFrame.parent);
    this.emit('did-navigate-in-page', new CancellableEvent(), url, true);
  }

  /** The page follows a link: true when a listener stopped it. */
  navigate(url: string): boolean {
    const event = Object.assign(new CancellableEvent(), { url, isMainFrame: true });
    this.emit('will-navigate', event, url);
    return event.defaultPrevented;
  }

  /** A server redirect during a navigation: true when a listener stopped it. */
  redirect(url: string): boolean {
    const event = Object.assign(new CancellableEvent(), { url, isMainFrame: true });
    this.emit('will-redirect', event, url);
    return event.defaultPrevented;
  }

  /** A `<webview>` about to attach: true when a listener stopped it. */
  attachWebview(src: string): boolean {
    const event = new CancellableEvent();
    this.emit('will-attach-webview', event, {}, { src });
    return event.defaultPrevented;
  }

  /** `window.open(url)`: with no handler set, Electron opens the window. */
  openWindow(url: string): 'allow' | 'deny' {
    if (!this.openHandler) return 'allow';
    return this.openHandler({ url, frameName: '', features: '', disposition: 'new-window' }).action;
  }
}

export interface WindowWorld {
  log: ContractLog;
  app: AppStandIn;
  load: PageLoader;
  /** Windows open now, oldest first. */
  windows: BrowserWindowStandIn[];
  /** Every window ever created, with the options it was given. */
  created: { options: Record<string, unknown> }[];
}

/** `BrowserWindow`, as a class bound to one stand-in world. */
export function browserWindowClass(world: WindowWorld) {
  return class BrowserWindow extends BrowserWindowStandIn {
    static getAllWindows(): BrowserWindowStandIn[] {
      return [...world.windows];
    }
    static getFocusedWindow(): BrowserWindowStandIn | null {
      return world.windows.find((window) => window.isFocused()) ?? null;
    }
    constructor(options: Record<string, unknown> = {}) {
      world.app.requireReady('browserWindowAfterReady', 'new BrowserWindow()');
      super(world, options);
    }
  };
}

export class BrowserWindowStandIn extends EventEmitter {
  readonly webContents: WebContentsStandIn;
  private bounds: Rect;
  private normalBounds: Rect;
  private maximized = false;
  private minimized = false;
  private visible: boolean;
  private focused = false;
  private destroyed = false;

  constructor(
    private readonly world: WindowWorld,
    readonly options: Record<string, unknown>,
  ) {
    super();
    this.webContents = new WebContentsStandIn(world.log);
    const number = (key: string, fallback: number) => (typeof options[key] === 'number' ? options[key] : fallback);
    this.bounds = { x: number('x', 0), y: number('y', 0), width: number('width', 800), height: number('height', 600) };
    this.normalBounds = { ...this.bounds };
    this.visible = options.show !== false;
    world.windows.push(this);
    world.created.push({ options });
    world.app.emit('web-contents-created', new CancellableEvent(), this.webContents);
  }

  async loadURL(url: string): Promise<void> {
    await this.world.load(this, url);
    this.webContents.emit('did-finish-load');
    if (!this.visible) this.emit('ready-to-show');
  }

  show(): void {
    this.visible = true;
    this.focused = true;
  }
  isVisible(): boolean {
    return this.visible;
  }
  focus(): void {
    this.focused = true;
  }
  isFocused(): boolean {
    return this.focused && !this.destroyed;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  minimize(): void {
    this.minimized = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  getBounds(): Rect {
    return { ...this.bounds };
  }
  /** The user moved or resized the window. */
  setBounds(bounds: Rect): void {
    this.bounds = { ...bounds };
    if (!this.maximized) this.normalBounds = { ...bounds };
  }
  getNormalBounds(): Rect {
    return { ...this.normalBounds };
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** As the close button: `close` may be cancelled; `closed` follows on a later turn. */
  close(): void {
    if (this.destroyed) return;
    const event = new CancellableEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroy();
    this.world.windows.splice(this.world.windows.indexOf(this), 1);
    setImmediate(() => {
      this.emit('closed');
      if (this.world.windows.length === 0) this.world.app.allWindowsClosed();
    });
  }
}

export function createScreen(app: AppStandIn, workAreas: readonly Rect[]) {
  return {
    getAllDisplays() {
      app.requireReady('screenAfterReady', 'screen.getAllDisplays()');
      return workAreas.map((workArea, id) => ({ id, bounds: workArea, workArea, scaleFactor: 1, rotation: 0 }));
    },
    getPrimaryDisplay() {
      return this.getAllDisplays()[0];
    },
  };
}
