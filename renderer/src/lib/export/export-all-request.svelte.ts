/**
 * The one way to ask for "Export all": the export toolbar, the command
 * palette and the desktop menu all call `requestExportAll()`; the dialog
 * that does the work watches `exportAllRequest.open`.
 */
export const exportAllRequest = $state({ open: false });

export function requestExportAll(): void {
  exportAllRequest.open = true;
}

export function closeExportAll(): void {
  exportAllRequest.open = false;
}
