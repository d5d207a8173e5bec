import { BrowserWindow } from 'electron';
import type { IpcInput, IpcOutput } from '../common/ipc-schemas';
import { HandlerError } from '../node/ipc/handler-table';
import type { DesktopServices } from '../node/ipc/app-handlers';

const PAGE_SIZE = { a4: 'A4', letter: 'Letter' } as const;

type SaveExportFile = DesktopServices['saveExportFile'];

/** `#/report` or `#/report/<profile id>` (renderer/src/lib/routes.ts): the page the window prints. */
const REPORT_ROUTE = /^#\/report(?:\/[\w-]{1,64})?\/?$/;

function showsReport(url: string): boolean {
  try {
    return REPORT_ROUTE.test(new URL(url).hash);
  } catch {
    return false;
  }
}

/**
 * Export report (PDF) in the desktop app: the window showing the report page
 * is printed as it is (the print stylesheet hides the app around it, and the
 * page's @page rule sets the size and every page's footer), so the PDF holds
 * the very workload on screen, unsaved changes included. The bytes then go
 * through the same save dialog, check and atomic write as every export.
 */
export function createReportPdfExport(
  saveExportFile: SaveExportFile,
): (input: IpcInput<'exportReportPdf'>) => Promise<IpcOutput<'exportReportPdf'>> {
  return async ({ suggestedName, pageSize }) => {
    // There is one app window; dialogs use the same lookup (desktop-export.ts).
    const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    if (!window) throw new HandlerError('unavailable', 'The report could not be printed: the app has no window.');
    // The window prints what it shows: had the user moved on while the request was on its way, the PDF would be another page.
    if (!showsReport(window.webContents.getURL()))
      throw new HandlerError(
        'conflict',
        'The report was not saved: the window no longer shows the report. Open it and export again.',
      );
    const pdf = await window.webContents.printToPDF({
      pageSize: PAGE_SIZE[pageSize],
      printBackground: true,
      preferCSSPageSize: true,
    });
    return saveExportFile({ suggestedName, kind: 'pdf', bytes: new Uint8Array(pdf) });
  };
}
