import { api } from '../api';
import type { PageSize } from './report-page-style';
import { printInBrowser } from './print-report';

/** The desktop app's preload exposes `window.explorer`; browser mode has none. */
const IN_DESKTOP = 'explorer' in window;

export function printLabel(): string {
  return IN_DESKTOP ? 'Save as PDF…' : 'Print / Save as PDF';
}

/**
 * Browser mode opens the browser's print dialog; the desktop app prints the
 * page to a PDF and asks where to save it. Resolves with what to tell the user.
 */
export async function printReport(request: { pageSize: PageSize; title: string }): Promise<string> {
  if (!IN_DESKTOP) {
    printInBrowser();
    return '';
  }
  try {
    const outcome = await api.exportReportPdf({
      suggestedName: `${request.title.slice(0, 150)} report`,
      pageSize: request.pageSize,
    });
    return outcome.status === 'saved' ? `Saved the report to ${outcome.path}.` : 'Report export cancelled.';
  } catch (error) {
    return `The report was not saved: ${(error as Error).message}`;
  }
}
