import { tableToCsv } from './csv';
import {
  comparisonSummaryTable,
  lineItemTable,
  provenanceTable,
  type ExportStamp,
  type PricedWorkload,
} from './estimate-tables';
import type { CellValue } from './table';

/**
 * The files "Export costs…" and `npm run price -- --csv/--xlsx` write, and
 * their names: the app and the CLI call these, so both write the same bytes.
 * The workbook is in estimate-xlsx.ts, apart, so the app loads its library
 * only when a workbook is asked for.
 */

const SLUG_MAX = 40;

/** Letters and digits in any script, lower-cased, joined by single dashes. */
function slug(text: string): string {
  const words =
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  return Array.from(words.join('-')).slice(0, SLUG_MAX).join('').replace(/-+$/, '');
}

/** `compute-explorer-costs-checkout-api`, `compute-explorer-comparison-a-vs-b`. */
export function estimateFileBase(names: readonly string[]): string {
  const subject = names.length > 1 ? 'comparison' : 'costs';
  const parts = names.map(slug).filter(Boolean);
  return ['compute-explorer', subject, parts.join('-vs-')].filter(Boolean).join('-');
}

/** Line items of one estimate, or of several profiles with a column naming each. */
export function estimateCsv(priced: readonly PricedWorkload[]): string {
  return tableToCsv(lineItemTable(priced));
}

/**
 * A comparison as one CSV: the profiles side by side (each one's cost, the
 * differences, the cheapest), then after a blank record the provenance as
 * field/value pairs in the first two columns, so a single file says where
 * its numbers came from. Every record has the header's number of fields.
 */
export function comparisonCsv(priced: readonly PricedWorkload[], stamp: ExportStamp): string {
  const summary = comparisonSummaryTable(priced);
  const pad = (row: readonly CellValue[]): CellValue[] => summary.columns.map((_, i) => row[i] ?? null);
  const provenance = provenanceTable(priced, stamp).rows;
  return tableToCsv({ columns: summary.columns, rows: [...summary.rows, pad([]), ...provenance.map(pad)] });
}
