/**
 * A table as an export writes it: columns that say how their numbers read,
 * rows of plain values. The CSV and the workbook are both written from
 * tables, so the two never disagree on a figure or a heading.
 */

/** Numbers stay numbers; text stays text; an empty cell is null. */
export type CellValue = string | number | null;

/**
 * How a column's numbers are shown: money to the cent, a unit price at full
 * precision, a plain quantity, a ratio as a percentage or a multiple.
 */
export type CellFormat = 'usd' | 'unit-price' | 'quantity' | 'percent' | 'times' | 'text';

export interface Column {
  title: string;
  format: CellFormat;
  /** In characters, for the workbook; a CSV has no widths. */
  width: number;
}

export interface Table {
  columns: readonly Column[];
  rows: readonly (readonly CellValue[])[];
}

export interface NamedTable extends Table {
  /** The sheet's name in a workbook: at most 31 characters, none of []:*?/\ . */
  name: string;
}

export const column = (title: string, format: CellFormat, width: number): Column => ({ title, format, width });

/** Money as AWS bills it: to the cent. */
export const cents = (usd: number): number => Math.round(usd * 100) / 100;
