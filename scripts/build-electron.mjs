// Bundles the main-process side (Electron main, preload, workers, CLIs) into
// dist/electron/*.cjs. esbuild because the sandboxed preload must be a single
// CommonJS file, and the CLIs should start without a TypeScript loader.
import { build } from 'esbuild';
import {
  ELECTRON_ENTRY_POINTS,
  ELECTRON_OUTDIR,
  electronBuildOptions,
  REPORT_CLI_ENTRY_POINTS,
  reportCliBuildOptions,
} from './electron-build-options.mjs';

await Promise.all([build(electronBuildOptions()), build(reportCliBuildOptions())]);
// stderr, so `npm run price -- FILE --json` prints nothing but JSON on stdout.
console.error(
  `built ${Object.keys(ELECTRON_ENTRY_POINTS).length + Object.keys(REPORT_CLI_ENTRY_POINTS).length} entries into ${ELECTRON_OUTDIR}`,
);
