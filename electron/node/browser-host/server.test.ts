import { createConnection, type Socket } from 'node:net';
import { readFile, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREFERENCES_FILE } from '../store/preferences-store';
import { startBrowserHost, startupLine, STARTUP_LINE_PATTERN, type BrowserHost } from './server';
import { sendHttp, startAppHostForTests, type AppHostForTests, type HttpReply } from './testing/app-host';

let app: AppHostForTests;
let host: BrowserHost;
let root: string;
let dataDir: string;

beforeAll(async () => {
  app = await startAppHostForTests('host');
  ({ host, root, dataDir } = app);
  await writeFile(path.join(os.tmpdir(), 'outside.txt'), 'secret');
  await writeFile(path.join(root, 'app.js.map'), '{"sources":["secret.ts"]}');
  if (process.platform !== 'win32') await symlink('/etc/passwd', path.join(root, 'passwd.txt'));
});

afterAll(() => app.close());

const send = (options: Parameters<typeof sendHttp>[1]) => sendHttp(host.port, options);

const goodHeaders = (): Record<string, string> => ({
  Host: `127.0.0.1:${host.port}`,
  Origin: `http://127.0.0.1:${host.port}`,
  'Content-Type': 'application/json',
  'X-Explorer-Token': host.token,
});

/** Fills in the port of a host started after the test table was written. */
const withPort = (headers: Record<string, string | string[]>) =>
  JSON.parse(JSON.stringify(headers).replaceAll(':0', `:${host.port}`)) as Record<string, string | string[]>;

const setDark = (headers: Record<string, string | string[]>): Promise<HttpReply> =>
  send({ method: 'POST', path: '/api/updatePreferences', headers, body: JSON.stringify({ input: { theme: 'dark' } }) });

async function preferencesOnDisk(): Promise<string | null> {
  return readFile(path.join(dataDir, PREFERENCES_FILE), 'utf8').catch(() => null);
}

describe('browser host', () => {
  it('prints the documented startup line with a 32-byte token', () => {
    const match = STARTUP_LINE_PATTERN.exec(startupLine(host));
    expect(match?.[2]).toBe(String(host.port));
    expect(match?.[3]).toHaveLength(64);
  });

  it('serves the renderer with the CSP and no CORS headers', async () => {
    const reply = await send({ path: '/', headers: { Host: `localhost:${host.port}` } });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-security-policy']).toContain("default-src 'none'");
    expect(reply.headers['content-security-policy']).not.toContain('unsafe-eval');
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('never serves a file outside the renderer folder', async () => {
    const reply = await send({ path: '/..%2Foutside.txt', headers: { Host: `127.0.0.1:${host.port}` } });
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain('secret');
  });

  it.skipIf(process.platform === 'win32')(
    'never serves what a symbolic link in the renderer folder points to outside it, token or not',
    async () => {
      for (const headers of [{ Host: `127.0.0.1:${host.port}` }, goodHeaders()]) {
        const reply = await send({ path: '/passwd.txt', headers });
        expect(reply.status).toBe(404);
        expect(reply.body).not.toContain('root:');
      }
    },
  );

  it('serves no source maps (they hold the sources) unless started with the development flag', async () => {
    const reply = await send({ path: '/app.js.map', headers: { Host: `127.0.0.1:${host.port}` } });
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain('secret.ts');
  });

  describe('refused calls change nothing', () => {
    it.each([
      ['a wrong Host (DNS rebinding)', { Host: `evil.example:${0}` }, 403],
      ['a foreign Origin', { Origin: 'https://evil.example' }, 403],
      ['a cross-site fetch', { 'Sec-Fetch-Site': 'cross-site' }, 403],
      ['a cross-site fetch in capitals', { 'Sec-Fetch-Site': 'Cross-Site' }, 403],
      ['a cross-site fetch hidden in a list', { 'Sec-Fetch-Site': 'same-origin, cross-site' }, 403],
      ['a second, foreign Origin header', { Origin: [`http://127.0.0.1:${0}`, 'https://evil.example'] }, 403],
      ['a missing token', { 'X-Explorer-Token': '' }, 401],
      ['a wrong token', { 'X-Explorer-Token': 'f'.repeat(64) }, 401],
      ['a text/plain body', { 'Content-Type': 'text/plain' }, 415],
    ])('%s is refused with %s', async (_name, override, status) => {
      const headers: Record<string, string | string[]> = { ...goodHeaders(), ...withPort(override) };
      if (headers['X-Explorer-Token'] === '') delete headers['X-Explorer-Token'];
      const reply = await setDark(headers);
      expect(reply.status).toBe(status);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false });
      expect(reply.headers['access-control-allow-origin']).toBeUndefined();
      expect(await preferencesOnDisk()).toBeNull();
    });
  });

  it('refuses GET on the API (no simple cross-site reads)', async () => {
    const reply = await send({ path: '/api/getAppInfo', headers: goodHeaders() });
    expect(reply.status).toBe(405);
  });

  it('answers a well-formed call and writes the change to disk', async () => {
    const reply = await setDark(goodHeaders());
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { preferences: { theme: 'dark' } } });
    expect(JSON.parse((await preferencesOnDisk())!)).toMatchObject({ theme: 'dark' });
  });

  it('answers invalid input with an error envelope naming the field, and changes nothing', async () => {
    const reply = await send({
      method: 'POST',
      path: '/api/updatePreferences',
      headers: goodHeaders(),
      body: JSON.stringify({ input: { theme: 'neon' } }),
    });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(JSON.parse(reply.body).error.message).toContain('theme');
    expect(JSON.parse((await preferencesOnDisk())!)).toMatchObject({ theme: 'dark' });
  });

  it('answers an unknown method with 404', async () => {
    const reply = await send({ method: 'POST', path: '/api/format', headers: goodHeaders(), body: '{}' });
    expect(reply.status).toBe(404);
  });

  it('prices a workload over HTTP through the pricing worker', async () => {
    const reply = await send({
      method: 'POST',
      path: '/api/evaluatePricing',
      headers: goodHeaders(),
      body: JSON.stringify({ input: { requestsPerMonth: 3_000_000, durationMs: 120, memoryMB: 1536 } }),
    });
    expect(reply.status).toBe(200);
    const body = JSON.parse(reply.body);
    expect(body.value.status).toBe('done');
    expect(body.value.result.options.find((o: { id: string }) => o.id === 'lambda').feasible).toBe(true);
  });
});

