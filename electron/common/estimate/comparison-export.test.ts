import { parse } from 'csv-parse/sync';
import readExcelFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../pricing/evaluate';
import { BARE, workload } from '../pricing/test-helpers';
import { comparisonCsv } from './estimate-files';
import type { PricedWorkload } from './estimate-tables';
import { estimateXlsx } from './estimate-xlsx';

/**
 * AWS's Lambda "mobile application backend" example (x86, free tier):
 * 3 M requests × 120 ms × 1,536 MB → $2.33 duration + $0.40 requests = $2.73
 * (AWS's figures, reproduced by aws-examples.test.ts). Doubled and halved by hand below.
 */
const at = (requestsPerMonth: number) => workload({ ...BARE, requestsPerMonth, durationMs: 120, memoryMB: 1536 });

function priced(name: string, requests: number, notes = ''): PricedWorkload {
  const w = at(requests);
  return { name, workload: w, result: evaluate(w), notes };
}

const STAMP = { appVersion: '1.2.3', exportedAt: '2026-11-30T10:00:00.000Z' };
const THREE = [priced('Today', 3_000_000, 'Launch month'), priced('Peak', 6_000_000), priced('Quiet', 1_500_000)];

type Row = Record<string, string>;

describe('a three-profile comparison as CSV', () => {
  const rows = parse(comparisonCsv(THREE, STAMP), { bom: true, columns: true }) as Row[];
  const lambda = rows.find((row) => row.Option === 'Lambda')!;

  it('puts every profile’s monthly cost side by side', () => {
    // By hand: Peak 6 M requests − 1 M free = 5 M × $0.20 = $1.00 + (1,080,000 − 400,000) GB-s
    // × $0.0000166667 = $11.33 → $12.33. Quiet: 0.5 M requests billed = $0.10; 270,000 GB-s is
    // inside the 400,000 free → $0.10.
    expect([lambda['Today (USD/month)'], lambda['Peak (USD/month)'], lambda['Quiet (USD/month)']]).toEqual([
      '2.73',
      '12.33',
      '0.10',
    ]);
  });

  it('sets each later profile against the first: difference, % and ×', () => {
    // By hand: 12.33 − 2.73 = +9.60; 0.10 − 2.73 = −2.63; 0.10 ÷ 2.73 = 0.0366…
    expect(lambda['Peak − Today (USD)']).toBe('9.60');
    expect(lambda['Quiet − Today (USD)']).toBe('-2.63');
    expect(Number(lambda['Quiet vs Today (×)'])).toBeCloseTo(0.1 / 2.73, 10);
    expect(Number(lambda['Peak vs Today (%)'])).toBeCloseTo(12.33 / 2.73 - 1, 10);
  });

  it('ends with the provenance: app version, export date, each profile’s notes and price book', () => {
    const pairs = rows.map((row) => [row.Option, row['Today (USD/month)']]);
    expect(pairs).toContainEqual(['Made with', 'Compute Explorer 1.2.3']);
    expect(pairs).toContainEqual(['Exported at', STAMP.exportedAt]);
    expect(pairs).toContainEqual(['Notes of Today', 'Launch month']);
    const book = THREE[0]!.result.priceBook;
    const pricedWith = pairs.filter(([field]) => field === 'Priced with');
    expect(pricedWith).toHaveLength(3);
    expect(pricedWith[0]![1]).toBe(`${book.region} price book ${book.version}, prices as of ${book.asOf}`);
  });
});

describe('a three-profile comparison as a workbook', () => {
  it('has a summary with a column per profile and the differences against the first', async () => {
    const [summary, , , provenance] = await readExcelFile(Buffer.from(await estimateXlsx(THREE, STAMP)));
    const header = summary!.data[0]!;
    expect(header.slice(1, 4)).toEqual(['Today (USD/month)', 'Peak (USD/month)', 'Quiet (USD/month)']);
    const lambda = summary!.data.find((row) => row[0] === 'Lambda')!;
    // Same hand figures as the CSV: $2.73, $12.33, $0.10; +$9.60 and −$2.63.
    expect(lambda.slice(1, 4)).toEqual([2.73, 12.33, 0.1]);
    expect(lambda[header.indexOf('Peak − Today (USD)')]).toBe(9.6);
    expect(lambda[header.indexOf('Quiet − Today (USD)')]).toBe(-2.63);
    expect(provenance!.data.filter((row) => row[0] === 'Priced with')).toHaveLength(3);
  });
});
