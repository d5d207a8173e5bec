import { locateChromium, noChromiumMessage } from '../../scripts/setup/chromium.mjs';
import { thisMachine } from '../../scripts/setup/chromium-here.mjs';

/**
 * Which Chromium the browser project drives: $CHROMIUM_PATH, else the
 * system's, else Playwright's own download (scripts/setup/chromium.mjs).
 * `npm run test:e2e` has made sure there is one (scripts/ensure-chromium.mjs);
 * run directly without one, fail with how to get one.
 */
export function findChromium(): string {
  const lookup = locateChromium(thisMachine());
  if (lookup.found) return lookup.path;
  if (!lookup.fixable) throw new Error(lookup.reason);
  throw new Error(noChromiumMessage('`playwright test` downloads none; `npm run test:e2e` does, where downloads work'));
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
