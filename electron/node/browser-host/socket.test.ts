import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { SOCKET_PATH, SOCKET_PROTOCOL, SOCKET_TOKEN_PREFIX } from '../../common/socket-protocol';
import { DEFAULT_WORKLOAD } from '../../common/pricing';
import { socketTransport, type OpenSocket, type SocketLike } from '../../../renderer/src/lib/api/socket-transport';
import type { BrowserHost } from './server';
import { sendHttp, startAppHostForTests, type AppHostForTests } from './testing/app-host';

let app: AppHostForTests;
let host: BrowserHost;
let origin: string;

beforeAll(async () => {
  app = await startAppHostForTests('socket');
  ({ host, origin } = app);
});

afterAll(() => app.close());

interface Attempt {
  token?: string;
  origin?: string | null;
  host?: string;
  protocols?: string[];
}

/** Opens a socket as a page would; resolves with it once open, or with the HTTP status the upgrade got instead. */
function connect(attempt: Attempt = {}): Promise<{ socket: WebSocket } | { status: number; body: string }> {
  const protocols = attempt.protocols ?? [SOCKET_PROTOCOL, `${SOCKET_TOKEN_PREFIX}${attempt.token ?? host.token}`];
  const headers: Record<string, string> = {};
  if (attempt.host) headers.Host = attempt.host;
  const socket = new WebSocket(`ws://127.0.0.1:${host.port}${SOCKET_PATH}`, protocols, {
    headers,
    ...(attempt.origin === null ? {} : { origin: attempt.origin ?? origin }),
  });
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve({ socket }));
    socket.once('unexpected-response', (_request, response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    socket.once('error', reject);
  });
}

function call(socket: WebSocket, id: number, method: string, input?: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    const listen = (data: Buffer) => {
      const reply = JSON.parse(data.toString()) as { id: number; result: unknown };
      if (reply.id !== id) return;
      socket.off('message', listen);
      resolve(reply.result);
    };
    socket.on('message', listen);
    socket.send(JSON.stringify({ id, method, input }));
  });
}

async function overHttp(method: string, input?: unknown): Promise<unknown> {
  const reply = await sendHttp(host.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'Content-Type': 'application/json', 'X-Explorer-Token': host.token, Origin: origin },
    body: JSON.stringify({ input }),
  });
  return JSON.parse(reply.body);
}

describe('browser host WebSocket', () => {
  it('refuses the upgrade without the token, with a wrong one, or with the token offered twice', async () => {
    expect(await connect({ protocols: [SOCKET_PROTOCOL] })).toMatchObject({ status: 401, body: 'Missing API token.' });
    expect(await connect({ token: 'f'.repeat(64) })).toMatchObject({ status: 401, body: 'Wrong API token.' });
    // The right token beside a wrong one is no better than a wrong one.
    const twice = [SOCKET_PROTOCOL, `${SOCKET_TOKEN_PREFIX}${host.token}`, `${SOCKET_TOKEN_PREFIX}${'0'.repeat(64)}`];
    expect(await connect({ protocols: twice })).toMatchObject({
      status: 401,
      body: 'The API token was sent more than once.',
    });
  });

  it('refuses a page of another origin, even with the token, and one that sends no Origin', async () => {
    expect(await connect({ origin: 'http://evil.example' })).toMatchObject({ status: 403 });
    expect(await connect({ origin: `http://127.0.0.1:${host.port + 1}` })).toMatchObject({ status: 403 });
    expect(await connect({ origin: null })).toMatchObject({ status: 403, body: 'A WebSocket needs an Origin.' });
  });

  it('refuses a foreign Host (DNS rebinding)', async () => {
    expect(await connect({ host: `evil.example:${host.port}` })).toMatchObject({ status: 403 });
  });

  it('answers a call with the same envelope as the HTTP API', async () => {
    const opened = await connect();
    if (!('socket' in opened)) throw new Error(`refused: ${opened.status} ${opened.body}`);
    const workload = { ...DEFAULT_WORKLOAD, requestsPerMonth: 12_345_678 };
    const [bySocket, byHttp] = await Promise.all([
      call(opened.socket, 7, 'evaluatePricing', workload),
      overHttp('evaluatePricing', workload),
    ]);
    expect(bySocket).toMatchObject({ ok: true, value: { status: 'done' } });
    expect(bySocket).toEqual(byHttp);
    // The same guards as every call: a forbidden key and an unknown method are answers, not crashes.
    expect(await call(opened.socket, 8, 'evaluatePricing', JSON.parse('{"__proto__":{}}'))).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await call(opened.socket, 9, 'noSuchMethod')).toMatchObject({
      ok: false,
      error: { code: 'unknown-method' },
    });
    opened.socket.close();
  });

  it('closes a socket that sends something other than a call', async () => {
    const opened = await connect();
    if (!('socket' in opened)) throw new Error('refused');
    const closed = new Promise<number>((resolve) => opened.socket.once('close', (code) => resolve(code)));
    opened.socket.send(JSON.stringify({ id: 'one', method: 'getAppInfo' }));
    expect(await closed).toBe(1007);
  });

  it('gives the page’s transport the same answers, and falls back to HTTP when the socket is refused', async () => {
    // `ws` stands in for the browser's WebSocket: the same events, and an Origin as a page sends.
    const open: OpenSocket = (url, protocols) => new WebSocket(url, protocols, { origin }) as unknown as SocketLike;
    let fallbacks = 0;
    const fallback = async (method: string, input: unknown) => {
      fallbacks++;
      return overHttp(method, input);
    };
    const transport = socketTransport({ origin, token: host.token, open, fallback });
    const info = await transport('getAppInfo', undefined);
    expect(info).toEqual(await overHttp('getAppInfo'));
    expect(fallbacks).toBe(0);

    const refused = socketTransport({ origin, token: 'wrong', open, fallback });
    expect(await refused('getAppInfo', undefined)).toEqual(info);
    expect(fallbacks).toBe(1);
  });

  it('opens the socket at once when asked, and the first call goes over that one', async () => {
    const opened: string[] = [];
    const open: OpenSocket = (url, protocols) => {
      opened.push(url);
      return new WebSocket(url, protocols, { origin }) as unknown as SocketLike;
    };
    const fallback = async () => {
      throw new Error('The socket should have answered.');
    };
    const transport = socketTransport({ origin, token: host.token, open, fallback, connectNow: true });
    expect(opened).toHaveLength(1);
    expect(await transport('getAppInfo', undefined)).toEqual(await overHttp('getAppInfo'));
    expect(opened).toHaveLength(1);
  });
});
