import type { AppInfo } from '../../../../electron/common/ipc-schemas';

interface NavigatorLike {
  userAgent: string;
  userAgentData?: { brands?: { brand: string; version: string }[] };
}

/** The browser's own Chromium major version (or full version from the user agent), if it is Chromium. */
export function browserChromiumVersion(navigatorLike: NavigatorLike): string | null {
  const brand = navigatorLike.userAgentData?.brands?.find((entry) => entry.brand === 'Chromium');
  const fromAgent = /Chrom(?:e|ium)\/([\d.]+)/.exec(navigatorLike.userAgent)?.[1];
  return fromAgent ?? brand?.version ?? null;
}

export interface AboutRow {
  label: string;
  value: string;
}

/** The runtime rows of the About panel: the desktop app's own versions, or the browser's in browser mode. */
export function runtimeRows(info: AppInfo, navigatorLike: NavigatorLike): AboutRow[] {
  if (info.shell === 'electron') {
    return [
      { label: 'Shell', value: 'Desktop app' },
      { label: 'Electron', value: info.versions.electron ?? 'unknown' },
      { label: 'Chromium', value: info.versions.chrome ?? 'unknown' },
      { label: 'Node.js', value: info.versions.node ?? 'unknown' },
    ];
  }
  return [
    { label: 'Shell', value: 'Browser mode' },
    { label: 'Browser Chromium', value: browserChromiumVersion(navigatorLike) ?? 'not a Chromium browser' },
    { label: 'Host Node.js', value: info.versions.node ?? 'unknown' },
  ];
}
