import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EXIT_CANNOT_BUILD_HERE, findElectronDist, planDist } from './dist-plan.mjs';

const present = { found: true as const, distDir: '/repo/node_modules/electron/dist', version: '45.5.0' };
const missing = { found: false as const, reason: 'the Electron binary was not downloaded' };

describe('npm run dist', () => {
  it.each([
    ['linux', '--linux'],
    ['darwin', '--mac'],
    ['win32', '--win'],
  ])('on %s builds that OS’s installers, never publishing', (platform, flag) => {
    const plan = planDist({ platform, electron: present });
    expect(plan).toMatchObject({ kind: 'build' });
    if (plan.kind !== 'build') return;
    expect(plan.args).toEqual(expect.arrayContaining([flag, '--publish', 'never', '-c.electronVersion=45.5.0']));
  });

  it('packs the installed Electron on Linux instead of downloading one', () => {
    const plan = planDist({ platform: 'linux', electron: present });
    expect(plan.kind === 'build' && plan.args).toContain(`-c.electronDist=${present.distDir}`);
  });

  it('without the binary builds nothing, says why and how to get it, and exits 3 (not a build failure)', () => {
    const plan = planDist({ platform: 'linux', electron: missing });
    expect(plan).toMatchObject({ kind: 'explain', exitCode: EXIT_CANNOT_BUILD_HERE });
    expect(EXIT_CANNOT_BUILD_HERE).not.toBe(1);
    if (plan.kind !== 'explain') return;
    expect(plan.message).toContain('the Electron binary was not downloaded');
    expect(plan.message).toContain('node node_modules/electron/install.js');
    expect(plan.message).toContain('CI');
    expect(plan.message).toContain('browser mode');
  });

  it('names an unsupported OS instead of trying', () => {
    expect(planDist({ platform: 'freebsd', electron: present })).toMatchObject({
      kind: 'explain',
      exitCode: EXIT_CANNOT_BUILD_HERE,
      message: expect.stringContaining('"freebsd"'),
    });
  });
});

describe('finding the installed Electron', () => {
  let dir: string;
  afterEach(() => rm(dir, { recursive: true, force: true }));

  async function electronPackage(files: Record<string, string>): Promise<string> {
    dir = await mkdtemp(path.join(os.tmpdir(), 'electron-package-'));
    for (const [name, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), text);
    }
    return dir;
  }

  it('reports a package whose download never happened (no path.txt)', async () => {
    const found = findElectronDist(await electronPackage({ 'package.json': '{"version":"45.5.0"}' }));
    expect(found).toEqual({ found: false, reason: 'the Electron binary was not downloaded' });
  });

  it('reports a path.txt whose binary is gone', async () => {
    const found = findElectronDist(
      await electronPackage({ 'package.json': '{"version":"45.5.0"}', 'path.txt': 'electron' }),
    );
    expect(found).toMatchObject({ found: false, reason: expect.stringContaining('missing') });
  });

  it('finds the unpacked binary and the version', async () => {
    const root = await electronPackage({
      'package.json': '{"version":"45.5.0"}',
      'path.txt': 'electron',
      'dist/electron': '',
    });
    expect(findElectronDist(root)).toEqual({ found: true, distDir: path.join(root, 'dist'), version: '45.5.0' });
  });
});
