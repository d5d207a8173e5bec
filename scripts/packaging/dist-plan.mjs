// What `npm run dist` does on this machine: build the current OS's installers,
// or say why it cannot and what to do. Pure, so the wording is unit-tested.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A build or electron-builder failure exits 1; "cannot build installers here" exits 3. */
export const EXIT_CANNOT_BUILD_HERE = 3;

/** @type {Record<string, { flag: string, name: string } | undefined>} */
const TARGETS = {
  linux: { flag: '--linux', name: 'Linux (AppImage and deb)' },
  darwin: { flag: '--mac', name: 'macOS (dmg for x64 and arm64)' },
  win32: { flag: '--win', name: 'Windows (nsis for x64 and arm64)' },
};

/**
 * @typedef {{ found: true, distDir: string, version: string } | { found: false, reason: string }} ElectronDist
 * @typedef {{ kind: 'build', platformName: string, args: string[] } | { kind: 'explain', exitCode: number, message: string }} DistPlan
 */

/**
 * The installed `electron` package: its version, and its unpacked binary when
 * it was downloaded (the package writes path.txt only after a download).
 * @param {string} electronPackageDir node_modules/electron
 * @returns {ElectronDist}
 */
export function findElectronDist(electronPackageDir) {
  const manifest = path.join(electronPackageDir, 'package.json');
  if (!existsSync(manifest)) return { found: false, reason: 'the electron package is not installed' };
  const pathFile = path.join(electronPackageDir, 'path.txt');
  if (!existsSync(pathFile)) return { found: false, reason: 'the Electron binary was not downloaded' };
  const distDir = path.join(electronPackageDir, 'dist');
  const binary = path.join(distDir, readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) return { found: false, reason: `the Electron binary is missing (${binary})` };
  return { found: true, distDir, version: JSON.parse(readFileSync(manifest, 'utf8')).version };
}

/**
 * @param {{ platform: string, electron: ElectronDist }} machine
 * @returns {DistPlan}
 */
export function planDist({ platform, electron }) {
  const target = TARGETS[platform];
  if (!target) {
    return {
      kind: 'explain',
      exitCode: EXIT_CANNOT_BUILD_HERE,
      message: `npm run dist: installers are built on Linux, macOS or Windows, not on "${platform}".`,
    };
  }
  if (!electron.found)
    return { kind: 'explain', exitCode: EXIT_CANNOT_BUILD_HERE, message: missingBinary(electron.reason) };
  const args = [target.flag, '--publish', 'never', `-c.electronVersion=${electron.version}`];
  // Linux builds the host's architecture only, so the installed binary is the
  // one to pack and nothing is downloaded. macOS and Windows build two
  // architectures; electron-builder fetches (and caches) each one's Electron.
  if (platform === 'linux') args.push(`-c.electronDist=${electron.distDir}`);
  return { kind: 'build', platformName: target.name, args };
}

/** @param {string} reason */
function missingBinary(reason) {
  return [
    `npm run dist: cannot build installers here: ${reason}.`,
    '',
    'Installers pack the Electron binary, which `npm install` downloads when it has network access.',
    'To get it:',
    '  node node_modules/electron/install.js     (needs network access once)',
    'then run `npm run dist` again. Or build the installers on a CI machine with network access.',
    '',
    'Everything else works without it: `npm start` opens the app in browser mode and `npm test` runs.',
  ].join('\n');
}
