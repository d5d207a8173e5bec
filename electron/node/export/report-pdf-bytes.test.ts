import { describe, expect, it } from 'vitest';
import { HandlerError } from '../ipc/handler-table';
import { createAppHandlers } from '../ipc/app-handlers';
import { checkExportBytes } from './export-bytes';
import { exportFileName, withExtension } from './export-file-names';
import { utf8 } from './test-files.test-helper';

/** The smallest shape Chromium's printToPDF output has: a header, a body, an end-of-file marker. */
const PDF = utf8('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('the report PDF the desktop app saves', () => {
  it('is written when it is a whole PDF, named .pdf', () => {
    expect(checkExportBytes(PDF, 'pdf')).toBeNull();
    expect(exportFileName('Checkout API report', 'pdf')).toMatch(/\.pdf$/);
    expect(withExtension('/home/me/report', 'pdf')).toBe('/home/me/report.pdf');
  });

  it.each([
    ['an HTML page', utf8('<!doctype html><p>report</p>'), /does not start with %PDF-/],
    ['a PDF cut short', PDF.subarray(0, 30), /cut short/],
  ])('refuses %s, saying why', (_name, bytes, reason) => {
    let error: unknown;
    try {
      checkExportBytes(bytes, 'pdf');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(HandlerError);
    expect((error as HandlerError).message).toMatch(/^The file was not saved: it is not a PDF/);
    expect((error as HandlerError).message).toMatch(reason);
  });
});

describe('exportReportPdf in browser mode', () => {
  it('answers that the browser prints the report itself', async () => {
    const table = createAppHandlers({
      shell: 'browser',
      dataDir: '/nonexistent',
      version: '0',
      versions: {},
      pricing: {} as never,
      profiles: {} as never,
      shellEvents: { wait: async () => ({ counter: 0, events: [] }) },
    });
    const reply = await table.dispatch('exportReportPdf', { suggestedName: 'x', pageSize: 'a4' });
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'unsupported', message: expect.stringContaining('Print / Save as PDF') },
    });
  });
});
