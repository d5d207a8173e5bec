import type { AppStandIn } from './app';
import type { ContractLog } from './contract';
import type { WebContentsStandIn } from './windows';

export interface CustomScheme {
  scheme: string;
  privileges?: Record<string, boolean>;
}

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

/** What a page would get for a URL: the status, headers and body the app's handler answered. */
export interface ProtocolAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** `protocol`: privileged schemes only before ready, handlers only after. */
export function createProtocol(app: AppStandIn, log: ContractLog) {
  const privileged: CustomScheme[] = [];
  const handlers = new Map<string, ProtocolHandler>();
  let privilegedCalls = 0;

  const protocol = {
    registerSchemesAsPrivileged(schemes: CustomScheme[]): void {
      if (app.isReady()) log.fail('registerSchemesAsPrivileged', 'protocol.registerSchemesAsPrivileged after ready');
      if (++privilegedCalls > 1) log.fail('registerSchemesAsPrivileged', 'protocol.registerSchemesAsPrivileged twice');
      privileged.push(...schemes.map((entry) => ({ scheme: entry.scheme, privileges: { ...entry.privileges } })));
    },
    handle(scheme: string, handler: ProtocolHandler): void {
      app.requireReady('protocolAfterReady', `protocol.handle('${scheme}')`);
      if (handlers.has(scheme)) log.fail('protocolHandle', `protocol.handle('${scheme}') twice`);
      handlers.set(scheme, handler);
    },
    unhandle(scheme: string): void {
      handlers.delete(scheme);
    },
    isProtocolHandled(scheme: string): boolean {
      return handlers.has(scheme);
    },
  };

  /** Requests `url` as the renderer would; a scheme nobody handles fails as Chromium's load does. */
  async function request(url: string): Promise<ProtocolAnswer> {
    const scheme = new URL(url).protocol.slice(0, -1);
    const handler = handlers.get(scheme);
    if (!handler) throw new Error(`ERR_UNKNOWN_URL_SCHEME: nothing handles ${scheme}: (${url})`);
    const response = await handler(new Request(url));
    if (!(response instanceof Response)) {
      log.fail('protocolHandle', `the ${scheme}: handler answered ${url} with something other than a Response`);
    }
    return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
  }

  return { protocol, privileged, request };
}

type PermissionRequestHandler = (
  contents: WebContentsStandIn,
  permission: string,
  callback: (granted: boolean) => void,
  details: Record<string, unknown>,
) => void;
type PermissionCheckHandler = (
  contents: WebContentsStandIn | null,
  permission: string,
  requestingOrigin: string,
  details: Record<string, unknown>,
) => boolean;

/** `session`: the default session exists only once the app is ready. */
export function createSession(app: AppStandIn) {
  let requestHandler: PermissionRequestHandler | null = null;
  let checkHandler: PermissionCheckHandler | null = null;
  const defaultSession = {
    setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
      requestHandler = handler;
    },
    setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
      checkHandler = handler;
    },
  };
  const session = {
    get defaultSession() {
      app.requireReady('sessionAfterReady', 'session.defaultSession');
      return defaultSession;
    },
  };

  /** A page asks for a permission; with no handler, Electron grants it. */
  function requestPermission(contents: WebContentsStandIn, permission: string): Promise<boolean> {
    if (!requestHandler) return Promise.resolve(true);
    const handler = requestHandler;
    return new Promise((resolve) => handler(contents, permission, resolve, { requestingUrl: contents.getURL() }));
  }

  /** A page checks a permission synchronously; with no handler, Electron says yes. */
  function checkPermission(contents: WebContentsStandIn, permission: string): boolean {
    if (!checkHandler) return true;
    return checkHandler(contents, permission, new URL(contents.getURL()).origin, {});
  }

  return { session, requestPermission, checkPermission };
}
