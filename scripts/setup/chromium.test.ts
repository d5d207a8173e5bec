import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ensureChromium, locateChromium, type Machine } from './chromium.mjs';

const DEBIAN = '/usr/bin/chromium';
const PLAYWRIGHT = '/home/me/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

/** A Linux machine whose only executables are `files`; `install` puts Playwright's Chromium in place. */
function linux(files: string[], env: Record<string, string> = {}) {
  const present = new Set(files);
  const machine: Machine = {
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...env },
    platform: 'linux',
    isExecutable: (file) => present.has(file),
    playwrightPath: () => PLAYWRIGHT,
  };
  const log = vi.fn<(line: string) => void>();
  const downloads = vi.fn(() => {
    present.add(PLAYWRIGHT);
    return { ok: true as const };
  });
  return { machine, log, install: downloads, downloads };
}

describe('the Chromium npm test drives', () => {
  it('is $CHROMIUM_PATH first, and nothing is downloaded', () => {
    const io = linux(['/opt/chromium/chrome', DEBIAN, PLAYWRIGHT], { CHROMIUM_PATH: '/opt/chromium/chrome' });
    expect(ensureChromium(io)).toEqual({ ok: true, path: '/opt/chromium/chrome' });
    expect(io.downloads).not.toHaveBeenCalled();
    expect(io.log).toHaveBeenCalledWith('e2e: using CHROMIUM_PATH at /opt/chromium/chrome');
  });

  it('stops on a $CHROMIUM_PATH that is not there, rather than quietly using another browser', () => {
    const io = linux([DEBIAN], { CHROMIUM_PATH: '/opt/typo/chrome' });
    const result = ensureChromium(io);
    expect(result).toEqual({
      ok: false,
      message:
        'CHROMIUM_PATH is /opt/typo/chrome, which is not an executable file. Point it at a Chromium, or unset it.',
    });
    expect(io.downloads).not.toHaveBeenCalled();
  });

  it("is the system's Chromium (Debian's /usr/bin/chromium) before Playwright's, and nothing is downloaded", () => {
    const io = linux([DEBIAN, PLAYWRIGHT]);
    expect(ensureChromium(io)).toEqual({ ok: true, path: DEBIAN });
    expect(io.downloads).not.toHaveBeenCalled();
  });

  it.each([['/usr/bin/chromium-browser'], ['/usr/local/bin/google-chrome-stable'], ['/usr/bin/google-chrome']])(
    'finds a system browser on PATH named like %s',
    (file) => {
      expect(locateChromium(linux([file]).machine)).toMatchObject({ found: true, path: file });
    },
  );

  it('finds Chromium or Chrome in their usual folders on macOS and Windows', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const mac = { ...linux([chrome]).machine, platform: 'darwin' };
    expect(locateChromium(mac)).toMatchObject({ found: true, path: chrome });
    const exe = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    const windows = { ...linux([exe], { PROGRAMFILES: 'C:\\Program Files' }).machine, platform: 'win32' };
    expect(locateChromium(windows)).toMatchObject({ found: true, path: exe });
  });

  it("uses Playwright's Chromium when it is the only one, without downloading it again", () => {
    const io = linux([PLAYWRIGHT]);
    expect(ensureChromium(io)).toEqual({ ok: true, path: PLAYWRIGHT });
    expect(io.downloads).not.toHaveBeenCalled();
  });

  it("with none, downloads Playwright's and says so", () => {
    const io = linux([]);
    expect(ensureChromium(io)).toEqual({ ok: true, path: PLAYWRIGHT });
    expect(io.downloads).toHaveBeenCalledOnce();
    expect(io.log.mock.calls.map(([line]) => line)).toEqual([
      "e2e: no Chromium on this machine; downloading Playwright's (npx playwright install chromium, about 170 MB)…",
      `e2e: using Playwright's Chromium at ${PLAYWRIGHT}`,
    ]);
  });

  it('with none and the download failing, stops with one message naming both fixes and the Debian package', () => {
    const io = {
      ...linux([]),
      install: () => ({ ok: false as const, why: 'getaddrinfo ENOTFOUND cdn.playwright.dev' }),
    };
    expect(ensureChromium(io)).toEqual({
      ok: false,
      message: [
        "No Chromium for the end-to-end tests (downloading Playwright's failed: getaddrinfo ENOTFOUND cdn.playwright.dev). Either:",
        '  - install one: sudo apt-get install -y chromium   (Debian; Ubuntu: chromium-browser; or Google Chrome), or',
        '  - point to one: CHROMIUM_PATH=/path/to/chromium npm test',
      ].join('\n'),
    });
  });

  it('does not try to download when PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD says not to', () => {
    const io = linux([], { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' });
    const result = ensureChromium(io);
    expect(io.downloads).not.toHaveBeenCalled();
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.message).toMatch(/PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD is set/);
  });
});

describe('scripts/ensure-chromium.mjs, run as npm test:e2e runs it', () => {
  it('on a machine with no Chromium at all, exits 1 with the message on stderr and nothing else', () => {
    const emptyCache = mkdtempSync(path.join(os.tmpdir(), 'no-playwright-browsers-'));
    try {
      // No PATH entries, an empty Playwright browser cache, and downloads off.
      const env = { PATH: '', PLAYWRIGHT_BROWSERS_PATH: emptyCache, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
      const run = spawnSync(process.execPath, ['scripts/ensure-chromium.mjs'], { env, encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^No Chromium for the end-to-end tests \(PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD is set/);
      expect(run.stderr).toContain('sudo apt-get install -y chromium');
      expect(run.stderr).toContain('CHROMIUM_PATH=/path/to/chromium npm test');
    } finally {
      rmSync(emptyCache, { recursive: true, force: true });
    }
  });
});
