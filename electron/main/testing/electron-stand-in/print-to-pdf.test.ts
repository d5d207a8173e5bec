import { describe, expect, it } from 'vitest';
import { ContractLog } from './contract';
import { WebContentsStandIn } from './windows';

// What Electron's printToPDF does with its options (docs: web-contents#contentsprinttopdfoptions;
// checks as lib/browser/print-to-pdf.ts makes them), so the harness refuses what Electron would.
describe('the stand-in’s webContents.printToPDF', () => {
  const contents = (log = new ContractLog()) => {
    const webContents = new WebContentsStandIn(log);
    webContents.navigateInPage('app://explorer/#/report');
    return webContents;
  };

  it('prints Letter with 0.4 in margins and no backgrounds when given no options', async () => {
    const webContents = contents();
    const pdf = await webContents.printToPDF({});
    expect(pdf.toString('latin1')).toMatch(/^%PDF-[\s\S]*\/MediaBox \[0 0 612 792\][\s\S]*%%EOF\n$/); // 8.5 × 11 in at 72 pt/in
    expect(webContents.printedToPdf[0]).toMatchObject({
      url: 'app://explorer/#/report',
      settings: {
        paperWidth: 8.5,
        paperHeight: 11,
        margins: { top: 0.4, bottom: 0.4, left: 0.4, right: 0.4 },
        printBackground: false,
        preferCSSPageSize: false,
      },
    });
  });

  it('takes page size names in any case, and sizes in inches', async () => {
    const webContents = contents();
    await webContents.printToPDF({ pageSize: 'a4' });
    await webContents.printToPDF({ pageSize: 'Letter' });
    await webContents.printToPDF({ pageSize: { width: 5, height: 7 } });
    expect(webContents.printedToPdf.map((call) => [call.settings.paperWidth, call.settings.paperHeight])).toEqual([
      [8.27, 11.7],
      [8.5, 11],
      [5, 7],
    ]);
  });

  it.each([
    [{ pageSize: 'US Letter' }, 'Invalid pageSize US Letter'],
    [{ pageSize: { width: 5 } }, 'width and height properties are required for pageSize'],
    [{ printBackground: 'yes' }, 'printBackground must be a boolean'],
    [{ margins: { top: 12 }, pageSize: 'A4' }, 'margins must be less than or equal to pageSize'],
    [{ margins: { left: '1cm' } }, 'margins.left must be a number'],
  ])('rejects %j as Electron does, and logs the broken rule', async (options, message) => {
    const log = new ContractLog();
    const webContents = contents(log);
    await expect(webContents.printToPDF(options)).rejects.toThrow(message);
    expect(webContents.printedToPdf).toEqual([]);
    expect(log.breaches).toEqual([expect.stringContaining(message)]);
  });
});
