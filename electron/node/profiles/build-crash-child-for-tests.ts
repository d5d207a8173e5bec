import { build } from 'esbuild';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * The crash test needs a real `node` process to SIGKILL, and node runs
 * JavaScript: bundle the child's TypeScript entry, with the real store, into
 * a temp folder.
 */
export async function buildCrashChildForTests(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'profiles-crash-child-'));
  const outfile = path.join(dir, 'crash-loop-child.cjs');
  await build({
    entryPoints: [path.join(__dirname, 'crash-loop-child.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
  });
  return outfile;
}
