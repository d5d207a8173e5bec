import { build, type Metafile } from 'esbuild';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STARTUP_LINE_PATTERN } from '../../electron/node/browser-host/server';
import { electronBuildOptions } from '../electron-build-options.mjs';

interface LockEntry {
  dev?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}
interface PackageJson {
  version: string;
  main: string;
  dependencies?: Record<string, string>;
  devDependencies: Record<string, string>;
}

const pkg = JSON.parse(await readFile('package.json', 'utf8')) as PackageJson;
const lock = JSON.parse(await readFile('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };
const dependencies = Object.keys(pkg.dependencies ?? {});
// Build and test tools that must never reach an installer, whatever else is in devDependencies.
const TOOLS = ['electron', 'electron-builder', 'app-builder-lib', 'vite', 'svelte', 'playwright', '@playwright/test'];
const DEV_ONLY = [
  ...TOOLS,
  ...['vitest', 'eslint', 'typescript', 'esbuild', 'prettier'],
  ...Object.keys(pkg.devDependencies),
];

/** Lock paths of `names` and everything they need, resolved as Node does (nearest node_modules first). */
function productionClosure(names: string[]): Set<string> {
  const found = new Set<string>();
  const visit = (from: string, name: string) => {
    for (let dir = from; ; dir = dir.slice(0, Math.max(0, dir.lastIndexOf('/node_modules/')))) {
      const key = `${dir ? `${dir}/` : ''}node_modules/${name}`;
      const entry = lock.packages[key];
      if (entry) {
        if (found.has(key)) return;
        found.add(key);
        for (const child of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) visit(key, child);
        return;
      }
      if (!dir) return;
    }
  };
  for (const name of names) visit('', name);
  return found;
}

describe('production dependencies', () => {
  it('hold no build or test tool, directly or transitively', () => {
    const closure = [...productionClosure(dependencies)].map((key) => key.slice(key.lastIndexOf('node_modules/') + 13));
    expect(closure.filter((name) => DEV_ONLY.includes(name))).toEqual([]);
  });

  it('are exactly what the lock file would install without dev dependencies', () => {
    const installedInProduction = Object.entries(lock.packages)
      .filter(([key, entry]) => key !== '' && !entry.dev)
      .map(([key]) => key);
    expect(installedInProduction.sort()).toEqual([...productionClosure(dependencies)].sort());
  });
});

describe('the built main-process bundles', () => {
  let outdir: string;
  let metafile: Metafile;

  beforeAll(async () => {
    outdir = await mkdtemp(path.join(os.tmpdir(), 'packaged-runtime-'));
    const result = await build({
      ...electronBuildOptions({ outdir }),
      sourcemap: false,
      metafile: true,
      logLevel: 'error',
    });
    metafile = result.metafile;
  });
  afterAll(() => rm(outdir, { recursive: true, force: true }));

  it('require at run time only Node built-ins, Electron and production dependencies', () => {
    const external = Object.values(metafile.outputs).flatMap((output) =>
      output.imports.filter((entry) => entry.external).map((entry) => entry.path),
    );
    expect(external).toContain('electron');
    const packageName = (specifier: string) =>
      specifier
        .split('/')
        .slice(0, specifier.startsWith('@') ? 2 : 1)
        .join('/');
    const unresolved = external.filter(
      (specifier) =>
        !isBuiltin(specifier) && specifier !== 'electron' && !dependencies.includes(packageName(specifier)),
    );
    expect(unresolved).toEqual([]);
  });

  it('is what package.json "main" starts and the e2e Electron project launches', async () => {
    expect(pkg.main).toBe('dist/electron/main.cjs');
    expect(Object.keys(metafile.outputs)).toContain(
      path.relative('.', path.join(outdir, 'main.cjs')).split(path.sep).join('/'),
    );
    const fixtures = await readFile('e2e/fixtures.ts', 'utf8');
    expect(fixtures).toMatch(/const ELECTRON_MAIN = path\.resolve\('dist\/electron\/main\.cjs'\);/);
    expect(fixtures).toMatch(/_electron\.launch\(\{\s*args: \[ELECTRON_MAIN\b/);
  });

  it('report package.json’s version in the About panel (getAppInfo)', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'packaged-runtime-data-'));
    const host = spawn(
      process.execPath,
      [path.join(outdir, 'serve.cjs'), '--port', '0', '--no-open', '--data-dir', dataDir],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    try {
      const url = new URL(await startupUrl(host));
      const reply = await fetch(new URL('/api/getAppInfo', url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Explorer-Token': url.searchParams.get('token')! },
        body: JSON.stringify({}),
      });
      expect(await reply.json()).toMatchObject({ ok: true, value: { version: pkg.version } });
    } finally {
      await new Promise((resolve) => (host.exitCode === null ? host.once('exit', resolve).kill() : resolve(null)));
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

/** Waits for the host's documented startup line, not for a timer. */
function startupUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = STARTUP_LINE_PATTERN.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`browser host exited (${code}):\n${output}`)));
  });
}
