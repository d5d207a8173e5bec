import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { faviconTag, inlineFavicon } from './inline-favicon';

const ICON = fileURLToPath(new URL('../../assets/app-icons/icons/32x32.png', import.meta.url));

describe('inlineFavicon', () => {
  it('writes the app icon into the page head as the PNG itself, with its size', () => {
    const transform = inlineFavicon(ICON).transformIndexHtml as () => ReturnType<typeof faviconTag>[];
    const [tag] = transform();
    expect(tag).toMatchObject({
      tag: 'link',
      injectTo: 'head',
      attrs: { rel: 'icon', type: 'image/png', sizes: '32x32' },
    });
    const href = String(tag!.attrs!.href);
    expect(href.startsWith('data:image/png;base64,')).toBe(true);
    // The same bytes as the committed icon: nothing for the page to fetch.
    expect(Buffer.from(href.slice('data:image/png;base64,'.length), 'base64').equals(readFileSync(ICON))).toBe(true);
  });

  it('reads the size from the PNG header', () => {
    const png = Buffer.from(readFileSync(ICON));
    png.writeUInt32BE(48, 16);
    png.writeUInt32BE(24, 20);
    png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
    expect(faviconTag(png).attrs).toMatchObject({ sizes: '48x24' });
  });

  it('stops the build on a file that is not a PNG', () => {
    const svg = readFileSync(fileURLToPath(new URL('../../assets/icon.svg', import.meta.url)));
    expect(() => faviconTag(svg)).toThrow('The favicon is not a PNG file');
    expect(() => faviconTag(new Uint8Array(8))).toThrow('The favicon is not a PNG file');
    // A PNG's signature on something else: its first chunk is not the header.
    const png = Buffer.from(readFileSync(ICON));
    png.write('tEXt', 12, 'latin1');
    expect(() => faviconTag(png)).toThrow('The favicon is not a PNG file: its first chunk is not an image header');
    // Cut short: the export writer's check, reused, catches that too.
    expect(() => faviconTag(readFileSync(ICON).subarray(0, 100))).toThrow('no IEND chunk');
  });
});
