import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import readExcelFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../pricing/evaluate';
import { BARE, workload } from '../pricing/test-helpers';
import { CSV_BOM } from './csv';
import { estimateCsv, estimateFileBase } from './estimate-files';
import type { PricedWorkload } from './estimate-tables';
import { estimateXlsx } from './estimate-xlsx';

/**
 * AWS's Lambda "mobile application backend" example (x86, free tier):
 * 3 M requests × 120 ms × 1,536 MB → $2.33 duration + $0.40 requests = $2.73
 * (the figures are AWS's, reproduced by aws-examples.test.ts).
 */
const MOBILE_BACKEND = workload({ ...BARE, requestsPerMonth: 3_000_000, durationMs: 120, memoryMB: 1536 });

function priced(name: string, w = MOBILE_BACKEND): PricedWorkload {
  return { name, workload: w, result: evaluate(w) };
}

const STAMP = { appVersion: '1.2.3', exportedAt: '2026-11-30T10:00:00.000Z' };

type Record = { [column: string]: string };

function readCsv(text: string): Record[] {
  return parse(text, { bom: true, columns: true, skip_empty_lines: true }) as Record[];
}

describe('estimate CSV', () => {
  const text = estimateCsv([priced('Checkout API')]);
  const rows = readCsv(text);

  it('starts with a UTF-8 byte order mark and ends every record with CRLF', () => {
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/\n/);
  });

  it('has one row per line item with the columns the brief names', () => {
    expect(Object.keys(rows[0]!)).toEqual([
      'Option',
      'Line item',
      'Quantity',
      'Unit',
      'Unit price (USD)',
      'Monthly (USD)',
      'Yearly (USD)',
      'Formula',
      'Price id',
      'Source',
      'Region',
      'Price book version',
    ]);
    const lambda = rows.filter((r) => r.Option === 'Lambda');
    expect(lambda.map((r) => [r['Line item'], r['Monthly (USD)'], r['Yearly (USD)']])).toEqual([
      ['Lambda requests', '0.40', '4.80'],
      ['Lambda duration (x86)', '2.33', '27.96'],
    ]);
    expect(lambda[1]!.Formula).toContain('3,000,000 requests × 0.12 s × 1.5 GB');
    expect(lambda[0]!.Region).toBe('us-east-1');
  });

  it("every option's lines add up to the engine's monthly total", () => {
    for (const option of evaluate(MOBILE_BACKEND).options.filter((o) => o.feasible)) {
      const cents = rows
        .filter((r) => r.Option === option.label)
        .reduce((sum, r) => sum + Math.round(Number(r['Monthly (USD)']) * 100), 0);
      expect(cents / 100, option.label).toBeCloseTo(option.monthlyUSD!, 10);
    }
  });

  it('quotes commas, quotes and line breaks, and defuses text a spreadsheet would run as a formula', () => {
    const tricky = estimateCsv([priced('=HYPERLINK("x"), 1'), priced('Two\r\nlines')]);
    const back = readCsv(tricky);
    expect(back[0]!.Profile).toBe(`'=HYPERLINK("x"), 1`);
    expect(back.at(-1)!.Profile).toBe('Two\r\nlines');
  });

  it('names each profile in a first column when several are exported', () => {
    const both = readCsv(estimateCsv([priced('A'), priced('B')]));
    expect(new Set(both.map((r) => r.Profile))).toEqual(new Set(['A', 'B']));
    expect(both.length).toBe(rows.length * 2);
  });
});

describe('estimate workbook', () => {
  it('holds summary, line items, workload and provenance sheets, numbers as numbers', async () => {
    const bytes = await estimateXlsx([priced('Checkout API')], STAMP);
    const sheets = await readExcelFile(Buffer.from(bytes));
    expect(sheets.map((s) => s.sheet)).toEqual(['Summary', 'Line items', 'Workload', 'Provenance']);

    const summary = sheets[0]!.data;
    expect(summary[0]).toEqual(['Option', 'Monthly (USD)', 'Yearly (USD)', 'Upfront (USD)', 'Rank', 'Note']);
    const lambda = summary.find((row) => row[0] === 'Lambda')!;
    expect(lambda[1]).toBe(2.73);
    expect(lambda[2]).toBe(32.76);
    // Every feasible option's total is the engine's.
    for (const option of evaluate(MOBILE_BACKEND).options) {
      const row = summary.find((r) => r[0] === option.label)!;
      expect(row[1], option.label).toBe(option.feasible ? option.monthlyUSD : null);
    }

    const lines = sheets[1]!.data;
    const requests = lines.find((row) => row[1] === 'Lambda requests')!;
    // 3 M requests − 1 M free = 2 M × $0.20 = $0.40 a month, $4.80 a year.
    expect(requests.slice(2, 7)).toEqual([2, '1M requests', 0.2, 0.4, 4.8]);

    const inputs = sheets[2]!.data;
    expect(inputs.find((row) => row[0] === 'Requests (or jobs) per month')?.[1]).toBe(3_000_000);

    const provenance = Object.fromEntries(sheets[3]!.data.map((row) => [row[0], row[1]]));
    expect(provenance).toMatchObject({
      'Made with': 'Compute Explorer 1.2.3',
      'Exported at': STAMP.exportedAt,
      Profile: 'Checkout API',
      Region: 'us-east-1',
    });
  });

  it('formats money as US dollars to the cent', async () => {
    const bytes = await estimateXlsx([priced('Checkout API')], STAMP);
    const styles = strFromU8(unzipSync(bytes)['xl/styles.xml']!);
    expect(styles).toContain('formatCode="[$$-409]#,##0.00"');
  });

  it('compares several profiles: each one’s cost, the difference, % and ×, and which is cheapest', async () => {
    const double = workload({ ...BARE, requestsPerMonth: 6_000_000, durationMs: 120, memoryMB: 1536 });
    const bytes = await estimateXlsx([priced('Today'), priced('Peak', double)], STAMP);
    const [summary] = await readExcelFile(Buffer.from(bytes));
    expect(summary!.data[0]).toEqual([
      'Option',
      'Today (USD/month)',
      'Peak (USD/month)',
      'Peak − Today (USD)',
      'Peak vs Today (%)',
      'Peak vs Today (×)',
      'Cheapest option of',
    ]);
    // By hand: 6 M requests − 1 M free = 5 M × $0.20 = $1.00; 1,080,000 GB-s − 400,000 free
    // = 680,000 × $0.0000166667 = $11.33; $12.33 against $2.73 → +$9.60, ×4.516…
    const lambda = summary!.data.find((row) => row[0] === 'Lambda')!;
    expect(lambda.slice(1, 4)).toEqual([2.73, 12.33, 9.6]);
    expect(lambda[4]).toBeCloseTo(12.33 / 2.73 - 1, 10);
    expect(lambda[5]).toBeCloseTo(12.33 / 2.73, 10);
  });
});

describe('export file names', () => {
  it('name the subject and the profiles, in any script, safe in a path', () => {
    expect(estimateFileBase(['Checkout API'])).toBe('compute-explorer-costs-checkout-api');
    expect(estimateFileBase(['Zürich / Nacht', 'Tag'])).toBe('compute-explorer-comparison-zürich-nacht-vs-tag');
    expect(estimateFileBase(['***'])).toBe('compute-explorer-costs');
  });
});
