import writeXlsxFile, { type Cell, type Sheet } from 'write-excel-file/universal';
import type { CellFormat, CellValue, Column, NamedTable } from './table';

/**
 * Excel number formats per column format. Money carries the en-US dollar
 * sign whatever the reader's locale ([$$-409]); a unit price keeps its
 * digits (AWS quotes some to ten decimals); quantities stay General, so
 * whole numbers don't gain a trailing point.
 */
const EXCEL_FORMAT: Record<CellFormat, string | undefined> = {
  usd: '[$$-409]#,##0.00',
  'unit-price': '[$$-409]#,##0.00##########',
  quantity: undefined,
  percent: '0.0%',
  times: '0.00"×"',
  text: undefined,
};

const SHEET_NAME_MAX = 31;

function cell(value: CellValue, column: Column): Cell {
  if (value === null) return null;
  if (typeof value === 'string') return { value, type: String };
  const format = EXCEL_FORMAT[column.format];
  return format ? { value, type: Number, format } : { value, type: Number };
}

/** Excel refuses a sheet name over 31 characters or holding any of : \ / ? * [ ]. */
export function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, '-').slice(0, SHEET_NAME_MAX) || 'Sheet';
}

/** Spreadsheet sheets of the library's shape: a bold, frozen header row, each column at its width. */
function toSheet(table: NamedTable): Sheet<never> {
  const header: Cell[] = table.columns.map((c) => ({ value: c.title, type: String, fontWeight: 'bold' }));
  const rows = table.rows.map((row) => table.columns.map((c, i) => cell(row[i] ?? null, c)));
  return {
    sheet: sheetName(table.name),
    data: [header, ...rows],
    columns: table.columns.map((c) => ({ width: c.width })),
    stickyRowsCount: 1,
  };
}

/**
 * The tables as an .xlsx workbook, one sheet each. Every file inside is far
 * under fflate's 160 KB threshold, so it is compressed on this thread: no
 * worker is started (the app's CSP would not allow one from a blob: URL).
 */
export async function writeXlsx(tables: readonly NamedTable[]): Promise<Uint8Array<ArrayBuffer>> {
  const blob = await writeXlsxFile(tables.map(toSheet)).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
