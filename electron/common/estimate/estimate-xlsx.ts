import { comparisonSheets, estimateSheets, type ExportStamp, type PricedWorkload } from './estimate-tables';
import { writeXlsx } from './write-xlsx';

/** The workbook of one estimate, or of a comparison when given several profiles. */
export function estimateXlsx(priced: readonly PricedWorkload[], stamp: ExportStamp): Promise<Uint8Array<ArrayBuffer>> {
  const [only, ...more] = priced;
  if (!only) throw new Error('Nothing to export: no workload was given.');
  return writeXlsx(more.length > 0 ? comparisonSheets(priced, stamp) : estimateSheets(only, stamp));
}
