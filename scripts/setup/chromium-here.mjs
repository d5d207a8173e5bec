// The real machine for scripts/setup/chromium.mjs: this process's environment,
// the file system, and Playwright (installed by then: this runs after npm ci).
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';

/** @returns {import('./chromium.mjs').Machine} */
export function thisMachine() {
  return { env: process.env, platform: process.platform, isExecutable, playwrightPath };
}

/** `npx playwright install chromium`, run with this Node; the download's progress shows as it goes. */
export function installPlaywrightChromium() {
  const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
  const result = spawnSync(process.execPath, [cli, 'install', 'chromium'], {
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
  });
  if (result.status === 0) return /** @type {const} */ ({ ok: true });
  const firstError = (result.stderr || '').split('\n').find((line) => line.trim().startsWith('Error'));
  return /** @type {const} */ ({
    ok: false,
    why: firstError?.trim().replace(/^Error:\s*/, '') ?? result.error?.message ?? `exit code ${result.status}`,
  });
}

/** @param {string} file */
function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function playwrightPath() {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
