import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/common/csp';
import { cspFindings, judge, scanOffline, type Finding } from './electronegativity.mjs';
import { unpinnedWebPreferences } from './pinned-web-preferences.mjs';

const ELECTRON_VERSION = '45.5.0';
const SCAN_TIMEOUT = 60_000;

const finding = (id: string, severity: string, file = 'main/window.ts'): Finding => ({
  id,
  file,
  location: { line: 1, column: 0 },
  description: '',
  severity: { name: severity },
  confidence: { name: 'FIRM' },
  manualReview: false,
});

describe('the bar', () => {
  it('fails on any HIGH finding and on a MEDIUM one nobody reviewed', () => {
    const high = finding('CONTEXT_ISOLATION_JS_CHECK', 'HIGH');
    const newMedium = finding('AUXCLICK_JS_CHECK', 'MEDIUM');
    expect(judge([high, newMedium, finding('X', 'LOW')]).failing).toEqual([high, newMedium]);
  });

  it('accepts a reviewed MEDIUM finding only in the file it was reviewed in', () => {
    const reviewed = finding('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'main/security.ts');
    const elsewhere = finding('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'main/window.ts');
    expect(judge([reviewed, elsewhere])).toEqual({ failing: [elsewhere], accepted: [reviewed] });
  });

  it('judges the app’s CSP sound and a permissive one weak', () => {
    expect(cspFindings(CONTENT_SECURITY_POLICY)).toEqual([]);
    expect(cspFindings("script-src 'self' 'unsafe-inline' https:").length).toBeGreaterThan(0);
  });
});

describe('scanning', () => {
  let weakApp: string;

  beforeAll(async () => {
    weakApp = await mkdtemp(path.join(os.tmpdir(), 'weak-electron-app-'));
    await mkdir(path.join(weakApp, 'main'));
    await writeFile(
      path.join(weakApp, 'main', 'window.ts'),
      [
        "import { BrowserWindow } from 'electron';",
        'export const open = () =>',
        '  new BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: true, nodeIntegration: true } });',
      ].join('\n'),
    );
  });
  afterAll(() => rm(weakApp, { recursive: true, force: true }));

  it(
    'passes electron/ as it stands, parsing every file, without reaching the network',
    async () => {
      const scan = await scanOffline({ input: path.resolve('electron'), electronVersion: ELECTRON_VERSION });
      expect(judge(scan.findings).failing).toEqual([]);
      expect(scan.parseErrors).toEqual([]);
      expect(unpinnedWebPreferences(path.resolve('electron'))).toEqual([]);
    },
    SCAN_TIMEOUT,
  );

  it(
    'fails a window without context isolation, and answers its translation fetch offline',
    async () => {
      const scan = await scanOffline({ input: weakApp, electronVersion: ELECTRON_VERSION });
      expect(judge(scan.findings).failing.map((f) => [f.id, f.severity.name, f.file])).toContainEqual([
        'CONTEXT_ISOLATION_JS_CHECK',
        'HIGH',
        path.join('main', 'window.ts'),
      ]);
      expect(scan.blockedRequests.length).toBeGreaterThan(0);
    },
    SCAN_TIMEOUT,
  );

  it('fails nodeIntegration: true even where the sandbox neutralises it', () => {
    expect(unpinnedWebPreferences(weakApp)).toEqual([
      { file: 'main/window.ts', line: 3, key: 'contextIsolation', expected: true, found: 'false' },
      { file: 'main/window.ts', line: 3, key: 'nodeIntegration', expected: false, found: 'true' },
    ]);
  });
});
