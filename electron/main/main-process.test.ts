import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildAppForHarness,
  runMainProcess,
  writeMutant,
  type HarnessApp,
  type HarnessRun,
} from './testing/launch-main-process';
import { failedExpectations, MAIN_PROCESS_EXPECTATIONS } from './testing/main-process-expectations';

// The desktop app's main process cannot run here as Electron (no binary), so
// the built bundle runs under plain Node with a stand-in `electron` that keeps
// Electron's documented rules (testing/electron-stand-in). Each expectation
// below reads what one run did; the mutants show the harness notices when a
// security check is taken out of the bundle.

let app: HarnessApp;
let run: HarnessRun;

beforeAll(async () => {
  app = await buildAppForHarness();
  run = await runMainProcess(app);
}, 60_000);
afterAll(() => app?.remove());

describe('the built main process, under a stand-in for Electron', () => {
  it.each(Object.keys(MAIN_PROCESS_EXPECTATIONS))('%s', (name) => {
    MAIN_PROCESS_EXPECTATIONS[name]!(run.report, { dataDir: run.dataDir, version: app.version });
  });
});

// Each runs the bundle in a child process: allow for a loaded machine.
describe('a broken copy of the bundle is reported', { timeout: 60_000 }, () => {
  const failing = async (name: string, find: string, replace: string) => {
    const mutant = await runMainProcess(app, await writeMutant(app, name, find, replace));
    return {
      report: mutant.report,
      failed: failedExpectations(mutant.report, { dataDir: mutant.dataDir, version: app.version }),
    };
  };

  it('with the sandbox turned off', async () => {
    const { failed } = await failing('sandbox-off', 'sandbox: true,', 'sandbox: false,');
    expect(failed).toEqual([
      'opens one window on app://explorer/, isolated and sandboxed, without Node',
      'runs its preload in the sandbox, giving the page one function per IPC method and nothing else',
    ]);
  });

  it('with the IPC sender check removed', async () => {
    const { failed } = await failing('no-sender-check', 'if (!isTrustedSender(event.senderFrame)) {', 'if (false) {');
    expect(failed).toEqual(['refuses IPC from a foreign origin, another app host, an iframe or no frame']);
  });

  it('with a channel handled twice', async () => {
    const { report, failed } = await failing(
      'handled-twice',
      'for (const method of IPC_METHODS) {',
      'for (const method of [...IPC_METHODS, IPC_METHODS[0]]) {',
    );
    expect(failed).toContain('starts without an uncaught error, keeping every Electron rule it relies on');
    expect(report.breaches).toEqual([
      expect.stringContaining("Attempted to register a second handler for 'app:get-info'"),
    ]);
  });

  it('without the data folder created before it is set as userData', async () => {
    const { report, failed } = await failing(
      'no-data-folder',
      '.mkdirSync)(dataDir, { recursive: true, mode: 448 });',
      '.existsSync)(dataDir);',
    );
    expect(failed).toContain('starts without an uncaught error, keeping every Electron rule it relies on');
    expect(report.breaches).toEqual([expect.stringMatching(/app\.setPath\('userData', .*\): no such folder/)]);
  });
});

// Export report (PDF): the stand-in's printToPDF checks Electron's options, and its save dialog answers as the user.
describe('a broken Export report is reported', { timeout: 60_000 }, () => {
  const PRINTS = 'Export report prints the report page once, in the paper size the user chose, backgrounds included';
  const failing = async (name: string, find: string, replace: string) => {
    const mutant = await runMainProcess(app, await writeMutant(app, name, find, replace));
    return failedExpectations(mutant.report, { dataDir: mutant.dataDir, version: app.version });
  };

  it('printing without the page’s backgrounds', async () => {
    expect(await failing('report-no-background', 'printBackground: true', 'printBackground: false')).toEqual([PRINTS]);
  });

  it('asking for a paper size Electron does not know', async () => {
    expect(await failing('report-paper', 'letter: "Letter"', 'letter: "US Letter"')).toEqual([
      'starts without an uncaught error, keeping every Electron rule it relies on',
      PRINTS,
      'Export report saves exactly the printed bytes at the path picked, replacing an older file whole and leaving no temporary file',
    ]);
  });

  it('printing whatever the window shows', async () => {
    expect(await failing('report-any-page', 'if (!showsReport(', 'if (!Boolean(')).toEqual([
      'Export report refuses, before printing or asking where, when the window no longer shows the report',
    ]);
  });
});
