// Shared by the benchmarks: start browser mode as a user does, drive the
// Chromium the e2e tests use with Playwright, and stop everything after.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { locateChromium } from '../setup/chromium.mjs';
import { thisMachine } from '../setup/chromium-here.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const STARTUP = /Compute Explorer is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)/;

export async function launchChromium() {
  const lookup = locateChromium(thisMachine());
  return chromium.launch({ executablePath: lookup.found ? lookup.path : undefined, args: CHROMIUM_ARGS });
}

/** Spawns `serve --no-open` and resolves with its URL once the startup line is printed. */
export async function startHost({ seed } = {}) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'compute-explorer-bench-'));
  await seed?.(dataDir);
  const child = spawn(
    process.execPath,
    ['dist/electron/serve.cjs', '--port', '0', '--no-open', '--data-dir', dataDir],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = STARTUP.exec(out);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  return {
    url,
    dataDir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const ms = (value) => `${value.toFixed(1)} ms`;
