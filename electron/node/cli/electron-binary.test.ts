import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectronBinary, locateElectronBinary } from './electron-binary';

describe('findElectronBinary', () => {
  it('reports exactly what the installed electron package holds, never a loader error', () => {
    // The package's documented layout: its install script writes path.txt, naming the executable in dist/.
    const packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = path.join(packageDir, 'path.txt');
    const executable = existsSync(pathFile) ? path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8')) : null;
    const expected =
      executable === null
        ? { found: false, reason: 'the Electron binary was not downloaded' }
        : existsSync(executable)
          ? { found: true, path: executable }
          : { found: false, reason: `the Electron binary is missing (${executable})` };
    expect(findElectronBinary({})).toEqual(expected);
  });
});

describe('locateElectronBinary', () => {
  let packageDir: string;
  beforeEach(async () => {
    packageDir = await mkdtemp(path.join(os.tmpdir(), 'electron-package-'));
  });
  afterEach(() => rm(packageDir, { recursive: true, force: true }));

  it('says the binary was never downloaded when the install script did not run', () => {
    expect(locateElectronBinary(packageDir)).toEqual({
      found: false,
      reason: 'the Electron binary was not downloaded',
    });
  });

  it('finds the executable path.txt names inside dist/', async () => {
    await writeFile(path.join(packageDir, 'path.txt'), 'electron');
    expect(locateElectronBinary(packageDir).found).toBe(false);
    await mkdir(path.join(packageDir, 'dist'));
    await writeFile(path.join(packageDir, 'dist', 'electron'), '');
    expect(locateElectronBinary(packageDir)).toEqual({ found: true, path: path.join(packageDir, 'dist', 'electron') });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does', async () => {
    const override = path.join(packageDir, 'custom');
    await writeFile(path.join(packageDir, 'path.txt'), 'electron');
    await mkdir(override);
    await writeFile(path.join(override, 'electron'), '');
    expect(locateElectronBinary(packageDir, { ELECTRON_OVERRIDE_DIST_PATH: override })).toEqual({
      found: true,
      path: path.join(override, 'electron'),
    });
  });
});
