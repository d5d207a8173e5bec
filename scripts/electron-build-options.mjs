// The esbuild options of the main-process bundles, shared by the build and the
// tests that check what the packaged app will require and report.
import { readFileSync } from 'node:fs';

export const ELECTRON_OUTDIR = 'dist/electron';

export const ELECTRON_ENTRY_POINTS = {
  main: 'electron/main/main.ts',
  preload: 'electron/preload/preload.ts',
  serve: 'electron/node/cli/serve-main.ts',
  start: 'electron/node/cli/start-main.ts',
  price: 'electron/node/cli/price-main.ts',
  prices: 'electron/node/cli/prices-main.ts',
  'pricing-worker': 'electron/node/pricing/pricing-worker-main.ts',
};

/** @param {{ outdir?: string }} [overrides] @returns {import('esbuild').BuildOptions} */
export function electronBuildOptions({ outdir = ELECTRON_OUTDIR } = {}) {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  return {
    entryPoints: ELECTRON_ENTRY_POINTS,
    outdir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron'],
    sourcemap: 'linked',
    define: {
      __APP_VERSION__: JSON.stringify(pkg.version),
      // `ws` would try its optional native helpers at run time; the bundle uses its plain-JS paths (Node's own where there are).
      'process.env.WS_NO_BUFFER_UTIL': '"1"',
      'process.env.WS_NO_UTF_8_VALIDATE': '"1"',
    },
    logLevel: 'warning',
  };
}

/**
 * `npm run report`: a development tool, not part of the packaged app. It
 * drives a Chromium through Playwright, which stays in node_modules (a dev
 * dependency) instead of in the bundle, and the packaged app never ships it.
 */
export const REPORT_CLI_ENTRY_POINTS = { report: 'electron/node/report-cli/report-main.ts' };

/** @param {{ outdir?: string }} [overrides] @returns {import('esbuild').BuildOptions} */
export function reportCliBuildOptions({ outdir = ELECTRON_OUTDIR } = {}) {
  return {
    ...electronBuildOptions({ outdir }),
    entryPoints: REPORT_CLI_ENTRY_POINTS,
    external: ['electron', '@playwright/test', 'playwright', 'playwright-core'],
  };
}
