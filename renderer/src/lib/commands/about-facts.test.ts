import { describe, expect, it } from 'vitest';
import type { AppInfo } from '../../../../electron/common/ipc-schemas';
import { browserChromiumVersion, runtimeRows } from './about-facts';

const LINUX_CHROMIUM =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.7204.92 Safari/537.36';
const info = (shell: AppInfo['shell'], versions: Record<string, string>): AppInfo => ({
  name: 'Compute Explorer',
  version: '0.1.0',
  shell,
  platform: 'linux',
  dataDir: '/data',
  versions,
});

describe('About facts', () => {
  it("reads the browser's Chromium version from its user agent, else its brands", () => {
    expect(browserChromiumVersion({ userAgent: LINUX_CHROMIUM })).toBe('138.0.7204.92');
    expect(
      browserChromiumVersion({
        userAgent: 'Mozilla/5.0',
        userAgentData: { brands: [{ brand: 'Chromium', version: '140' }] },
      }),
    ).toBe('140');
    expect(browserChromiumVersion({ userAgent: 'Mozilla/5.0 Firefox/130.0' })).toBeNull();
  });

  it('shows Electron, Chromium and Node versions in the desktop app', () => {
    expect(
      runtimeRows(info('electron', { electron: '45.5.0', chrome: '140.0.1', node: '22.1.0' }), { userAgent: '' }),
    ).toEqual([
      { label: 'Shell', value: 'Desktop app' },
      { label: 'Electron', value: '45.5.0' },
      { label: 'Chromium', value: '140.0.1' },
      { label: 'Node.js', value: '22.1.0' },
    ]);
  });

  it("says browser mode and shows the browser's own Chromium", () => {
    expect(runtimeRows(info('browser', { node: '20.19.0' }), { userAgent: LINUX_CHROMIUM })).toEqual([
      { label: 'Shell', value: 'Browser mode' },
      { label: 'Browser Chromium', value: '138.0.7204.92' },
      { label: 'Host Node.js', value: '20.19.0' },
    ]);
  });
});
