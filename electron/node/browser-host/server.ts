import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { SECURITY_HEADERS } from '../../common/csp';
import type { IpcResult } from '../../common/ipc-result';
import { PROFILE_TEXT_MAX } from '../../common/profiles/profile-schema';
import type { HandlerTable } from '../ipc/handler-table';
import { SOCKET_PATH } from '../../common/socket-protocol';
import { checkHost, checkJsonContentType, checkOrigin, checkToken, type Refusal } from './guards';
import { createSocketChannel } from './socket';
import { contentTypeFor, openStaticFile, resolveStaticFile } from './static-files';

export interface BrowserHostOptions {
  rendererRoot: string;
  handlers: HandlerTable;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
  /** Serve the bundle's source maps (a development flag; they hold the sources). */
  sourceMaps?: boolean;
  /** Called after each API call that passed the guards: the page has connected. */
  onAuthorisedCall?: () => void;
  /** Tests shorten these; the defaults suit one person's browser. */
  limits?: Partial<HostLimits>;
}

export interface HostLimits {
  /** A client gets this long to send its request headers (slow-loris clients are cut off). */
  headersTimeoutMs: number;
  /** ... and this long for the whole request. Replies may take longer: long polls wait up to a minute. */
  requestTimeoutMs: number;
  /** Open connections at once: a few tabs, each with its long polls, fit many times over. */
  maxConnections: number;
}

const DEFAULT_LIMITS: HostLimits = { headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, maxConnections: 64 };

export interface BrowserHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

// The largest call is an import: a 1 MB profile, which JSON escaping can grow up to six times.
const MAX_BODY_BYTES = PROFILE_TEXT_MAX * 6 + 64 * 1024;

/**
 * A call that was authorised and well-formed gets 200 whatever its outcome:
 * the envelope says whether it worked (as over Electron's IPC), and a refused
 * save or a bad import is an answer, not a transport failure.
 */
function statusFor(result: IpcResult<unknown>): number {
  if (result.ok) return 200;
  return result.error.code === 'unknown-method' ? 404 : 200;
}

/** The startup line is a documented format: tools and the e2e fixture parse it. */
export function startupLine(host: Pick<BrowserHost, 'url'>): string {
  return `Compute Explorer is running at ${host.url}`;
}

export const STARTUP_LINE_PATTERN =
  /^Compute Explorer is running at (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([0-9a-f]+))$/m;

/**
 * Browser mode: serves the built renderer and the handler table from one
 * process bound to 127.0.0.1. Every API call needs the per-launch token.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? randomBytes(32).toString('hex');
  let port = options.port ?? 0;

  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const serverOptions = {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    // How often Node looks for clients past those limits (30 s by default).
    connectionsCheckingInterval: Math.min(1_000, limits.headersTimeoutMs / 2),
  };
  const server = createServer(serverOptions, (request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('browser host:', error);
      if (!response.headersSent)
        sendJson(response, 500, { ok: false, error: { code: 'internal', message: 'Internal error.' } });
      else response.destroy();
    });
  });

  server.maxConnections = limits.maxConnections;

  // The persistent channel: one socket per page, so a slider move costs a message, not an HTTP request.
  const sockets = createSocketChannel({
    handlers: options.handlers,
    token,
    port: () => port,
    maxMessageBytes: MAX_BODY_BYTES,
    onAuthorisedCall: options.onAuthorisedCall,
  });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(request.url ?? '/', `http://127.0.0.1:${port}`).pathname;
    if (path === SOCKET_PATH) return sockets.upgrade(request, socket, head);
    socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const hostRefusal = checkHost(request.headersDistinct, port);
    if (hostRefusal) return refuse(response, hostRefusal);
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith('/api/')) return handleApi(request, response, url.pathname.slice(5));
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return refuse(response, { status: 405, message: 'Method not allowed.' }, { Allow: 'GET, HEAD' });
    }
    const file = await resolveStaticFile(options.rendererRoot, url.pathname, { sourceMaps: options.sourceMaps });
    if (!file) return refuse(response, { status: 404, message: 'Not found.' });
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': contentTypeFor(file),
      'Cache-Control': file.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
    });
    if (request.method === 'HEAD') return void response.end();
    openStaticFile(file).pipe(response);
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, method: string): Promise<void> {
    if (request.method !== 'POST') {
      return refuse(response, { status: 405, message: 'API calls must be POST.' }, { Allow: 'POST' });
    }
    const refusal =
      checkOrigin(request.headersDistinct, port) ??
      checkToken(request.headersDistinct, token) ??
      checkJsonContentType(request.headersDistinct);
    if (refusal) return refuse(response, refusal);
    options.onAuthorisedCall?.();
    const body = await readBody(request);
    if (body === null) {
      const limit = `${Math.round(MAX_BODY_BYTES / 1024 / 1024)} MB`;
      return refuse(response, { status: 413, message: `This request is larger than the app accepts (${limit}).` });
    }
    let input: unknown;
    try {
      input = body.length === 0 ? undefined : (JSON.parse(body) as { input?: unknown }).input;
    } catch {
      return refuse(response, { status: 400, message: 'Request body is not valid JSON.' });
    }
    const result = await options.handlers.dispatch(method, input);
    sendJson(response, statusFor(result), result);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        sockets.close();
        server.closeAllConnections();
      }),
  };
}

function refuse(response: ServerResponse, refusal: Refusal, extra: Record<string, string> = {}): void {
  const code = refusal.status === 401 || refusal.status === 403 ? 'forbidden' : 'invalid-input';
  sendJson(response, refusal.status, { ok: false, error: { code, message: refusal.message } }, extra);
}

function sendJson(response: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    ...extra,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  response.end(text);
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
