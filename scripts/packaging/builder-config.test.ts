import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ELECTRON_ENTRY_POINTS } from '../electron-build-options.mjs';
import {
  readBuilderConfig,
  selectPackedFiles,
  validateBuilderConfig,
  type Configuration,
} from './electron-builder-internals';

const projectDir = path.resolve('.');
let config: Configuration;

beforeAll(async () => {
  config = await readBuilderConfig(projectDir);
});

describe('electron-builder.yml', () => {
  // Compiling the schema takes a few seconds.
  it("is valid against electron-builder's own schema", async () => {
    await expect(validateBuilderConfig(config)).resolves.toBeUndefined();
  }, 60_000);

  it.each([
    ['an unknown key', { fileAsociations: [] }, "unknown property 'fileAsociations'"],
    ['a wrong type', { asar: 'sometimes' }, 'configuration.asar'],
    ['an unknown target option', { nsis: { oneClik: false } }, 'configuration.nsis'],
  ])('would be refused with %s', async (_what, broken, message) => {
    await expect(validateBuilderConfig({ ...config, ...broken } as Configuration)).rejects.toThrow(message);
  });

  it('builds AppImage and deb, a dmg for Intel and Apple silicon, and an nsis installer for x64 and arm64', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }]);
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64', 'arm64'] }]);
    expect(config.mac?.hardenedRuntime).toBe(true);
  });

  it('names the app, writes installers to release/ and never publishes or checks for updates', () => {
    expect(config.productName).toBe('Compute Explorer');
    expect(config.appId).toBe('dev.computeexplorer.app');
    expect(config.directories?.output).toBe('release');
    expect(config.publish).toBeNull();
  });

  it('associates profile files by their own extension, never every .json', () => {
    const associations = [config.fileAssociations ?? []].flat();
    const extensions = associations.flatMap((association) => [association.ext].flat());
    expect(extensions).toEqual(['cxprofile']);
  });

  // Electron's fuses are flipped in the binary at packaging, so no environment
  // variable or flag can turn a shipped app back into a general Node runtime
  // or a debug target, and only the packed (integrity-checked) app.asar runs.
  it('packs Electron with its fuses set: no run-as-Node, no NODE_OPTIONS or --inspect, only the checked app.asar', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('would refuse a misspelt fuse', async () => {
    const misspelt = { ...config, electronFuses: { ...config.electronFuses, runAsNod: false } } as Configuration;
    await expect(validateBuilderConfig(misspelt)).rejects.toThrow('configuration.electronFuses');
  }, 60_000);

  it('finds every icon it names in the build resources', () => {
    const resources = path.resolve(config.directories!.buildResources!);
    const named = ['icon.png', config.mac!.icon!, config.win!.icon!, config.linux!.icon!];
    for (const association of [config.fileAssociations ?? []].flat())
      named.push(`${association.icon}.icns`, `${association.icon}.ico`);
    expect(named.filter((name) => !existsSync(path.join(resources, name)))).toEqual([]);
  });
});

describe('what the installers pack', () => {
  // The repository as it stands (tracked and new files, not ignored ones),
  // plus what `npm run build` and `npm install` add beside it.
  const repoFiles = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    encoding: 'utf8',
  })
    .split('\n')
    .filter(Boolean);
  const builtMain = Object.keys(ELECTRON_ENTRY_POINTS).flatMap((name) => [
    `dist/electron/${name}.cjs`,
    `dist/electron/${name}.cjs.map`,
  ]);
  const builtRenderer = [
    'dist/renderer/index.html',
    'dist/renderer/assets/index-Bq3x.js',
    'dist/renderer/assets/index-Bq3x.js.map',
    'dist/renderer/assets/index-Cf2a.css',
    'dist/renderer/assets/inter-latin-400-normal-D1x.woff2',
  ];
  const installed = ['node_modules/zod/package.json', 'node_modules/electron/dist/electron', 'release/x.AppImage'];
  const packed = () =>
    selectPackedFiles(projectDir, config, [...repoFiles, ...builtMain, ...builtRenderer, ...installed]);

  it('is exactly the desktop bundles, the renderer and package.json', () => {
    expect(packed().sort()).toEqual(
      [
        'package.json',
        'dist/electron/main.cjs',
        'dist/electron/preload.cjs',
        'dist/electron/pricing-worker.cjs',
        'dist/renderer/index.html',
        'dist/renderer/assets/index-Bq3x.js',
        'dist/renderer/assets/index-Cf2a.css',
        'dist/renderer/assets/inter-latin-400-normal-D1x.woff2',
      ].sort(),
    );
  });

  it('holds no sources, tests, e2e specs, docs, scripts or source maps', () => {
    const unwanted = /^(electron|renderer|e2e|docs|scripts|assets|node_modules)\/|\.map$|\.test\.ts$/;
    expect(repoFiles.filter((file) => unwanted.test(file)).length).toBeGreaterThan(50);
    expect(packed().filter((file) => unwanted.test(file))).toEqual([]);
  });
});
