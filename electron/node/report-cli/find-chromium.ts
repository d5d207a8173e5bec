import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

export type ChromiumLookup = { found: true; path: string } | { found: false; reason: string };

/** The names a system Chromium (or Chrome, which Playwright drives the same way) has on PATH. */
const NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

export interface ChromiumMachine {
  env: Record<string, string | undefined>;
  isExecutable: (file: string) => boolean;
  /** Playwright's own download, where there is one. */
  playwrightPath: () => string | undefined;
}

export function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The order the e2e tests use (scripts/setup/chromium.mjs): $CHROMIUM_PATH,
 * else a Chromium on PATH, else Playwright's. A CHROMIUM_PATH that points at
 * nothing is an error, never a reason to pick another browser.
 */
export function findChromium({ env, isExecutable, playwrightPath }: ChromiumMachine): ChromiumLookup {
  if (env.CHROMIUM_PATH) {
    if (isExecutable(env.CHROMIUM_PATH)) return { found: true, path: env.CHROMIUM_PATH };
    return { found: false, reason: `CHROMIUM_PATH is ${env.CHROMIUM_PATH}, which is not an executable file` };
  }
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const dir of dirs) {
    for (const name of NAMES) {
      const file = path.join(dir, name);
      if (isExecutable(file)) return { found: true, path: file };
    }
  }
  const playwright = playwrightPath();
  if (playwright && isExecutable(playwright)) return { found: true, path: playwright };
  return {
    found: false,
    reason:
      'no Chromium found: install one (Debian: sudo apt-get install -y chromium), point CHROMIUM_PATH at one, or run npx playwright install chromium',
  };
}
