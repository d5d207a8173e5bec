import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * Which Chromium the browser project drives: $CHROMIUM_PATH, else Debian's
 * /usr/bin/chromium, else Playwright's own download. With none, fail with how
 * to get one rather than with Playwright's download hint (which fails offline).
 */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', safePlaywrightPath()];
  const found = candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate));
  if (found) return found;
  throw new Error(
    'No Chromium found for the e2e tests. Install one: `sudo apt-get install -y chromium` (Debian/Ubuntu), ' +
      'or set CHROMIUM_PATH=/path/to/chromium, or run `npx playwright install chromium` where downloads work.',
  );
}

function safePlaywrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** As the machine notes say: no sandbox as root, and no background networking. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--metrics-recording-only',
];
