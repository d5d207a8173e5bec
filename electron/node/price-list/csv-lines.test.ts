import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvError, CsvRecordSplitter, csvFields } from './csv-lines';

function records(chunks: readonly string[]): string[][] {
  const out: string[][] = [];
  const splitter = new CsvRecordSplitter((line) => out.push(csvFields(line)));
  for (const chunk of chunks) splitter.write(chunk);
  splitter.end();
  return out;
}

const quote = (field: string) => (field === '' ? '' : `"${field.replace(/"/g, '""')}"`);

describe('AWS CSV', () => {
  it('reads back any fields, with quotes, commas and line breaks, however the text is split', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'B', ',', '"', '\n', '\r\n', ' ', 'é') });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 8 }),
        (rows, crlf, cuts) => {
          // A lone empty field is an empty line, which is not a record.
          const written = rows.map((r) => (r.length === 1 && r[0] === '' ? ['x'] : r));
          const text = written.map((r) => r.map(quote).join(',')).join(crlf ? '\r\n' : '\n') + '\n';
          const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
          const chunks = [0, ...points].map((p, i, all) => text.slice(p, all[i + 1] ?? text.length));
          expect(records(chunks)).toEqual(written);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads empty fields left unquoted, as AWS writes them', () => {
    expect(csvFields('"SKU1","Hrs",,,"USD",')).toEqual(['SKU1', 'Hrs', '', '', 'USD', '']);
  });

  it('refuses a quote that is never closed, naming the row', () => {
    expect(() => records(['"a","b\n"c","d"\n'])).toThrow(new CsvError('row 1 has a quote that is never closed'));
    expect(() => csvFields('"a"b')).toThrow(/unexpected "b" after a quoted field/);
  });
});
