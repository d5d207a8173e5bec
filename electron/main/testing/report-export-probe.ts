// The desktop's Export report, played against the built main process: the page
// shows the report (or another route), asks for the PDF in the size the user
// chose, and the user picks a file in the save dialog or cancels it.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserWindowStandIn, ElectronStandIn } from './electron-stand-in';
import type { ReportExportCase } from './main-process-report';
import { APP_PAGE } from './main-process-probes';

type PageApi = Record<string, (input?: unknown) => Promise<unknown>>;

/** Written at the path the user picks before the A4 export: a save over it must replace it whole. */
export const OLD_REPORT = '%PDF-1.4\n% last week’s report, to be replaced\n%%EOF\n';

export const REPORT_EXPORTS = {
  letter: { route: '#/report', pageSize: 'letter', file: 'Default workload report.pdf', old: false },
  'a4 over an older file': { route: '#/report', pageSize: 'a4', file: 'Last week.pdf', old: true },
  'save dialog cancelled': { route: '#/report', pageSize: 'a4', file: null, old: false },
  'page not on the report': { route: '#/costs', pageSize: 'a4', file: 'Costs.pdf', old: false },
} as const;

export async function probeReportExport(
  standIn: ElectronStandIn,
  window: BrowserWindowStandIn,
  page: PageApi,
  home: string,
): Promise<Record<string, ReportExportCase>> {
  const contents = window.webContents;
  const cases: Record<string, ReportExportCase> = {};
  for (const [name, plan] of Object.entries(REPORT_EXPORTS)) {
    const folder = path.join(home, 'Reports', name.replaceAll(' ', '-'));
    mkdirSync(folder, { recursive: true });
    const target = plan.file === null ? null : path.join(folder, plan.file);
    if (target && plan.old) writeFileSync(target, OLD_REPORT);
    contents.navigateInPage(`${APP_PAGE}${plan.route}`);
    const printedBefore = contents.printedToPdf.length;
    const dialogsBefore = standIn.dialogsShown.length;
    standIn.saveDialogAnswers.splice(0, Infinity, target);
    const reply = await page.exportReportPdf!({
      suggestedName: 'Default workload report',
      pageSize: plan.pageSize,
    }).catch((error: unknown) => ({ rejected: (error as Error).message }));
    const printed = contents.printedToPdf.slice(printedBefore);
    cases[name] = {
      reply,
      printed: printed.map(({ options, settings, url }) => ({ options, settings, url })),
      dialogs: standIn.dialogsShown.slice(dialogsBefore),
      printedText: printed.length === 1 ? printed[0]!.bytes.toString('latin1') : null,
      savedText: target && existsSync(target) ? readFileSync(target, 'latin1') : null,
      folder: readdirSync(folder).sort(),
    };
  }
  contents.navigateInPage(APP_PAGE);
  return cases;
}
