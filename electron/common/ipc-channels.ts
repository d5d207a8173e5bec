/**
 * The one list of IPC methods. Keys are the names the renderer calls
 * (`window.explorer.getAppInfo()`); values are the Electron channel names and
 * the browser host's `/api/<key>` paths. No schemas here, so the preload can
 * import it without bundling a validator.
 */
export const IPC_CHANNELS = {
  getAppInfo: 'app:get-info',
  getPreferences: 'prefs:get',
  updatePreferences: 'prefs:update',
  getPriceBook: 'pricing:get-price-book',
  listPriceBooks: 'pricing:list-price-books',
  evaluatePricing: 'pricing:evaluate',
  findBreakEven: 'pricing:break-even',
  evaluateProfiles: 'pricing:evaluate-profiles',
  profileKeyFigures: 'profiles:key-figures',
  listProfiles: 'profiles:list',
  getProfile: 'profiles:get',
  createProfile: 'profiles:create',
  saveProfile: 'profiles:save',
  renameProfile: 'profiles:rename',
  duplicateProfile: 'profiles:duplicate',
  deleteProfile: 'profiles:delete',
  restoreProfile: 'profiles:restore',
  importProfile: 'profiles:import',
  exportProfile: 'profiles:export',
  waitForProfileChanges: 'profiles:wait-for-changes',
  saveExportFile: 'export:save-file',
  chooseExportFolder: 'export:choose-folder',
  writeExportFile: 'export:write-file',
  copyImageToClipboard: 'export:copy-image',
  exportReportPdf: 'export:report-pdf',
  waitForShellEvents: 'shell:wait-for-events',
  choosePriceFiles: 'prices:choose-files',
  startPriceImport: 'prices:start-import',
  sendPriceFileChunk: 'prices:send-file-chunk',
  waitForPriceJob: 'prices:wait-for-job',
  cancelPriceJob: 'prices:cancel-job',
  planPriceUpdate: 'prices:plan-update',
  startPriceUpdate: 'prices:start-update',
  getPriceBookData: 'pricing:get-price-book-data',
  getCachedDiagrams: 'diagrams:get-cached',
  storeCachedDiagrams: 'diagrams:store-cached',
} as const;

export type IpcMethod = keyof typeof IPC_CHANNELS;

export const IPC_METHODS = Object.keys(IPC_CHANNELS) as IpcMethod[];

export function isIpcMethod(name: string): name is IpcMethod {
  return Object.hasOwn(IPC_CHANNELS, name);
}
