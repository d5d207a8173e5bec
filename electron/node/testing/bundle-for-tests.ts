import { build } from 'esbuild';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * Unit tests run TypeScript, but a worker thread or a child `node` process
 * needs JavaScript: bundle the real entry, as the app's build does, into a
 * temp folder and return the file.
 */
export async function bundleForTests(entry: string, outName: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bundle-for-tests-'));
  const outfile = path.join(dir, outName);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
  });
  return outfile;
}
