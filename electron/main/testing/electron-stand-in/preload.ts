import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as timers from 'node:timers';
import * as url from 'node:url';
import vm from 'node:vm';
import type { ContractLog } from './contract';

/** How the preload ran and what it left for the page. */
export interface PreloadRun {
  sandboxed: boolean;
  /** "Unable to load preload script": the page then runs without the API. */
  error: string | null;
  /** What `contextBridge.exposeInMainWorld` put on the page's `window`, already bridged. */
  mainWorld: Record<string, unknown>;
}

export interface PreloadOptions {
  file: string;
  webPreferences: Record<string, unknown>;
  log: ContractLog;
  /** `ipcRenderer.invoke` from this window's main frame. */
  invoke: (channel: string, args: unknown[]) => Promise<unknown>;
}

/**
 * Copies a value across the context bridge: functions and promises are
 * proxied (their arguments and results copied in turn), plain objects and
 * arrays copied, anything else cloned.
 */
function bridge(value: unknown): unknown {
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    return (...args: unknown[]) => bridge(fn(...args.map(bridge)));
  }
  if (value instanceof Promise || (value !== null && typeof value === 'object' && 'then' in value)) {
    return Promise.resolve(value).then(bridge, (error: unknown) => {
      throw new Error(error instanceof Error ? error.message : String(error));
    });
  }
  if (Array.isArray(value)) return value.map(bridge);
  if (value !== null && typeof value === 'object') {
    const prototype = Object.getPrototypeOf(value);
    if (prototype === null || prototype === Object.prototype || prototype?.constructor?.name === 'Object') {
      return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, bridge(entry)]));
    }
    return structuredClone(value);
  }
  return value;
}

/** Runs the window's preload as Electron would for its webPreferences. */
export function runPreload({ file, webPreferences, log, invoke }: PreloadOptions): PreloadRun {
  const isolated = webPreferences.contextIsolation !== false;
  // Electron 20+: sandboxed unless turned off, or Node is integrated.
  const sandboxed =
    typeof webPreferences.sandbox === 'boolean'
      ? webPreferences.sandbox
      : !(webPreferences.nodeIntegration === true || webPreferences.nodeIntegrationInWorker === true);
  const mainWorld: Record<string, unknown> = {};

  const rendererElectron = {
    contextBridge: {
      exposeInMainWorld(key: string, api: unknown): void {
        if (!isolated) log.fail('contextBridge', 'contextBridge API can only be used when contextIsolation is enabled');
        mainWorld[key] = bridge(api);
      },
    },
    ipcRenderer: Object.assign(new EventEmitter(), {
      invoke: (channel: string, ...args: unknown[]) => invoke(channel, args),
    }),
    webFrame: {},
    crashReporter: {},
    nativeImage: {},
    webUtils: {},
  };

  const source = readFileSync(file, 'utf8');
  try {
    if (sandboxed) runSandboxed(source, file, rendererElectron);
    else runWithNode(source, file, rendererElectron);
    return { sandboxed, error: null, mainWorld };
  } catch (error) {
    return { sandboxed, error: `Unable to load preload script: ${file}: ${(error as Error).message}`, mainWorld };
  }
}

/** The sandbox's require knows four modules; the script sees no Node globals but these few. */
function runSandboxed(source: string, file: string, electron: unknown): void {
  const modules = new Map<string, unknown>([
    ['electron', electron],
    ['electron/renderer', electron],
    ['events', EventEmitter],
    ['timers', timers],
    ['url', url],
  ]);
  const preloadRequire = (name: string): unknown => {
    const found = modules.get(name.replace(/^node:(?=events$|timers$|url$)/, ''));
    if (found === undefined) throw new Error(`module not found: ${name}`);
    return found;
  };
  const context = vm.createContext({});
  const preload = vm.compileFunction(
    source,
    ['require', 'process', 'Buffer', 'global', 'setImmediate', 'clearImmediate', 'exports', 'module'],
    { filename: file, parsingContext: context },
  );
  const exports = {};
  const limitedProcess = Object.assign(new EventEmitter(), { platform: process.platform, type: 'renderer' });
  preload(
    preloadRequire,
    limitedProcess,
    Buffer,
    vm.runInContext('globalThis', context),
    setImmediate,
    clearImmediate,
    exports,
    { exports },
  );
}

/** Without the sandbox a preload has Node's whole require: exactly what the sandbox is there to prevent. */
function runWithNode(source: string, file: string, electron: unknown): void {
  const nodeRequire = createRequire(file);
  const preloadRequire = (name: string): unknown => (name === 'electron' ? electron : nodeRequire(name));
  const preload = vm.compileFunction(source, ['require', 'module', 'exports', '__filename', '__dirname'], {
    filename: file,
  });
  const exports = {};
  preload(preloadRequire, { exports }, exports, file, file.slice(0, file.lastIndexOf('/')));
}
