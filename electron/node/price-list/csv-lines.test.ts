import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvError, CsvRowScanner, csvFields } from './csv-lines';

const quote = (field: string) => (field === '' ? '' : `"${field.replace(/"/g, '""')}"`);

/** The head rows and the candidate rows (with their numbers) a scan finds in `chunks`. */
function scan(chunks: readonly Buffer[], wanted: RegExp, headRows = 2) {
  const head: string[][] = [];
  const found: Array<[number, string[]]> = [];
  const scanner = new CsvRowScanner({
    headRows,
    onHead: (line) => head.push(csvFields(line)),
    wanted,
    onCandidate: (line, row) => found.push([row, csvFields(line)]),
  });
  for (const chunk of chunks) scanner.write(chunk);
  scanner.end();
  return { head, found };
}

/** The UTF-8 bytes of `text`, cut anywhere, even inside a character. */
function split(text: string, cuts: number[]): Buffer[] {
  const bytes = Buffer.from(text);
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  return [0, ...points].map((p, i, all) => bytes.subarray(p, all[i + 1] ?? bytes.length));
}

describe('AWS CSV rows', () => {
  it('finds exactly the rows that hold a wanted value, with their row numbers, however the text is split', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'B', ',', '"', ' ', 'é', 'Box', 'Usage:t3') });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 2, maxLength: 12 }),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 8 }),
        (generated, crlf, finalBreak, cuts) => {
          // A row of one empty field is an empty line, which is not a row.
          const rows = generated.map((r) => (r.length === 1 && r[0] === '' ? ['x'] : r));
          const text = rows.map((r) => r.map(quote).join(',')).join(crlf ? '\r\n' : '\n') + (finalBreak ? '\n' : '');
          const wanted = /BoxUsage:t3"/g;
          // Candidates are chosen by their text: the caller checks the fields.
          const expected = rows
            .map((r, i) => [i + 1, r] as [number, string[]])
            .filter(([row, r]) => row > 2 && r.map(quote).join(',').includes('BoxUsage:t3"'));
          const { head, found } = scan(split(text, cuts), wanted);
          expect(head).toEqual(rows.slice(0, 2));
          expect(found).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads empty fields left unquoted, as AWS writes them', () => {
    expect(csvFields('"SKU1","Hrs",,,"USD",')).toEqual(['SKU1', 'Hrs', '', '', 'USD', '']);
  });

  it('refuses a quote that is never closed, and a line too long to be a row', () => {
    expect(() => csvFields('"a","b')).toThrow(new CsvError('a quoted field is not closed'));
    expect(() => csvFields('"a"b')).toThrow(/unexpected "b" after a quoted field/);
    const long = [Buffer.from('x\n'), Buffer.alloc(1024 * 1024 + 1, 'y')];
    expect(() => scan(long, /z/g, 0)).toThrow(/row 2 is longer than 1 MB/);
  });
});
