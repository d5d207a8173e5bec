import { build, type BuildOptions } from 'esbuild';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleForTests } from '../../node/testing/bundle-for-tests';
import type { MainProcessReport } from './main-process-report';
import { SECRET } from './main-process-probes';
import type { HarnessConfig } from './run-main-process';

const REPO = path.resolve(import.meta.dirname, '../../..');

export interface HarnessApp {
  /** The built main bundle, beside its preload and pricing worker, as in dist/electron. */
  mainFile: string;
  runner: string;
  version: string;
  remove(): Promise<void>;
}

/** The app's own esbuild options (scripts/ is plain .mjs, outside this TypeScript project). */
async function appBuildOptions(outdir: string): Promise<BuildOptions> {
  const script = pathToFileURL(path.join(REPO, 'scripts/electron-build-options.mjs')).href;
  const { electronBuildOptions } = (await import(script)) as {
    electronBuildOptions(overrides: { outdir: string }): BuildOptions;
  };
  return electronBuildOptions({ outdir });
}

/**
 * Builds the main-process bundles exactly as `npm run build` does, into a
 * folder laid out like dist/: electron/ beside a small renderer/ (the
 * harness checks how files are served, not the UI), a secret file beside
 * both, and an `electron` package that only the stand-in may fill.
 */
export async function buildAppForHarness(): Promise<HarnessApp> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'main-process-harness-'));
  const options = await appBuildOptions(path.join(root, 'electron'));
  await build({ ...options, absWorkingDir: REPO, sourcemap: false, logLevel: 'error' });
  await mkdir(path.join(root, 'renderer', 'assets'), { recursive: true });
  await writeFile(path.join(root, 'renderer', 'index.html'), '<!doctype html><title>Compute Explorer</title>\n');
  await writeFile(path.join(root, 'renderer', 'assets', 'app.js'), 'export {};\n');
  await writeFile(path.join(root, 'secret.txt'), SECRET);
  const placeholder = path.join(root, 'node_modules', 'electron');
  await mkdir(placeholder, { recursive: true });
  await writeFile(path.join(placeholder, 'package.json'), '{ "name": "electron", "main": "index.js" }\n');
  await writeFile(path.join(placeholder, 'index.js'), "throw new Error('the Electron stand-in was not installed');\n");
  const runner = await bundleForTests(path.join(import.meta.dirname, 'run-main-process.ts'), 'run-main-process.cjs');
  const { version } = JSON.parse(await readFile(path.join(REPO, 'package.json'), 'utf8')) as { version: string };
  return {
    mainFile: path.join(root, 'electron', 'main.cjs'),
    runner,
    version,
    remove: async () => {
      await rm(root, { recursive: true, force: true });
      await rm(path.dirname(runner), { recursive: true, force: true });
    },
  };
}

/**
 * A copy of the main bundle beside the original with `mutate` applied, for
 * showing the harness catches a broken check. The mutation must change the
 * bundle exactly once, or the copy would prove nothing.
 */
export async function writeMutant(app: HarnessApp, name: string, find: string, replace: string): Promise<string> {
  const source = await readFile(app.mainFile, 'utf8');
  const matches = source.split(find).length - 1;
  if (matches !== 1) throw new Error(`mutant “${name}”: “${find}” occurs ${matches} times in the bundle, not once`);
  const file = path.join(path.dirname(app.mainFile), `main.${name}.cjs`);
  await writeFile(file, source.replace(find, replace));
  return file;
}

export interface HarnessRun {
  report: MainProcessReport;
  /** The child's stdout and stderr, for a failing test's message. */
  output: string;
  dataDir: string;
}

/**
 * Runs a main bundle under the stand-in in its own `node` process, with a
 * fresh home and a data folder that does not exist yet, and returns what the
 * harness saw.
 */
export async function runMainProcess(app: HarnessApp, mainFile = app.mainFile): Promise<HarnessRun> {
  const home = await mkdtemp(path.join(os.tmpdir(), 'main-process-home-'));
  const dataDir = path.join(home, 'data', 'Compute Explorer');
  const config: HarnessConfig = { reportFile: path.join(home, 'report.json'), home, dataDir, version: app.version };
  try {
    const child = spawn(process.execPath, [app.runner, mainFile], {
      cwd: home,
      env: { ...process.env, COMPUTE_EXPLORER_DATA_DIR: dataDir, MAIN_HARNESS: JSON.stringify(config) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    let report: MainProcessReport;
    try {
      report = JSON.parse(await readFile(config.reportFile, 'utf8')) as MainProcessReport;
    } catch {
      throw new Error(`the harness wrote no report (exit code ${code}):\n${output}`);
    }
    return { report, output, dataDir };
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}
