import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

/** The `electron` package exports its binary's path and throws when it was never downloaded. */
export function findElectronBinary(): ElectronBinary {
  try {
    // Bundled CLIs have __filename; Playwright loads the e2e fixture as ESM, where it is
    // undefined, so resolve from the project root there.
    const from = typeof __filename === 'string' ? __filename : path.resolve('package.json');
    const binary: unknown = createRequire(from)('electron');
    if (typeof binary === 'string' && existsSync(binary)) return { found: true, path: binary };
    return { found: false, reason: 'the Electron binary was not downloaded' };
  } catch (error) {
    return { found: false, reason: (error as Error).message.split('\n')[0] ?? 'electron is not installed' };
  }
}
