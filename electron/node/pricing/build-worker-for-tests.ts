import { build } from 'esbuild';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PRICING_WORKER_FILE } from './pricing-service';

/**
 * Unit tests run TypeScript, but a worker thread needs JavaScript: bundle the
 * real worker entry, as the app's build does, into a temp folder.
 */
export async function buildPricingWorkerForTests(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pricing-worker-'));
  const outfile = path.join(dir, PRICING_WORKER_FILE);
  await build({
    entryPoints: [path.join(__dirname, 'pricing-worker-main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
  });
  return outfile;
}
