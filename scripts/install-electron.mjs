// postinstall: Electron's own install script is denied in package.json's
// allowScripts, so the binary download happens here, where a failure can be a
// warning instead of a failed install: browser mode works without it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const retry = 'Retry with: node node_modules/electron/install.js (or npm rebuild electron).';

if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.warn(
    `compute-explorer: ELECTRON_SKIP_BINARY_DOWNLOAD is set, so the Electron binary was not downloaded; "npm start" will use browser mode. ${retry}`,
  );
  process.exit(0);
}

let installScript;
try {
  installScript = path.join(path.dirname(require.resolve('electron/package.json')), 'install.js');
} catch {
  process.exit(0); // production install without devDependencies: nothing to fetch
}
if (!existsSync(installScript)) process.exit(0);

const result = spawnSync(process.execPath, [installScript], { encoding: 'utf8', timeout: 300_000 });
if (result.status === 0) process.exit(0);
const why = (result.stderr || result.error?.message || 'unknown error').trim().split('\n')[0];
console.warn(
  `compute-explorer: could not download the Electron binary (${why}). The desktop window is unavailable, but "npm start" falls back to browser mode and "npm test" runs. ${retry}`,
);
process.exit(0);
