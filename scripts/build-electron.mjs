// Bundles the main-process side (Electron main, preload, workers, CLIs) into
// dist/electron/*.cjs. esbuild because the sandboxed preload must be a single
// CommonJS file, and the CLIs should start without a TypeScript loader.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

const entryPoints = {
  main: 'electron/main/main.ts',
  preload: 'electron/preload/preload.ts',
  serve: 'electron/node/cli/serve-main.ts',
  start: 'electron/node/cli/start-main.ts',
  price: 'electron/node/cli/price-main.ts',
  'pricing-worker': 'electron/node/pricing/pricing-worker-main.ts',
};

await build({
  entryPoints,
  outdir: 'dist/electron',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  sourcemap: 'linked',
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
});
// stderr, so `npm run price -- FILE --json` prints nothing but JSON on stdout.
console.error(`built ${Object.keys(entryPoints).length} entries into dist/electron`);
