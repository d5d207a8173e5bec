import { comparisonCsv, estimateCsv, estimateFileBase } from '../../../../electron/common/estimate/estimate-files';
import type { PricedWorkload } from '../../../../electron/common/estimate/estimate-tables';
import { saveExport, type DeliveryOutcome } from '../export/deliver';
import { appVersion } from '../export/export-facts';
import { UNTITLED_WORKLOAD } from '../export/provenance';
import { pricing } from '../pricing/pricing.svelte';
import { profiles } from '../profiles/profiles.svelte';

export type EstimateFormat = 'csv' | 'xlsx';

const FORMAT_WORDS: Record<EstimateFormat, string> = { csv: 'CSV', xlsx: 'Excel workbook' };
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The workload on the Costs page with the costs shown for it, or null before the first answer. */
export function currentPriced(): PricedWorkload | null {
  const { result, shownWorkload } = pricing;
  if (!result || !shownWorkload) return null;
  const open = profiles.open?.profile;
  return {
    name: open?.name.trim() || UNTITLED_WORKLOAD,
    workload: shownWorkload,
    result,
    unsavedChanges: open !== undefined && profiles.dirty,
    notes: open?.notes,
  };
}

const stamp = async () => ({ appVersion: await appVersion(), exportedAt: new Date().toISOString() });

/** The file's bytes; the workbook's library is fetched only now, the first time one is asked for. */
async function estimateFile(format: EstimateFormat, priced: readonly PricedWorkload[]): Promise<Blob> {
  if (format === 'csv') {
    const text = priced.length > 1 ? comparisonCsv(priced, await stamp()) : estimateCsv(priced);
    return new Blob([text], { type: 'text/csv;charset=utf-8' });
  }
  const [{ estimateXlsx }, version] = await Promise.all([
    import('../../../../electron/common/estimate/estimate-xlsx'),
    appVersion(),
  ]);
  const bytes = await estimateXlsx(priced, { appVersion: version, exportedAt: new Date().toISOString() });
  return new Blob([bytes], { type: XLSX_TYPE });
}

function describe(outcome: DeliveryOutcome, format: EstimateFormat, subject: string): string {
  const as = FORMAT_WORDS[format];
  switch (outcome.status) {
    case 'cancelled':
      return `${as} export cancelled.`;
    case 'downloaded':
      return `Exported ${subject} as ${outcome.fileName}.`;
    case 'saved':
      return `Saved ${subject} as ${as} to ${outcome.path}.`;
  }
}

/**
 * Writes one estimate, or a comparison of several, as CSV or a workbook, and
 * says what happened: the desktop app's save dialog, or a download.
 */
export async function exportEstimate(format: EstimateFormat, priced: readonly PricedWorkload[]): Promise<string> {
  if (priced.length === 0) throw new Error('Nothing to export: the workload is not priced yet.');
  const fileName = `${estimateFileBase(priced.map((p) => p.name))}.${format}`;
  const outcome = await saveExport(fileName, await estimateFile(format, priced));
  const subject =
    priced.length > 1
      ? `the comparison of ${priced.map((p) => `“${p.name}”`).join(' and ')}`
      : `the costs of “${priced[0]!.name}”`;
  return describe(outcome, format, subject);
}
