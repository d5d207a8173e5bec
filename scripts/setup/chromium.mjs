// Which Chromium the e2e tests drive, and what to do when there is none. Pure:
// the file system, environment and installer are passed in, so every branch is
// unit-tested; scripts/setup/chromium-here.mjs supplies the real ones.

/**
 * @typedef {{
 *   env: Record<string, string | undefined>,
 *   platform: string,
 *   isExecutable: (file: string) => boolean,
 *   playwrightPath: () => string | undefined,
 * }} Machine
 * @typedef {{ found: true, path: string, source: string } | { found: false, reason: string, fixable: boolean }} Lookup
 * @typedef {{ ok: true } | { ok: false, why: string }} InstallResult
 */

/** Names a system Chromium (or Chrome, which Playwright drives the same way) has on PATH. */
const LINUX_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

export const INSTALL_COMMAND = 'npx playwright install chromium';

/**
 * $CHROMIUM_PATH, else the system's Chromium, else Playwright's own download.
 * A CHROMIUM_PATH that points at nothing is an error, not a reason to pick
 * another browser behind the user's back.
 * @param {Machine} machine
 * @returns {Lookup}
 */
export function locateChromium({ env, platform, isExecutable, playwrightPath }) {
  if (env.CHROMIUM_PATH) {
    if (isExecutable(env.CHROMIUM_PATH)) return { found: true, path: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' };
    return {
      found: false,
      fixable: false,
      reason: `CHROMIUM_PATH is ${env.CHROMIUM_PATH}, which is not an executable file. Point it at a Chromium, or unset it.`,
    };
  }
  const system = systemCandidates(platform, env).find(isExecutable);
  if (system) return { found: true, path: system, source: "the system's Chromium" };
  const playwright = playwrightPath();
  if (playwright && isExecutable(playwright)) return { found: true, path: playwright, source: "Playwright's Chromium" };
  return { found: false, fixable: true, reason: 'No Chromium found for the end-to-end tests' };
}

/**
 * Finds a Chromium, downloading Playwright's only when there is none at all
 * and downloads are allowed; otherwise one message saying how to fix it.
 * @param {{ machine: Machine, install: () => InstallResult, log: (line: string) => void }} io
 * @returns {{ ok: true, path: string } | { ok: false, message: string }}
 */
export function ensureChromium({ machine, install, log }) {
  const lookup = locateChromium(machine);
  if (lookup.found) {
    log(`e2e: using ${lookup.source} at ${lookup.path}`);
    return { ok: true, path: lookup.path };
  }
  if (!lookup.fixable) return { ok: false, message: lookup.reason };
  if (machine.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD) {
    return { ok: false, message: noChromiumMessage('PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD is set, so none was downloaded') };
  }
  log(`e2e: no Chromium on this machine; downloading Playwright's (${INSTALL_COMMAND}, about 170 MB)…`);
  const result = install();
  if (!result.ok) return { ok: false, message: noChromiumMessage(`downloading Playwright's failed: ${result.why}`) };
  const after = locateChromium(machine);
  if (!after.found) {
    return { ok: false, message: noChromiumMessage(`${INSTALL_COMMAND} finished, yet no Chromium is where it said`) };
  }
  log(`e2e: using ${after.source} at ${after.path}`);
  return { ok: true, path: after.path };
}

/**
 * The one message for "no Chromium and none could be downloaded".
 * @param {string} why
 */
export function noChromiumMessage(why) {
  return [
    `No Chromium for the end-to-end tests (${why}). Either:`,
    '  - install one: sudo apt-get install -y chromium   (Debian; Ubuntu: chromium-browser; or Google Chrome), or',
    '  - point to one: CHROMIUM_PATH=/path/to/chromium npm test',
  ].join('\n');
}

/**
 * Where a system Chromium or Chrome lives: on PATH on Linux, in the usual
 * install folders on macOS and Windows.
 * @param {string} platform
 * @param {Record<string, string | undefined>} env
 */
export function systemCandidates(platform, env) {
  if (platform === 'darwin') {
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ];
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter(Boolean);
    return ['Chromium\\Application\\chrome.exe', 'Google\\Chrome\\Application\\chrome.exe'].flatMap((file) =>
      roots.map((root) => `${root}\\${file}`),
    );
  }
  const dirs = (env.PATH ?? '').split(':').filter(Boolean);
  return LINUX_NAMES.flatMap((name) => dirs.map((dir) => `${dir.replace(/\/$/, '')}/${name}`));
}
