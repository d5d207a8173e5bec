import { app, BrowserWindow, clipboard, ClipboardItem, dialog, nativeImage } from 'electron';
import type { ExportKind } from '../common/desktop-ipc';
import {
  createDesktopExportService,
  type DesktopDialogs,
  type SystemClipboard,
} from '../node/export/desktop-export-service';
import type { DesktopServices } from '../node/ipc/app-handlers';
import { HandlerError } from '../node/ipc/handler-table';
import { createReportPdfExport } from './report-pdf';

const FILTERS: Record<ExportKind, Electron.FileFilter> = {
  png: { name: 'PNG image', extensions: ['png'] },
  svg: { name: 'SVG image', extensions: ['svg'] },
  csv: { name: 'CSV (comma-separated values)', extensions: ['csv'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
};

/** Dialogs are modal to the app's window (there is one), and looked up per call: it can be recreated. */
const appWindow = (): BrowserWindow | undefined => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];

// `dialog.*` is read at call time, never destructured, so e2e tests can stub it in the main process.
const electronDialogs: DesktopDialogs = {
  async chooseSaveFile({ defaultPath, kind }) {
    const options: Electron.SaveDialogOptions = {
      defaultPath,
      filters: [FILTERS[kind]],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const window = appWindow();
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
  async chooseFolder({ defaultPath }) {
    const options: Electron.OpenDialogOptions = {
      title: 'Choose where to put the exported diagrams',
      buttonLabel: 'Export here',
      defaultPath,
      properties: ['openDirectory', 'createDirectory'],
    };
    const window = appWindow();
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
};

const systemClipboard: SystemClipboard = {
  async writePng(bytes) {
    // Decoded once here so a PNG the system cannot read is refused, not pasted as nothing.
    if (nativeImage.createFromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).isEmpty()) {
      throw new HandlerError('invalid-input', 'The image was not copied: the system could not read it as a PNG.');
    }
    await clipboard.write([new ClipboardItem({ 'image/png': new Blob([bytes], { type: 'image/png' }) })]);
  },
};

/** Pictures, else Documents, else home: wherever this system keeps such things. */
function defaultExportFolder(): string {
  for (const name of ['pictures', 'documents'] as const) {
    try {
      return app.getPath(name);
    } catch {
      // Not every Linux desktop defines these folders.
    }
  }
  return app.getPath('home');
}

export function createDesktopServices(dataDir: string): DesktopServices {
  const exports = createDesktopExportService({
    dataDir,
    defaultFolder: defaultExportFolder(),
    dialogs: electronDialogs,
    clipboard: systemClipboard,
  });
  return { ...exports, exportReportPdf: createReportPdfExport(exports.saveExportFile) };
}
