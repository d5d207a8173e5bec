import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

/** The `electron` package exports its binary's path and throws when it was never downloaded. */
export function findElectronBinary(): ElectronBinary {
  try {
    const binary: unknown = createRequire(__filename)('electron');
    if (typeof binary === 'string' && existsSync(binary)) return { found: true, path: binary };
    return { found: false, reason: 'the Electron binary was not downloaded' };
  } catch (error) {
    return { found: false, reason: (error as Error).message.split('\n')[0] ?? 'electron is not installed' };
  }
}
