import { execFileSync, spawn } from 'node:child_process';
import { chmod, rm } from 'node:fs/promises';
import path from 'node:path';
import type { StoreNotice } from '../../common/profiles/profile-schema';
import { bundleForTests } from '../testing/bundle-for-tests';

/** What store-probe-child.ts prints. */
export interface ProbeResult {
  names: string[];
  notices: StoreNotice[];
  gets: { id: string; ok: boolean; name?: string; message?: string }[];
  namesAfter: string[];
  noticesAfter: StoreNotice[];
}

// Far beyond any real list; only a blocked read gets here.
const HUNG_AFTER_MS = 15_000;
const NOBODY = 65534;

export const runsAsRoot = process.getuid?.() === 0;

/**
 * Root reads any file whatever its mode, so an unreadable file can only be
 * tested as another user: as root the probe runs as `nobody` (setpriv),
 * otherwise as the user running the tests.
 */
export const canDropToNobody = (() => {
  if (!runsAsRoot) return false;
  try {
    execFileSync('setpriv', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

export async function buildStoreProbe(): Promise<{ file: string; cleanUp: () => Promise<void> }> {
  const file = await bundleForTests(path.join(__dirname, 'store-probe-child.ts'), 'store-probe-child.cjs');
  // mkdtemp made it 0700: `nobody` must be able to run it.
  await chmod(path.dirname(file), 0o755);
  return { file, cleanUp: () => rm(path.dirname(file), { recursive: true, force: true }) };
}

/** Hands `root` (the profiles folder's parent) to the user the probe runs as. */
export function giveToProbeUser(root: string): void {
  if (canDropToNobody) execFileSync('chown', ['-R', `${NOBODY}:${NOBODY}`, root]);
}

/** Opens the store in a child process on `dir`, lists, gets `ids`, lists again; rejects if it hangs. */
export function probeStore(probeFile: string, dir: string, ids: string[] = []): Promise<ProbeResult> {
  const [command, args] = canDropToNobody
    ? ['setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath]]
    : [process.execPath, []];
  const child = spawn(command, [...args, probeFile, dir, ...ids], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let errors = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  return new Promise((resolve, reject) => {
    const hung = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The store hung: no answer in ${HUNG_AFTER_MS / 1000} s (a read that blocks?)`));
    }, HUNG_AFTER_MS);
    // 'close', not 'exit': only then has all of the child's output arrived.
    child.on('close', (code) => {
      clearTimeout(hung);
      if (code === 0) resolve(JSON.parse(output) as ProbeResult);
      else reject(new Error(`The store failed (exit ${code}): ${errors}`));
    });
  });
}
