import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

/**
 * Where the `electron` package put its binary, worked out the way its index.js
 * does (path.txt names the executable inside dist/) but without requiring it:
 * requiring it tries to download a missing binary, which is a network call and
 * a long wait on machines that cannot reach the download host.
 */
export function findElectronBinary(env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  let packageDir: string;
  try {
    // Bundled CLIs have __filename; Playwright loads the e2e fixture as ESM, where it is
    // undefined, so resolve from the project root there.
    const from = typeof __filename === 'string' ? __filename : path.resolve('package.json');
    packageDir = path.dirname(createRequire(from).resolve('electron/package.json'));
  } catch {
    return { found: false, reason: 'the electron package is not installed' };
  }
  return locateElectronBinary(packageDir, env);
}

/** The binary inside an installed `electron` package folder, if its install script fetched it. */
export function locateElectronBinary(packageDir: string, env: NodeJS.ProcessEnv = {}): ElectronBinary {
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return { found: false, reason: 'the Electron binary was not downloaded' };
  const executable = readFileSync(pathFile, 'utf8');
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(packageDir, 'dist');
  const binary = path.join(distDir, executable);
  return existsSync(binary)
    ? { found: true, path: binary }
    : { found: false, reason: `the Electron binary is missing (${binary})` };
}
