import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { STARTUP_LINE_PATTERN } from '../../electron/node/browser-host/server';

export interface RunningHost {
  url: string;
  origin: string;
  stop(): Promise<void>;
}

const SERVE_ENTRY = path.resolve('dist/electron/serve.cjs');

// Last resort: if the Playwright worker itself dies, its hosts die with it.
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * Starts browser mode exactly as a user does (`serve --no-open`) and waits for
 * its documented startup line, not for a timer.
 */
export function startHostProcess(
  dataDir: string,
  files: readonly string[] = [],
  env: Record<string, string> = {},
): Promise<RunningHost> {
  const args = [SERVE_ENTRY, '--port', '0', '--no-open', '--data-dir', dataDir, ...files];
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = STARTUP_LINE_PATTERN.exec(output);
      if (!match) return;
      child.stdout?.off('data', onData);
      const url = match[1]!;
      resolve({ url, origin: new URL(url).origin, stop: () => stop(child) });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`browser host exited (${code}) before it was ready:\n${output}`)));
    child.once('error', reject);
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
