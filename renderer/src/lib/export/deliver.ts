export type Delivery = 'delivered' | 'cancelled';

/**
 * The one place an export's bytes leave the app. In browser mode it is a
 * download; the desktop app will replace this body with its save dialog
 * (which a user can cancel), so callers already await a Delivery.
 */
export async function deliverExport(fileName: string, blob: Blob): Promise<Delivery> {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its own reference by the next task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return 'delivered';
}
