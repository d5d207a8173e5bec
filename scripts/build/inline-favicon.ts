import { readFileSync } from 'node:fs';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { readPng } from '../../electron/node/export/png-header.ts';

/**
 * The browser tab's icon, as a `<link rel="icon">` whose href is the PNG
 * itself (a data: URL), its size read from the PNG. Throws on anything that is
 * not a whole PNG (the export writer's check), so the build stops.
 */
export function faviconTag(png: Uint8Array): HtmlTagDescriptor {
  const read = readPng(png);
  if (!read.ok) throw new Error(`The favicon is not a PNG file: ${read.problem}`);
  return {
    tag: 'link',
    attrs: {
      rel: 'icon',
      type: 'image/png',
      sizes: `${read.size.width}x${read.size.height}`,
      href: `data:image/png;base64,${Buffer.from(png).toString('base64')}`,
    },
    injectTo: 'head',
  };
}

/**
 * Writes the tab's icon into index.html inline. Chromium fetches and decodes a
 * page's icon again on every same-document navigation, and each page change
 * in the app is one (a `pushState`). With the SVG icon as a file, that was a
 * disk-cache fetch and a ~5 ms SVG document built on the page's main thread
 * right after each new page's first frame; an inline 32-px PNG costs next to
 * nothing (issue 15, docs/performance.md). Electron shows no favicon: this is
 * for browser mode.
 */
export function inlineFavicon(pngPath: string): Plugin {
  let tag: HtmlTagDescriptor | undefined;
  return {
    name: 'compute-explorer:inline-favicon',
    transformIndexHtml: () => [(tag ??= faviconTag(readFileSync(pngPath)))],
  };
}
