import { readFileSync } from 'node:fs';
import type { HtmlTagDescriptor, Plugin } from 'vite';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The browser tab's icon, as a `<link rel="icon">` whose href is the PNG
 * itself (a data: URL). Throws on anything but a PNG, so the build stops.
 */
export function faviconTag(png: Uint8Array): HtmlTagDescriptor {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  // The IHDR chunk comes first, its type at byte 12: width and height, 4 bytes each, big-endian, from byte 16.
  const header = png.length >= 24 ? String.fromCharCode(...png.subarray(12, 16)) : '';
  if (PNG_SIGNATURE.some((byte, index) => png[index] !== byte) || header !== 'IHDR')
    throw new Error('The favicon is not a PNG file');
  const size = `${view.getUint32(16)}x${view.getUint32(20)}`;
  return {
    tag: 'link',
    attrs: {
      rel: 'icon',
      type: 'image/png',
      sizes: size,
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
