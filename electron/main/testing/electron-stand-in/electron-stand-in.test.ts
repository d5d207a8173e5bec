import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createElectronStandIn, frameAt, type ElectronStandIn } from '.';

// The harness is only as strict as the stand-in: each rule it models must
// throw (or be logged) where Electron's documentation says Electron does.

let home: string;
let standIn: ElectronStandIn;

beforeEach(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'stand-in-'));
  standIn = createElectronStandIn({
    name: 'Test',
    version: '1.0.0',
    home,
    appData: home,
    displays: [{ x: 0, y: 0, width: 1280, height: 800 }],
  });
});
afterEach(() => rm(home, { recursive: true, force: true }));

describe('the stand-in for Electron', () => {
  it('allows privileged schemes only before ready, and only once', () => {
    const { protocol } = standIn.electron;
    protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true } }]);
    expect(() => protocol.registerSchemesAsPrivileged([])).toThrow(/twice/);
    standIn.app.becomeReady();
    expect(() => protocol.registerSchemesAsPrivileged([])).toThrow(/after ready/);
    expect(standIn.log.breaches).toHaveLength(2);
  });

  it('refuses windows, screens, sessions and protocol handlers before ready', () => {
    const { screen, session, protocol } = standIn.electron;
    expect(() => new standIn.electron.BrowserWindow({})).toThrow(/before the app was ready/);
    expect(() => screen.getAllDisplays()).toThrow(/before the app was ready/);
    expect(() => session.defaultSession).toThrow(/before the app was ready/);
    expect(() => protocol.handle('app', () => new Response())).toThrow(/before the app was ready/);
  });

  it('sets a path only to an existing absolute folder', async () => {
    const { app } = standIn.electron;
    expect(() => app.setPath('userData', 'relative/data')).toThrow(/not absolute/);
    expect(() => app.setPath('userData', path.join(home, 'missing'))).toThrow(/no such folder/);
    await writeFile(path.join(home, 'a-file'), '');
    expect(() => app.setPath('userData', path.join(home, 'a-file'))).toThrow(/no such folder/);
    app.setPath('userData', home);
    expect(app.getPath('userData')).toBe(home);
  });

  it('refuses a second handler on an IPC channel', () => {
    const { ipcMain } = standIn.electron;
    ipcMain.handle('channel', () => 1);
    expect(() => ipcMain.handle('channel', () => 2)).toThrow("Attempted to register a second handler for 'channel'");
  });

  it('structured-clones IPC values: a function cannot be sent, prototypes are lost', async () => {
    const { ipcMain } = standIn.electron;
    class Point {
      constructor(readonly x: number) {}
    }
    ipcMain.handle('echo', (_event, value) => value);
    const frame = frameAt('app://explorer/');
    await expect(standIn.ipcMain.invoke('echo', null, frame, [() => 1])).rejects.toThrow(/could not be cloned/);
    const echoed = await standIn.ipcMain.invoke('echo', null, frame, [new Point(3)]);
    expect(echoed).toEqual({ x: 3 });
    expect(echoed).not.toBeInstanceOf(Point);
  });

  it('gives a sandboxed preload only electron, events, timers and url', async () => {
    standIn.app.becomeReady();
    const preload = path.join(home, 'preload.cjs');
    await writeFile(
      preload,
      "require('events'); require('node:timers'); require('url');\n" +
        "require('electron').contextBridge.exposeInMainWorld('api', { fs: () => require('fs') });\n",
    );
    standIn.electron.protocol.handle('app', () => new Response('<!doctype html>'));
    const window = new standIn.electron.BrowserWindow({ webPreferences: { preload, sandbox: true } });
    await window.loadURL('app://explorer/');
    const run = standIn.preloadOf(window)!;
    expect(run).toMatchObject({ sandboxed: true, error: null });
    expect(() => (run.mainWorld.api as { fs: () => unknown }).fs()).toThrow('module not found: fs');
  });

  it('grants permissions and opens windows when the app sets no handler, as Electron does', async () => {
    standIn.app.becomeReady();
    standIn.electron.protocol.handle('app', () => new Response('<!doctype html>'));
    const window = new standIn.electron.BrowserWindow({});
    await window.loadURL('app://explorer/');
    expect(await standIn.requestPermission(window.webContents, 'media')).toBe(true);
    expect(window.webContents.openWindow('https://example.com/')).toBe('allow');
    expect(window.webContents.navigate('https://example.com/')).toBe(false);
  });

  it('logs a menu item with an unknown role or an invalid accelerator', () => {
    const { Menu } = standIn.electron;
    expect(() => Menu.buildFromTemplate([{ accelerator: 'F5' }])).toThrow(/at least one of label, role or type/);
    Menu.buildFromTemplate([{ label: 'Go', accelerator: 'Ctrl+Alt+Nope' }, { role: 'flyAway' }]);
    expect(standIn.log.breaches).toEqual([
      expect.stringContaining('must have at least one of label, role or type'),
      expect.stringContaining('invalid accelerator: Ctrl+Alt+Nope'),
      expect.stringContaining('no such role: flyaway'),
    ]);
  });

  it('quits when the last window closes and no one listens for window-all-closed, ending after will-quit', async () => {
    standIn.app.becomeReady();
    standIn.electron.protocol.handle('app', () => new Response('<!doctype html>'));
    const window = new standIn.electron.BrowserWindow({});
    await window.loadURL('app://explorer/');
    const ended = new Promise<void>((resolve) => (standIn.app.onTerminate = resolve));
    window.close();
    await ended;
    expect(standIn.app.emitted.slice(-3)).toEqual(['before-quit', 'will-quit', 'quit']);
  });
});
