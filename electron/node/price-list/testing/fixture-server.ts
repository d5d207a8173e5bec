import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fixtureFiles } from './fixture-tree';

/** What the server does to one request for a file: `cut` sends that many bytes then drops the connection. */
export type Fault = { notFound: true } | { cut: number } | { stall: number } | { body: string };

export interface RecordedRequest {
  method: string;
  path: string;
  range?: string;
  ifRange?: string;
}

export interface FixtureServer {
  url: string;
  requests: RecordedRequest[];
  /** Decides, per request, whether a file misbehaves; `attempt` counts GETs of that path from 1. */
  fault: (path: string, attempt: number, method: string) => Fault | undefined;
  close(): Promise<void>;
}

const etagOf = (body: string) => `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;

/**
 * The fixture tree served at AWS's bulk-endpoint paths on 127.0.0.1, with
 * ETags and Range requests as S3 answers them, and faults on demand.
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const files = fixtureFiles();
  const attempts = new Map<string, number>();
  const state: FixtureServer = {
    url: '',
    requests: [],
    fault: () => undefined,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = http.createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://x').pathname;
    const method = req.method ?? 'GET';
    state.requests.push({
      method,
      path: urlPath,
      ...(req.headers.range ? { range: req.headers.range } : {}),
      ...(typeof req.headers['if-range'] === 'string' ? { ifRange: req.headers['if-range'] } : {}),
    });
    const attempt = method === 'GET' ? (attempts.get(urlPath) ?? 0) + 1 : (attempts.get(urlPath) ?? 0);
    if (method === 'GET') attempts.set(urlPath, attempt);
    const fault = state.fault(urlPath, attempt, method);
    const original = files.get(urlPath);
    if (original === undefined || (fault && 'notFound' in fault)) {
      res.writeHead(404, { 'content-type': 'application/xml' }).end('<Error><Code>NoSuchKey</Code></Error>');
      return;
    }
    const body = Buffer.from(fault && 'body' in fault ? fault.body : original);
    const etag = etagOf(body.toString());
    const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
    const resume = range && (req.headers['if-range'] === undefined || req.headers['if-range'] === etag);
    const start = resume ? Number(range[1]) : 0;
    const headers = { etag, 'accept-ranges': 'bytes', 'content-length': String(body.length - start) };
    if (resume) res.writeHead(206, { ...headers, 'content-range': `bytes ${start}-${body.length - 1}/${body.length}` });
    else res.writeHead(200, headers);
    if (method === 'HEAD') {
      res.end();
      return;
    }
    const rest = body.subarray(start);
    if (fault && 'cut' in fault) {
      // A graceful close after the bytes (a reset could make the client drop what it had not read yet).
      res.write(rest.subarray(0, fault.cut), () => setTimeout(() => res.socket?.end(), 50));
    } else if (fault && 'stall' in fault) {
      res.write(rest.subarray(0, fault.stall));
    } else {
      res.end(rest);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}
