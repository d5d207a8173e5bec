/**
 * Where each rule the stand-in enforces is written down by Electron. A broken
 * rule throws as Electron would, and is also logged, so code that swallows
 * the throw still shows up in the harness's report.
 */
export const ELECTRON_DOCS = {
  whenReady: 'https://www.electronjs.org/docs/latest/api/app#appwhenready',
  // "If the path specifies a directory that does not exist, an Error is thrown";
  // Electron also refuses a relative path ("Path must be absolute").
  setPath: 'https://www.electronjs.org/docs/latest/api/app#appsetpathname-path',
  getPath: 'https://www.electronjs.org/docs/latest/api/app#appgetpathname',
  quit: 'https://www.electronjs.org/docs/latest/api/app#appquit',
  windowAllClosed: 'https://www.electronjs.org/docs/latest/api/app#event-window-all-closed',
  webContentsCreated: 'https://www.electronjs.org/docs/latest/api/app#event-web-contents-created',
  // "This method can only be used before the ready event of the app module gets emitted and can be called only once."
  registerSchemesAsPrivileged:
    'https://www.electronjs.org/docs/latest/api/protocol#protocolregisterschemesasprivilegedcustomschemes',
  // "All methods unless specified can only be used after the ready event of the app module gets emitted."
  protocolAfterReady: 'https://www.electronjs.org/docs/latest/api/protocol',
  protocolHandle: 'https://www.electronjs.org/docs/latest/api/protocol#protocolhandlescheme-handler',
  // Electron throws "Session can only be received when app is ready" (electron/electron#5820).
  sessionAfterReady: 'https://www.electronjs.org/docs/latest/api/session#sessiondefaultsession',
  // "By default, Electron will automatically approve all permission requests unless the developer has manually configured a custom handler."
  permissionsDefault:
    'https://www.electronjs.org/docs/latest/tutorial/security#5-handle-session-permission-requests-from-remote-content',
  // "This module cannot be used until the ready event of the app module is emitted."
  browserWindowAfterReady: 'https://www.electronjs.org/docs/latest/api/browser-window',
  screenAfterReady: 'https://www.electronjs.org/docs/latest/api/screen',
  willNavigate: 'https://www.electronjs.org/docs/latest/api/web-contents#event-will-navigate',
  willRedirect: 'https://www.electronjs.org/docs/latest/api/web-contents#event-will-redirect',
  willAttachWebview: 'https://www.electronjs.org/docs/latest/api/web-contents#event-will-attach-webview',
  windowOpenHandler: 'https://www.electronjs.org/docs/latest/api/web-contents#contentssetwindowopenhandlerhandler',
  // A second handler on a channel throws "Attempted to register a second handler for '<channel>'"
  // (electron/electron lib/browser/ipc-main-impl.ts; electron/fiddle#765).
  ipcMainHandle: 'https://www.electronjs.org/docs/latest/api/ipc-main#ipcmainhandlechannel-listener',
  // "Arguments will be serialized with the Structured Clone Algorithm ... Sending Functions, Promises,
  // Symbols, WeakMaps, or WeakSets will throw an exception."
  ipcRendererInvoke: 'https://www.electronjs.org/docs/latest/api/ipc-renderer#ipcrendererinvokechannel-args',
  senderFrame: 'https://www.electronjs.org/docs/latest/api/structures/ipc-main-invoke-event',
  // "Invalid template for MenuItem: must have at least one of label, role or type" (lib/browser/api/menu.ts).
  menuTemplate: 'https://www.electronjs.org/docs/latest/api/menu#menubuildfromtemplatetemplate',
  menuItemRoles: 'https://www.electronjs.org/docs/latest/api/menu-item#roles',
  accelerator: 'https://www.electronjs.org/docs/latest/api/accelerator',
  // The sandboxed preload's require gives only electron (renderer modules), events, timers and url;
  // its globals add Buffer, process, clearImmediate and setImmediate.
  sandboxedPreload: 'https://www.electronjs.org/docs/latest/tutorial/sandbox#preload-scripts',
  contextBridge: 'https://www.electronjs.org/docs/latest/api/context-bridge',
  // Options checked as lib/browser/print-to-pdf.ts does: page size names, inches, types; a bad one rejects.
  printToPDF: 'https://www.electronjs.org/docs/latest/api/web-contents#contentsprinttopdfoptions',
} as const;

export type ElectronRule = keyof typeof ELECTRON_DOCS;

/** Every rule broken during one run, in order, with the page that states it. */
export class ContractLog {
  readonly breaches: string[] = [];

  /** Logs the breach and throws it, as Electron would at that call. */
  fail(rule: ElectronRule, message: string): never {
    const text = `${message} (${ELECTRON_DOCS[rule]})`;
    this.breaches.push(text);
    throw new Error(text);
  }

  /** Logs a breach Electron does not throw for but that leaves the app broken or unsafe. */
  note(rule: ElectronRule, message: string): void {
    this.breaches.push(`${message} (${ELECTRON_DOCS[rule]})`);
  }
}
