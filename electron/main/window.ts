import { BrowserWindow, dialog, screen } from 'electron';
import path from 'node:path';
import { readJsonFile, writeJsonFileAtomicSync } from '../node/store/json-file';
import { DEFAULT_WINDOW_STATE, fitToDisplays, windowStateSchema, type WindowState } from '../node/window-state';
import { APP_URL } from './app-origin';

export async function createMainWindow(userData: string): Promise<BrowserWindow> {
  const stateFile = path.join(userData, 'window-state.json');
  const saved = await readJsonFile(stateFile, windowStateSchema);
  const state = fitToDisplays(
    saved.kind === 'ok' ? saved.value : DEFAULT_WINDOW_STATE,
    screen.getAllDisplays().map((display) => display.workArea),
  );

  const window = new BrowserWindow({
    ...state,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Compute Explorer',
    backgroundColor: '#1b1f24',
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      // Middle-click would open links through the window-open path; left-click suffices.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (state.maximized) window.maximize();
  // The page refuses to unload while a workload has unsaved changes; Electron
  // would then silently keep the window open, so ask the user here.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: ['Close without saving', 'Keep editing'],
      defaultId: 1,
      cancelId: 1,
      message: 'This workload has unsaved changes.',
      detail: 'Close anyway and lose them?',
    });
    if (choice === 0) event.preventDefault();
  });
  window.once('ready-to-show', () => window.show());
  // Saved before 'close' returns: closing the last window quits the app, and
  // Electron ends the process without waiting for an asynchronous write.
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    const next: WindowState = { ...bounds, maximized: window.isMaximized() };
    try {
      writeJsonFileAtomicSync(stateFile, next);
    } catch (error) {
      console.error('window state:', error);
    }
  });
  await window.loadURL(APP_URL);
  return window;
}
