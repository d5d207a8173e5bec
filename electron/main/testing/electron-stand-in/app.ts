import { EventEmitter } from 'node:events';
import { statSync } from 'node:fs';
import path from 'node:path';
import type { ContractLog } from './contract';

/** The names `app.getPath` knows; `setPath` may override only these. */
const PATH_NAMES = [
  'home',
  'appData',
  'userData',
  'sessionData',
  'temp',
  'exe',
  'module',
  'desktop',
  'documents',
  'downloads',
  'music',
  'pictures',
  'videos',
  'recent',
  'logs',
  'crashDumps',
] as const;

/** Electron's `Event`: listeners may cancel what it announces. */
export class CancellableEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

/** What the app needs to know of the windows to quit: closing them all, and when they are gone. */
export interface WindowRegistry {
  open(): { close(): void; isDestroyed(): boolean; once(event: 'closed', listener: () => void): unknown }[];
}

export interface AppPaths {
  home: string;
  appData: string;
}

/**
 * `app`: ready once the harness says so, the documented quit sequence
 * (before-quit, windows closed, will-quit, quit, then the process ends), and
 * the path rules.
 */
export class AppStandIn extends EventEmitter {
  private ready = false;
  private readonly readyWaiters: (() => void)[] = [];
  private readonly paths = new Map<string, string>();
  private quitting = false;
  /** Every app event emitted, in order: the report shows the quit sequence. */
  readonly emitted: string[] = [];
  terminated: { exitCode: number } | null = null;
  onTerminate: () => void = () => undefined;
  windows: WindowRegistry = { open: () => [] };

  constructor(
    private readonly log: ContractLog,
    private readonly name: string,
    private readonly version: string,
    { home, appData }: AppPaths,
  ) {
    super();
    this.paths.set('home', home);
    this.paths.set('appData', appData);
    this.paths.set('userData', path.join(appData, name));
    this.paths.set('sessionData', path.join(appData, name));
    this.paths.set('temp', path.join(home, 'tmp'));
    for (const name of ['desktop', 'documents', 'downloads', 'pictures'] as const) {
      this.paths.set(name, path.join(home, name[0]!.toUpperCase() + name.slice(1)));
    }
  }

  override emit(event: string | symbol, ...args: unknown[]): boolean {
    this.emitted.push(String(event));
    return super.emit(event, ...args);
  }

  /** The harness's "the platform finished launching". */
  becomeReady(): void {
    this.emit('will-finish-launching');
    this.ready = true;
    this.emit('ready', new CancellableEvent(), {});
    for (const resolve of this.readyWaiters.splice(0)) resolve();
  }

  isReady(): boolean {
    return this.ready;
  }

  whenReady(): Promise<void> {
    return this.ready ? Promise.resolve() : new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /** Requires the app to be ready, as the module named by `rule` does. */
  requireReady(
    rule: 'browserWindowAfterReady' | 'screenAfterReady' | 'sessionAfterReady' | 'protocolAfterReady',
    what: string,
  ): void {
    if (!this.ready) this.log.fail(rule, `${what} was used before the app was ready`);
  }

  getName(): string {
    return this.name;
  }

  getVersion(): string {
    return this.version;
  }

  requestSingleInstanceLock(): boolean {
    return true;
  }

  getPath(name: string): string {
    const found = this.paths.get(name);
    if (found === undefined) this.log.fail('getPath', `app.getPath('${name}') has no such path here`);
    return found;
  }

  setPath(name: string, value: string): void {
    if (!(PATH_NAMES as readonly string[]).includes(name)) {
      this.log.fail('setPath', `app.setPath('${name}') names no path app.getPath knows`);
    }
    if (!path.isAbsolute(value))
      this.log.fail('setPath', `app.setPath('${name}', '${value}'): the path is not absolute`);
    let isFolder = false;
    try {
      isFolder = statSync(value).isDirectory();
    } catch {
      // missing: refused below
    }
    if (!isFolder) this.log.fail('setPath', `app.setPath('${name}', '${value}'): no such folder`);
    this.paths.set(name, value);
  }

  /** The last window closed: quit, unless someone listens (then it is theirs to decide). */
  allWindowsClosed(): void {
    if (this.quitting) return;
    if (this.listenerCount('window-all-closed') > 0) this.emit('window-all-closed');
    else this.quit();
  }

  quit(): void {
    if (this.quitting || this.terminated) return;
    const beforeQuit = new CancellableEvent();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    this.quitting = true;
    const windows = this.windows.open();
    const allClosed = Promise.all(
      windows.map((window) => new Promise<void>((resolve) => window.once('closed', () => resolve()))),
    );
    for (const window of windows) window.close();
    if (windows.some((window) => !window.isDestroyed())) {
      // A window refused to close: the quit is cancelled.
      this.quitting = false;
      return;
    }
    void allClosed.then(() => this.finishQuit());
  }

  private finishQuit(): void {
    const willQuit = new CancellableEvent();
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) {
      this.quitting = false;
      return;
    }
    this.emit('quit', new CancellableEvent(), 0);
    // "by default the application will terminate": whatever is still pending is cut off here.
    this.terminated = { exitCode: 0 };
    this.onTerminate();
  }
}
