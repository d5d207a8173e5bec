import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareInstall, nodeSatisfies } from './installed-deps.mjs';

// A lockfile and the record npm writes into node_modules after installing it,
// shaped as npm writes them (the record omits the project's own "" entry and
// the optional packages it skipped on this platform).
const vite = { version: '8.3.8', resolved: 'https://registry.npmjs.org/vite/-/vite-8.3.8.tgz', integrity: 'sha512-v8' };
const esbuildDarwin = { version: '0.28.2', integrity: 'sha512-d', optional: true, os: ['darwin'] };
const lock = (packages: object) => JSON.stringify({ name: 'compute-explorer', lockfileVersion: 3, packages });
const locked = lock({
  '': { name: 'compute-explorer', devDependencies: { vite: '^8.3.8' } },
  'node_modules/vite': vite,
  'node_modules/@esbuild/darwin-arm64': esbuildDarwin,
});
const installedAsLocked = lock({ 'node_modules/vite': vite });

describe('whether npm start / npm test must install dependencies first', () => {
  it('leaves a tree that matches package-lock.json alone, optional packages of other platforms skipped', () => {
    expect(compareInstall({ lockText: locked, nodeModules: true, installedText: installedAsLocked })).toEqual({
      upToDate: true,
    });
  });

  it('installs on a fresh clone (no node_modules)', () => {
    expect(compareInstall({ lockText: locked, nodeModules: false, installedText: undefined })).toEqual({
      upToDate: false,
      reason: 'node_modules is missing',
    });
  });

  it('reinstalls after a pull that moved a package to a new version', () => {
    const newer = { ...vite, version: '8.4.0', integrity: 'sha512-v84' };
    const pulled = lock({ 'node_modules/vite': newer });
    expect(compareInstall({ lockText: pulled, nodeModules: true, installedText: installedAsLocked })).toEqual({
      upToDate: false,
      reason: 'node_modules differs from package-lock.json: vite is 8.3.8, package-lock.json wants 8.4.0',
    });
  });

  it('reinstalls when a locked package is missing or one is installed that the lock no longer has', () => {
    const added = lock({ 'node_modules/vite': vite, 'node_modules/zod': { version: '4.6.7', integrity: 'z' } });
    expect(compareInstall({ lockText: added, nodeModules: true, installedText: installedAsLocked })).toMatchObject({
      reason: 'node_modules differs from package-lock.json: zod 4.6.7 is not installed',
    });
    const removed = lock({});
    expect(compareInstall({ lockText: removed, nodeModules: true, installedText: installedAsLocked })).toMatchObject({
      reason: 'node_modules differs from package-lock.json: vite is installed but not in package-lock.json',
    });
  });

  it('reinstalls a package whose contents differ at the same version, naming nested packages by their own name', () => {
    const key = 'node_modules/electron/node_modules/@electron/get';
    const get = { version: '2.0.3', integrity: 'sha512-a' };
    const swapped = lock({ [key]: { ...get, integrity: 'sha512-b' } });
    expect(compareInstall({ lockText: swapped, nodeModules: true, installedText: lock({ [key]: get }) })).toMatchObject(
      {
        reason:
          'node_modules differs from package-lock.json: @electron/get 2.0.3 comes from elsewhere than package-lock.json says',
      },
    );
  });

  it('counts the further differences after the first', () => {
    const both = lock({ 'node_modules/a': { version: '1.0.0' }, 'node_modules/b': { version: '1.0.0' } });
    expect(compareInstall({ lockText: both, nodeModules: true, installedText: lock({}) })).toMatchObject({
      reason: 'node_modules differs from package-lock.json: a 1.0.0 is not installed (and 1 more)',
    });
  });

  it('installs when node_modules has no readable record of what npm put there', () => {
    expect(compareInstall({ lockText: locked, nodeModules: true, installedText: undefined })).toMatchObject({
      upToDate: false,
      reason: 'node_modules has no record of what npm installed',
    });
    expect(compareInstall({ lockText: locked, nodeModules: true, installedText: '{ "packages": ' })).toMatchObject({
      upToDate: false,
      reason: 'node_modules/.package-lock.json is unreadable',
    });
  });

  it('does not mistake a touched but unchanged package-lock.json for a new one (content, not mtime)', () => {
    // The same JSON written again (as a git checkout does) is still up to date.
    const rewritten = JSON.stringify(JSON.parse(locked), null, 2);
    expect(compareInstall({ lockText: rewritten, nodeModules: true, installedText: installedAsLocked }).upToDate).toBe(
      true,
    );
  });
});

describe('the Node versions package.json supports', () => {
  const engines: string = JSON.parse(readFileSync('package.json', 'utf8')).engines.node;

  it.each(['v20.19.0', 'v20.20.2', 'v22.12.0', 'v24.0.0', 'v26.12.1'])('%s is supported', (version) => {
    expect(nodeSatisfies(version, engines)).toBe(true);
  });

  // Vite 8 needs 20.19+ or 22.12+; Vitest 4 skips Node 21 and 23.
  it.each(['v18.20.0', 'v20.18.3', 'v21.7.0', 'v22.11.0', 'v23.5.0'])('%s is not', (version) => {
    expect(nodeSatisfies(version, engines)).toBe(false);
  });
});
