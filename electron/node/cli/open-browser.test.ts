import { EventEmitter } from 'node:events';
import { access, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openInSystemBrowser } from './open-browser';

const TOKEN = 'c0ffee'.repeat(10) + 'beef';
const URL_WITH_TOKEN = `http://127.0.0.1:43210/?token=${TOKEN}`;

let tmpDir: string;
beforeEach(async () => {
  tmpDir = await mkdtemp(path.join(os.tmpdir(), 'opener-'));
});
afterEach(() => rm(tmpDir, { recursive: true, force: true }));

/** Records what would have been run, as `ps` would show it. */
function recordingSpawn() {
  const runs: string[][] = [];
  const child = new EventEmitter();
  return { runs, child, spawn: (command: string, args: string[]) => (runs.push([command, ...args]), child) };
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

describe('opening the system browser', () => {
  it.each(['linux', 'darwin', 'win32'] as const)(
    'on %s, puts a launch file on the command line, never the token',
    async (platform) => {
      const { runs, spawn } = recordingSpawn();
      const launch = await openInSystemBrowser(URL_WITH_TOKEN, { spawn, platform, tmpDir });
      expect(runs).toHaveLength(1);
      expect(runs[0]!.join(' ')).not.toContain(TOKEN);
      expect(runs[0]).toContain(launch!.file);
      expect(runs[0]![0]).toBe({ linux: 'xdg-open', darwin: 'open', win32: 'cmd' }[platform]);
    },
  );

  it('writes a page only this user can read, which goes on to the URL with its token', async () => {
    const { spawn } = recordingSpawn();
    const launch = (await openInSystemBrowser(URL_WITH_TOKEN, { spawn, platform: 'linux', tmpDir }))!;
    const html = await readFile(launch.file, 'utf8');
    expect(html).toContain(`<meta http-equiv="refresh" content="0;url=${URL_WITH_TOKEN}">`);
    expect(html).toContain('<meta name="referrer" content="no-referrer">');
    if (process.platform !== 'win32') {
      expect((await stat(launch.file)).mode & 0o777).toBe(0o600);
      expect((await stat(path.dirname(launch.file))).mode & 0o777).toBe(0o700);
    }
  });

  it('removes the page and its folder once told the page has connected', async () => {
    const { spawn } = recordingSpawn();
    const launch = (await openInSystemBrowser(URL_WITH_TOKEN, { spawn, platform: 'linux', tmpDir }))!;
    await launch.remove();
    await launch.remove();
    expect(await exists(path.dirname(launch.file))).toBe(false);
  });
});
