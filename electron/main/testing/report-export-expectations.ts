import { expect } from 'vitest';
import type { MainProcessReport } from './main-process-report';
import { APP_PAGE } from './main-process-probes';

type Expectation = (report: MainProcessReport) => void;

// Paper in inches, as ISO 216 and ANSI give them (A4 210 × 297 mm = 8.27 × 11.69 in,
// which Electron rounds to 11.7; Letter 8.5 × 11 in).
const A4 = { paperWidth: 8.27, paperHeight: 11.7 };
const LETTER = { paperWidth: 8.5, paperHeight: 11 };

const printedReport = (paper: typeof A4) => ({
  ...paper,
  // The page's own @page rule sets the size and margins, and the theme's colours are kept.
  printBackground: true,
  preferCSSPageSize: true,
  landscape: false,
});

/** The page's call answers with the handler table's envelope. */
const saved = (value: unknown) => ({ ok: true, value });

/** Export report (PDF), as report-export-probe.ts plays it; part of MAIN_PROCESS_EXPECTATIONS. */
export const REPORT_EXPORT_EXPECTATIONS: Record<string, Expectation> = {
  'Export report prints the report page once, in the paper size the user chose, backgrounds included': (report) => {
    const { letter, 'a4 over an older file': a4 } = report.reportExport;
    expect(letter?.printed).toEqual([
      expect.objectContaining({ url: `${APP_PAGE}#/report`, settings: expect.objectContaining(printedReport(LETTER)) }),
    ]);
    expect(a4?.printed).toEqual([
      expect.objectContaining({ url: `${APP_PAGE}#/report`, settings: expect.objectContaining(printedReport(A4)) }),
    ]);
  },

  'Export report saves exactly the printed bytes at the path picked, replacing an older file whole and leaving no temporary file':
    (report) => {
      const { letter, 'a4 over an older file': a4 } = report.reportExport;
      expect(letter?.reply).toEqual(
        saved({ status: 'saved', path: expect.stringMatching(/\/Reports\/letter\/Default workload report\.pdf$/) }),
      );
      expect(a4?.reply).toEqual(saved({ status: 'saved', path: expect.stringMatching(/\/Last week\.pdf$/) }));
      for (const saved of [letter, a4]) {
        expect(saved?.printedText).toMatch(/^%PDF-/);
        expect(saved?.savedText).toBe(saved?.printedText);
        expect(saved?.dialogs).toHaveLength(1);
      }
      expect(letter?.folder).toEqual(['Default workload report.pdf']);
      expect(a4?.folder).toEqual(['Last week.pdf']);
    },

  'Export report writes nothing when the save dialog is cancelled, and says so': (report) => {
    const cancelled = report.reportExport['save dialog cancelled'];
    expect(cancelled?.reply).toEqual(saved({ status: 'cancelled' }));
    expect(cancelled?.dialogs).toHaveLength(1);
    expect(cancelled?.folder).toEqual([]);
  },

  'Export report refuses, before printing or asking where, when the window no longer shows the report': (report) => {
    const elsewhere = report.reportExport['page not on the report'];
    expect(elsewhere?.reply).toEqual({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/no longer shows the report/) },
    });
    expect(elsewhere?.printed).toEqual([]);
    expect(elsewhere?.dialogs).toEqual([]);
    expect(elsewhere?.folder).toEqual([]);
  },
};
