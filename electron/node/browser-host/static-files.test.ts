import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveStaticFile } from './static-files';

let base: string;
let root: string;
let outside: string;

beforeEach(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'static-files-'));
  root = path.join(base, 'renderer');
  outside = path.join(base, 'outside');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await mkdir(outside);
  await writeFile(path.join(root, 'index.html'), '<!doctype html>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(root, 'assets', 'app.js.map'), '{"sources":["../src/secret.ts"]}');
  await writeFile(path.join(outside, 'secret.txt'), 'secret');
});
afterEach(() => rm(base, { recursive: true, force: true }));

const posixOnly = process.platform === 'win32';

describe('files served from the renderer folder', () => {
  it('serves a file inside it, and index.html for an unknown page', async () => {
    expect(await resolveStaticFile(root, '/assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
    expect(await resolveStaticFile(root, '/')).toBe(path.join(root, 'index.html'));
    expect(await resolveStaticFile(root, '/some/page')).toBe(path.join(root, 'index.html'));
  });

  it('refuses paths that climb out, encoded or not', async () => {
    for (const url of [
      '/../outside/secret.txt',
      '/..%2Foutside%2Fsecret.txt',
      '/%2e%2e/outside/secret.txt',
      '/a%00b',
    ]) {
      expect(await resolveStaticFile(root, url)).toBeNull();
    }
  });

  it.skipIf(posixOnly)(
    'refuses a symbolic link inside it that points outside (to a file, or to /etc/passwd)',
    async () => {
      await symlink(path.join(outside, 'secret.txt'), path.join(root, 'assets', 'linked.txt'));
      await symlink('/etc/passwd', path.join(root, 'passwd.txt'));
      expect(await resolveStaticFile(root, '/assets/linked.txt')).toBeNull();
      expect(await resolveStaticFile(root, '/passwd.txt')).toBeNull();
    },
  );

  it.skipIf(posixOnly)('refuses a file under a linked folder that points outside', async () => {
    await symlink(outside, path.join(root, 'elsewhere'));
    expect(await resolveStaticFile(root, '/elsewhere/secret.txt')).toBeNull();
  });

  it.skipIf(posixOnly)('follows links that stay inside, and a renderer folder that is itself a link', async () => {
    await symlink(path.join(root, 'assets', 'app.js'), path.join(root, 'alias.js'));
    expect(await resolveStaticFile(root, '/alias.js')).toBe(path.join(root, 'assets', 'app.js'));
    const linkedRoot = path.join(base, 'linked-renderer');
    await symlink(root, linkedRoot);
    expect(await resolveStaticFile(linkedRoot, '/assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
  });

  it('serves source maps only when asked to (a development flag)', async () => {
    expect(await resolveStaticFile(root, '/assets/app.js.map')).toBeNull();
    expect(await resolveStaticFile(root, '/assets/APP.JS.MAP')).toBeNull();
    expect(await resolveStaticFile(root, '/assets/app.js.map', { sourceMaps: true })).toBe(
      path.join(root, 'assets', 'app.js.map'),
    );
  });
});
