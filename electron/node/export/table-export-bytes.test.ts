import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { estimateCsv } from '../../common/estimate/estimate-files';
import { estimateXlsx } from '../../common/estimate/estimate-xlsx';
import { DEFAULT_WORKLOAD, evaluate } from '../../common/pricing';
import { createDesktopExportService } from './desktop-export-service';
import { checkExportBytes } from './export-bytes';
import { csvProblem, xlsxProblem } from './table-export-bytes';
import { pngBytes, utf8 } from './test-files.test-helper';

const priced = [{ name: 'Checkout', workload: DEFAULT_WORKLOAD, result: evaluate(DEFAULT_WORKLOAD) }];
const csv = utf8(estimateCsv(priced));
const xlsx = () => estimateXlsx(priced, { appVersion: '1.0.0', exportedAt: '2026-01-01T00:00:00.000Z' });

describe('CSV check', () => {
  it('accepts the CSV "Export costs…" writes', () => {
    expect(csvProblem(csv)).toBeNull();
    expect(checkExportBytes(csv, 'csv')).toBeNull();
  });

  it('refuses text without the byte order mark, text cut short, and bytes that are not UTF-8', () => {
    expect(csvProblem(utf8('a,b\r\n'))).toMatch(/byte order mark/);
    expect(csvProblem(csv.subarray(0, csv.length - 5))).toMatch(/cut short/);
    expect(csvProblem(new Uint8Array([0xef, 0xbb, 0xbf, 0xff, 0x0d, 0x0a]))).toMatch(/not UTF-8/);
    expect(() => checkExportBytes(pngBytes(2, 2), 'csv')).toThrow(/The file was not saved: it is not a CSV file/);
  });
});

describe('workbook check', () => {
  it('accepts the workbook "Export costs…" writes', async () => {
    expect(xlsxProblem(await xlsx())).toBeNull();
  });

  it('refuses a workbook cut short, a zip without a workbook and a PNG', async () => {
    const bytes = await xlsx();
    expect(xlsxProblem(bytes.subarray(0, bytes.length - 30))).toMatch(/cut short/);
    expect(xlsxProblem(pngBytes(2, 2))).toMatch(/not a zip/);
    const renamed = new TextDecoder('latin1')
      .decode(bytes)
      .replaceAll('xl/workbook.xml', 'xl/notebook.xml')
      .split('')
      .map((c) => c.charCodeAt(0));
    expect(xlsxProblem(new Uint8Array(renamed))).toMatch(/no workbook/);
  });
});

describe('saving an estimate through the save dialog', () => {
  let root: string | null = null;
  afterEach(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('writes the workbook with .xlsx added to the name the user typed', async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'estimate-export-'));
    const chosen = path.join(root, 'costs');
    const service = createDesktopExportService({
      dataDir: root,
      defaultFolder: root,
      dialogs: { chooseSaveFile: async () => chosen, chooseFolder: async () => null },
      clipboard: { writePng: async () => undefined },
    });
    const bytes = await xlsx();
    const outcome = await service.saveExportFile({ suggestedName: 'compute-explorer-costs', kind: 'xlsx', bytes });
    expect(outcome).toEqual({ status: 'saved', path: `${chosen}.xlsx` });
    expect(new Uint8Array(await readFile(`${chosen}.xlsx`))).toEqual(bytes);
  });
});
