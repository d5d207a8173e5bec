import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { SOCKET_PROTOCOL, SOCKET_TOKEN_PREFIX, socketCallSchema, type SocketReply } from '../../common/socket-protocol';
import { describeZodError } from '../../common/schema-error';
import type { HandlerTable } from '../ipc/handler-table';
import { TOKEN_HEADER, checkHost, checkOrigin, checkToken, type Refusal } from './guards';

export interface SocketChannelOptions {
  handlers: HandlerTable;
  token: string;
  port: () => number;
  /** The largest message accepted, as for an HTTP body. */
  maxMessageBytes: number;
  onAuthorisedCall?: () => void;
}

export interface SocketChannel {
  /** Takes over an HTTP upgrade to the socket path: refuses it with a status, or opens the socket. */
  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  close(): void;
}

/**
 * The WebSocket side of browser mode: the same guards as an API call (Host,
 * Origin — required here, as a browser always sends it — and the token),
 * then every message is parsed and dispatched to the same handler table.
 */
export function createSocketChannel(options: SocketChannelOptions): SocketChannel {
  const server = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxMessageBytes,
    perMessageDeflate: false,
    // The token was checked before the upgrade; only the app's protocol is ever chosen.
    handleProtocols: (offered) => (offered.has(SOCKET_PROTOCOL) ? SOCKET_PROTOCOL : false),
  });

  server.on('connection', (socket) => {
    socket.on('message', (data, isBinary) => {
      answer(socket, data, isBinary).catch((error: unknown) => {
        console.error('browser host socket:', error);
        socket.close(1011, 'Internal error.');
      });
    });
  });

  async function answer(socket: WebSocket, data: RawData, isBinary: boolean): Promise<void> {
    if (isBinary) return socket.close(1003, 'Text messages only.');
    let parsed;
    try {
      parsed = socketCallSchema.safeParse(JSON.parse(rawText(data)));
    } catch {
      return socket.close(1007, 'A message is not valid JSON.');
    }
    if (!parsed.success) return socket.close(1007, `Invalid call: ${describeZodError(parsed.error)}`.slice(0, 120));
    options.onAuthorisedCall?.();
    const { id, method, input } = parsed.data;
    const result = await options.handlers.dispatch(method, input);
    if (socket.readyState !== socket.OPEN) return;
    const reply: SocketReply = { id, result };
    socket.send(JSON.stringify(reply));
  }

  return {
    upgrade(request, socket, head) {
      const refusal = checkUpgrade(request, options.port(), options.token);
      if (refusal) return refuseUpgrade(socket, refusal);
      server.handleUpgrade(request, socket, head, (client) => server.emit('connection', client, request));
    },
    close() {
      for (const client of server.clients) client.terminate();
      server.close();
    },
  };
}

function checkUpgrade(request: IncomingMessage, port: number, token: string): Refusal | null {
  const headers = request.headersDistinct;
  const hostRefusal = checkHost(headers, port);
  if (hostRefusal) return hostRefusal;
  if (headers.origin === undefined) return { status: 403, message: 'A WebSocket needs an Origin.' };
  const offered = (headers['sec-websocket-protocol'] ?? []).flatMap((value) => value.split(',')).map((p) => p.trim());
  const tokens = offered
    .filter((p) => p.startsWith(SOCKET_TOKEN_PREFIX))
    .map((p) => p.slice(SOCKET_TOKEN_PREFIX.length));
  // The token guard reads one header: hand it what the subprotocol carried, repeated if it came twice.
  const asHeader = { ...headers, [TOKEN_HEADER]: tokens };
  return checkOrigin(headers, port) ?? checkToken(asHeader, token);
}

function refuseUpgrade(socket: Duplex, refusal: Refusal): void {
  const reason = refusal.status === 401 ? 'Unauthorized' : refusal.status === 403 ? 'Forbidden' : 'Bad Request';
  const body = refusal.message;
  socket.end(
    `HTTP/1.1 ${refusal.status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

function rawText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data as ArrayBuffer).toString('utf8');
}
