import type { CellValue, Column, Table } from './table';

/**
 * RFC 4180 text: CRLF between records, every field that holds a comma, a
 * quote or a line break in double quotes (quotes doubled), a header record
 * first. A UTF-8 byte order mark leads so spreadsheet apps (Excel above all)
 * read the text as UTF-8 rather than the system's code page.
 */
export const CSV_BOM = '\uFEFF';

const NEEDS_QUOTES = /[",\r\n]/;
/**
 * A cell a spreadsheet would run as a formula when the file is opened (OWASP's
 * "CSV injection"): text starting with one of these gets a leading apostrophe,
 * which spreadsheets read as "this is text". Names and labels can be typed by anyone.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function quoted(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A number as digits a spreadsheet reads back exactly: no grouping, no exponent. */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  if (!/e/i.test(text)) return text;
  // 1e-7 → "0.0000001"; toFixed covers every magnitude a bill has.
  const fixed = value.toFixed(20);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

function field(value: CellValue, column: Column): string {
  if (value === null) return '';
  if (typeof value === 'number') return column.format === 'usd' ? value.toFixed(2) : plainNumber(value);
  return quoted(FORMULA_START.test(value) ? `'${value}` : value);
}

/** The table as a CSV file's text, BOM included. */
export function tableToCsv(table: Table): string {
  const header = table.columns.map((c) => quoted(c.title)).join(',');
  const records = table.rows.map((row) => table.columns.map((c, i) => field(row[i] ?? null, c)).join(','));
  return `${CSV_BOM}${[header, ...records].join('\r\n')}\r\n`;
}
