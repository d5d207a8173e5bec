// First step of `npm start` and `npm test`: on a fresh clone, or after a pull
// that changed package-lock.json, install the locked dependencies (npm ci) and
// say so; otherwise do nothing, quickly. Plain Node with no packages, because
// it runs before node_modules exists. npm ci runs the postinstall
// (scripts/install-electron.mjs), so ELECTRON_SKIP_BINARY_DOWNLOAD and its
// "no Electron binary → browser mode" fallback apply as with a manual install.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareInstall, nodeSatisfies, readInstall } from './setup/installed-deps.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const say = (/** @type {string} */ line) => console.log(`compute-explorer: ${line}`);

const engines = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).engines?.node;
if (engines && !nodeSatisfies(process.version, engines)) {
  say(`Node ${process.version} is not one this project supports (${engines}); expect failures.`);
}

const state = compareInstall(readInstall(root));
if (!state.upToDate) {
  say(`${state.reason} — installing the locked dependencies with npm ci (a minute or two)…`);
  const started = Date.now();
  const result = await runNpm(['ci', '--no-audit', '--no-fund']);
  if (result.status !== 0) {
    say(`npm ci failed (${result.error?.message ?? `exit code ${result.status}`}); see npm's messages above.`);
    process.exit(result.status || 1);
  }
  say(`dependencies installed in ${Math.round((Date.now() - started) / 1000)} s.`);
}

/** The npm that is running us (npm sets npm_execpath), else the one on PATH. @param {string[]} args */
async function runNpm(args) {
  // Imported here: the up-to-date path, taken on every start, need not load it.
  const { spawnSync } = await import('node:child_process');
  const options = /** @type {const} */ ({ cwd: root, stdio: 'inherit' });
  const npmCli = process.env.npm_execpath;
  if (npmCli && /npm-cli\.[cm]?js$/.test(npmCli)) return spawnSync(process.execPath, [npmCli, ...args], options);
  return spawnSync('npm', args, { ...options, shell: process.platform === 'win32' });
}
