import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { fasterMermaid } from '../scripts/build/faster-mermaid.ts';
import { inlineFavicon } from '../scripts/build/inline-favicon.ts';
import { mermaidFirstDrawPreload } from '../scripts/build/mermaid-first-draw-preload.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Who draws the diagrams: Mermaid's version and a hash of the app's files that
 * configure and decorate its output. A picture in the disk cache drawn by any
 * other renderer is not shown (lib/diagrams/disk-cache.ts).
 */
function diagramRenderer(): string {
  const read = (relative: string) => readFileSync(fileURLToPath(new URL(relative, import.meta.url)));
  const mermaid = JSON.parse(read('../node_modules/mermaid/package.json').toString('utf8')) as { version: string };
  const styling = createHash('sha256');
  for (const file of [
    'src/lib/diagrams/mermaid-loader.ts',
    'src/lib/diagrams/decorate-svg.ts',
    'src/lib/diagrams/slim-svg.ts',
    'src/lib/diagrams/group-styles.ts',
    '../assets/aws-icons/aws-icons.json',
    // The build-time edits to Mermaid's own code.
    '../scripts/build/faster-mermaid.ts',
    '../scripts/build/mermaid-config-copy.ts',
    '../scripts/build/mermaid-single-sanitise.ts',
  ])
    styling.update(read(file));
  return `mermaid@${mermaid.version}+style.${styling.digest('hex').slice(0, 16)}`;
}

const firstDraw = mermaidFirstDrawPreload();

export default defineConfig({
  root,
  base: '/',
  // Nothing is fetched at run time: fonts, icons and the AWS icon pack come
  // from assets/ and are bundled into dist/renderer.
  publicDir: false,
  plugins: [
    svelte(),
    fasterMermaid(),
    firstDraw.plugin,
    inlineFavicon(fileURLToPath(new URL('../assets/app-icons/icons/32x32.png', import.meta.url))),
  ],
  define: { __DIAGRAM_RENDERER__: JSON.stringify(diagramRenderer()) },
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome130',
    chunkSizeWarningLimit: 4000,
    sourcemap: true,
    modulePreload: { resolveDependencies: firstDraw.resolveDependencies },
  },
  server: {
    fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] },
  },
});
