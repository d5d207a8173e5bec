import {
  SOCKET_PATH,
  SOCKET_PROTOCOL,
  SOCKET_TOKEN_PREFIX,
  type SocketReply,
} from '../../../../electron/common/socket-protocol';
import type { Transport } from './transport-type';

/** What the transport needs of a WebSocket: the browser's own, or `ws` in unit tests. */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(): void;
  addEventListener(type: 'open' | 'close' | 'error', listener: () => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

export type OpenSocket = (url: string, protocols: string[]) => SocketLike;

interface Waiting {
  resolve: (envelope: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * Browser mode's calls over one WebSocket to the host that served the page:
 * a slider move is one small message each way instead of an HTTP request.
 * Until the socket is open, calls wait for it; when it cannot be opened
 * (an older host, a proxy that drops upgrades) every call goes over HTTP
 * instead. When an open socket closes, the calls in flight fail as a dropped
 * HTTP request would, and the next call opens a new one.
 */
export function socketTransport(options: {
  origin: string;
  token: string;
  open: OpenSocket;
  fallback: Transport;
  /** Open the socket now rather than on the first call: its handshake overlaps the page's start-up. */
  connectNow?: boolean;
}): Transport {
  const url = `${options.origin.replace(/^http/, 'ws')}${SOCKET_PATH}`;
  const waiting = new Map<number, Waiting>();
  let nextId = 1;
  let usable = true;
  let connection: Promise<SocketLike | null> | null = null;

  function connect(): Promise<SocketLike | null> {
    return new Promise((resolve) => {
      const socket = options.open(url, [SOCKET_PROTOCOL, `${SOCKET_TOKEN_PREFIX}${options.token}`]);
      let opened = false;
      socket.addEventListener('open', () => {
        opened = true;
        resolve(socket);
      });
      socket.addEventListener('message', (event) => settle(event.data));
      // A failed socket is followed by 'close', which says what to do next.
      socket.addEventListener('error', () => undefined);
      socket.addEventListener('close', () => {
        connection = null;
        if (!opened) {
          usable = false;
          resolve(null);
        }
        for (const [id, call] of waiting) {
          waiting.delete(id);
          call.reject(new Error('The connection to Compute Explorer was lost. Is it still running?'));
        }
      });
    });
  }

  function settle(data: unknown): void {
    if (typeof data !== 'string') return;
    let reply: Partial<SocketReply>;
    try {
      reply = JSON.parse(data) as Partial<SocketReply>;
    } catch {
      return;
    }
    const call = typeof reply.id === 'number' ? waiting.get(reply.id) : undefined;
    if (!call) return;
    waiting.delete(reply.id as number);
    // The envelope is parsed by the API client's schemas, as an HTTP reply is.
    call.resolve(reply.result);
  }

  if (options.connectNow) connection = connect();

  return async (method, input) => {
    if (usable) connection ??= connect();
    const socket = usable ? await connection : null;
    if (!socket) return options.fallback(method, input);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      socket.send(JSON.stringify({ id, method, input }));
    });
  };
}
