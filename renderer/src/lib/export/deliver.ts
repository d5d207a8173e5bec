import type { ExportKind } from '../../../../electron/common/desktop-ipc';
import { api } from '../api';
import { downloadBlob } from '../profiles/download';
import { inDesktopApp } from './desktop-shell';

export type Delivery = 'delivered' | 'cancelled';

export type DeliveryOutcome =
  /** The desktop app wrote the file where the user chose in its save dialog. */
  | { status: 'saved'; path: string }
  /** Browser mode handed it to the browser's downloads. */
  | { status: 'downloaded'; fileName: string }
  | { status: 'cancelled' };

function kindOf(fileName: string): ExportKind {
  if (/\.png$/i.test(fileName)) return 'png';
  if (/\.svg$/i.test(fileName)) return 'svg';
  if (/\.csv$/i.test(fileName)) return 'csv';
  if (/\.xlsx$/i.test(fileName)) return 'xlsx';
  throw new Error(`“${fileName}” is not a PNG, SVG, CSV or Excel file.`);
}

/**
 * The one place an export's bytes leave the app: in the desktop app a
 * native save dialog that proposes `fileName` (the main process checks the
 * bytes and writes only where the user chose); in browser mode a download.
 */
export async function saveExport(fileName: string, blob: Blob): Promise<DeliveryOutcome> {
  const kind = kindOf(fileName);
  if (!(await inDesktopApp())) {
    downloadBlob(fileName, blob);
    return { status: 'downloaded', fileName };
  }
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return api.saveExportFile({ suggestedName: fileName, kind, bytes });
}

/** For callers that only need to know whether the user cancelled. */
export async function deliverExport(fileName: string, blob: Blob): Promise<Delivery> {
  return (await saveExport(fileName, blob)).status === 'cancelled' ? 'cancelled' : 'delivered';
}

export interface DeliveredWhat {
  /** The diagram's label, e.g. "ECS on Fargate". */
  diagram: string;
  kind: 'PNG' | 'SVG';
  /** "a 1,200 × 800 px PNG", or "SVG". */
  as: string;
}

/** What the announcer says once an export is delivered: in the desktop app, where the file went. */
export function describeDelivery(outcome: DeliveryOutcome, what: DeliveredWhat): string {
  switch (outcome.status) {
    case 'cancelled':
      return `${what.kind} export cancelled.`;
    case 'downloaded':
      return `Exported the “${what.diagram}” diagram as ${what.as}.`;
    case 'saved':
      return `Saved the “${what.diagram}” diagram as ${what.as} to ${outcome.path}.`;
  }
}
