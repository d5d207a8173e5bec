import { request } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createAppHandlers } from '../../ipc/app-handlers';
import { buildPricingWorkerForTests } from '../../pricing/build-worker-for-tests';
import { createPricingService } from '../../pricing/pricing-service';
import { openProfileStore } from '../../profiles/profile-store';
import { createShellEventQueue } from '../../shell/shell-event-queue';
import { startBrowserHost, type BrowserHost } from '../server';

/** A browser host with the app's real handler table (pricing worker, profile store) on temporary folders. */
export interface AppHostForTests {
  host: BrowserHost;
  /** The folder served as the renderer: an index.html, and what the test adds. */
  root: string;
  dataDir: string;
  /** The origin a page of this host has. */
  origin: string;
  close(): Promise<void>;
}

export async function startAppHostForTests(name: string): Promise<AppHostForTests> {
  const root = await mkdtemp(path.join(os.tmpdir(), `${name}-root-`));
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `${name}-data-`));
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>t</title>');
  const pricing = createPricingService({ workerFile: await buildPricingWorkerForTests() });
  const profiles = await openProfileStore({ dir: path.join(dataDir, 'profiles') });
  const host = await startBrowserHost({
    rendererRoot: root,
    handlers: createAppHandlers({
      shell: 'browser',
      dataDir,
      version: '1.2.3',
      versions: {},
      pricing,
      profiles,
      shellEvents: createShellEventQueue(),
    }),
  });
  return {
    host,
    root,
    dataDir,
    origin: `http://127.0.0.1:${host.port}`,
    async close() {
      await host.close();
      await pricing.close();
      await profiles.close();
      await rm(root, { recursive: true, force: true });
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface HttpReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One HTTP request to 127.0.0.1:port, headers exactly as given (no Host/Origin added). */
export function sendHttp(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string | string[]>; body?: string },
): Promise<HttpReply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