describe('browser host: what a local app needs of HTTP', () => {
  it('refuses a __proto__ key anywhere in a call with an error that names it', async () => {
    const reply = await send({
      method: 'POST',
      path: '/api/evaluatePricing',
      headers: goodHeaders(),
      body: '{"input": {"priceOverrides": {"__proto__": {"lambda.requests": 0}}}}',
    });
    expect(JSON.parse(reply.body)).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'Invalid input for evaluatePricing: priceOverrides.__proto__: the key "__proto__" is not allowed.',
      },
    });
  });

  describe('with tight limits', () => {
    let tight: BrowserHost;
    beforeAll(async () => {
      tight = await startBrowserHost({
        rendererRoot: root,
        handlers: { dispatch: async () => ({ ok: true, value: null }) },
        limits: { headersTimeoutMs: 300, requestTimeoutMs: 600, maxConnections: 2 },
      });
    });
    afterAll(() => tight.close());

    /** A raw connection: what arrives, and whether the host has closed it. */
    function connect(): Promise<{ socket: Socket; received: () => string; closed: Promise<void> }> {
      return new Promise((resolve, reject) => {
        const socket = createConnection({ host: '127.0.0.1', port: tight.port });
        let data = '';
        socket.setEncoding('utf8');
        socket.on('data', (chunk: string) => (data += chunk));
        const closed = new Promise<void>((done) => socket.on('close', () => done()));
        socket.on('error', () => undefined);
        socket.once('connect', () => resolve({ socket, received: () => data, closed }));
        socket.once('error', reject);
      });
    }

    const getIndex = (port: number) => `GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`;

    it('cuts off a client that never finishes its headers', async () => {
      const slow = await connect();
      slow.socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${tight.port}\r\nX-Slow: `);
      await slow.closed;
      expect(slow.received()).toMatch(/^HTTP\/1\.1 408/);
    });

    it('closes connections beyond the cap at once, and still serves the ones it holds', async () => {
      const held = [await connect(), await connect()];
      // Each held connection has been answered once, so the host has taken it in.
      for (const { socket, received } of held) {
        socket.write(getIndex(tight.port));
        await new Promise<void>((done) => socket.once('data', () => done()));
        expect(received()).toMatch(/^HTTP\/1\.1 200/);
      }
      const extra = await connect();
      extra.socket.write(getIndex(tight.port));
      await extra.closed;
      expect(extra.received()).toBe('');
      for (const { socket } of held) socket.destroy();
    });
  });
});
