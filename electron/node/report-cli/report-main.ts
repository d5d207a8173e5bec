import { chromium } from 'playwright-core';
import path from 'node:path';
import { APP_VERSION } from '../build-info';
import { defaultDataDir } from '../data-dir';
import { findChromium, isExecutableFile } from './find-chromium';
import { runReportCli } from './report-cli';
import { renderReportPdf } from './render-report';

function playwrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

// `npm run report -- PROFILE.json OUT.pdf [--page a4|letter] [--data-dir DIR]`
void runReportCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  findChromium: () => findChromium({ env: process.env, isExecutable: isExecutableFile, playwrightPath }),
  render: renderReportPdf,
  defaultDataDir: () => process.env.COMPUTE_EXPLORER_DATA_DIR || defaultDataDir(),
  // The bundle lives in dist/electron; the built renderer beside it.
  rendererRoot: path.resolve(__dirname, '..', 'renderer'),
  version: APP_VERSION,
}).then((code) => {
  process.exitCode = code;
});
