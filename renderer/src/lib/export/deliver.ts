import { downloadBlob } from '../profiles/download';

export type Delivery = 'delivered' | 'cancelled';

/**
 * The one place an export's bytes leave the app. In browser mode it is a
 * download; the desktop app will replace this body with its save dialog
 * (which a user can cancel), so callers already await a Delivery.
 */
export async function deliverExport(fileName: string, blob: Blob): Promise<Delivery> {
  downloadBlob(fileName, blob);
  return 'delivered';
}
