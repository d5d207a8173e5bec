import { lineItemTable, summaryTable, type PricedWorkload } from '../../../../electron/common/estimate/estimate-tables';
import type { CellFormat, CellValue, Table } from '../../../../electron/common/estimate/table';
import { formatNumber, formatUnitPriceUSD, formatUSD } from '../../../../electron/common/pricing/format';
import { rankFeasible } from '../../../../electron/common/pricing/why';

/**
 * The report's tables, laid out from the same tables Export costs… writes
 * (`electron/common/estimate`), so the PDF, the CSV and the workbook can
 * never disagree on a figure.
 */

/** A cell as the page prints it: money to the cent, unit prices at full precision, empty as "—". */
export function cellText(value: CellValue, format: CellFormat): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  switch (format) {
    case 'usd':
      return formatUSD(value);
    case 'unit-price':
      return formatUnitPriceUSD(value);
    case 'percent':
      return `${formatNumber(value * 100, 1)}%`;
    case 'times':
      return `${formatNumber(value, 2)}×`;
    default:
      return formatNumber(value, 6);
  }
}

export interface ReportCostRow {
  option: string;
  monthly: string;
  yearly: string;
  upfront: string | null;
  note: string;
  recommended: boolean;
  feasible: boolean;
}

function column(table: Table, title: string): number {
  const index = table.columns.findIndex((c) => c.title === title);
  if (index < 0) throw new Error(`The estimate table has no “${title}” column.`);
  return index;
}

/** One row per option, in the engine's order; the cheapest option that can run the workload is the recommended one. */
export function costRows(priced: PricedWorkload): ReportCostRow[] {
  const table = summaryTable(priced);
  const [cheapest] = rankFeasible(priced.result.options);
  const at = (title: string) => column(table, title);
  const anyUpfront = priced.result.options.some((o) => (o.upfrontUSD ?? 0) > 0);
  return table.rows.map((row, index) => {
    const option = priced.result.options[index]!;
    const text = (title: string) => cellText(row[at(title)] ?? null, table.columns[at(title)]!.format);
    return {
      option: text('Option'),
      monthly: text('Monthly (USD)'),
      yearly: text('Yearly (USD)'),
      upfront: anyUpfront ? text('Upfront (USD)') : null,
      note: row[at('Note')] === null ? '' : text('Note'),
      recommended: option === cheapest,
      feasible: option.feasible,
    };
  });
}

export interface AppendixRow {
  option: string;
  line: string;
  quantity: string;
  unitPrice: string;
  monthly: string;
  formula: string;
  source: string;
}

/** Every line item of every option with its formula and where its price came from: the CSV's rows, printed. */
export function appendixRows(priced: PricedWorkload): AppendixRow[] {
  const table = lineItemTable([priced]);
  const at = (title: string) => column(table, title);
  return table.rows.map((row) => {
    const text = (title: string) => {
      const value = row[at(title)] ?? null;
      return value === null ? '' : cellText(value, table.columns[at(title)]!.format);
    };
    const unit = text('Unit');
    return {
      option: text('Option'),
      line: text('Line item'),
      quantity: [text('Quantity'), unit].filter(Boolean).join(' '),
      unitPrice: text('Unit price (USD)'),
      monthly: text('Monthly (USD)'),
      formula: text('Formula'),
      source: [text('Price id'), text('Source')].filter(Boolean).join(' · '),
    };
  });
}
