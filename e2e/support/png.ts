import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { readPngTextChunks } from './png-text';

export interface DecodedPng {
  width: number;
  height: number;
  /** RGBA, row by row. */
  data: Buffer;
  /** tEXt/zTXt/iTXt metadata, read apart from the app's code; reading it also checks every chunk's CRC. */
  text: Record<string, string>;
  distinctColours: number;
  transparentPixels: number;
  /** RGBA of a pixel. */
  pixel(x: number, y: number): [number, number, number, number];
}

/** Decodes an exported PNG with pngjs, independently of the app's own code for writing it. */
export function decodePng(bytes: Buffer): DecodedPng {
  const png = PNG.sync.read(bytes);
  const colours = new Set<number>();
  let transparentPixels = 0;
  for (let offset = 0; offset < png.data.length; offset += 4) {
    colours.add(png.data.readUInt32BE(offset));
    if (png.data[offset + 3]! < 255) transparentPixels++;
  }
  return {
    width: png.width,
    height: png.height,
    data: png.data,
    text: readPngTextChunks(bytes),
    distinctColours: colours.size,
    transparentPixels,
    pixel(x, y) {
      const offset = (y * png.width + x) * 4;
      return [png.data[offset]!, png.data[offset + 1]!, png.data[offset + 2]!, png.data[offset + 3]!];
    },
  };
}

/**
 * Draws SVG text the way a browser shows an .svg file, as an <img>, into a
 * white canvas of the PNG's size, and returns its RGBA pixels.
 */
export async function drawSvgInPage(page: Page, svg: string, width: number, height: number): Promise<Buffer> {
  const sized = svg.replace(/<svg\b[^>]*?\swidth="[^"]*" height="[^"]*"/, (tag) =>
    tag.replace(/width="[^"]*" height="[^"]*"/, `width="${width}" height="${height}" preserveAspectRatio="none"`),
  );
  const base64 = await page.evaluate(
    async ({ text, w, h }) => {
      const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, w, h);
      context.drawImage(image, 0, 0, w, h);
      URL.revokeObjectURL(url);
      const bytes = context.getImageData(0, 0, w, h).data;
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(binary);
    },
    { text: sized, w: width, h: height },
  );
  return Buffer.from(base64, 'base64');
}

/** Pixels whose colour differs visibly between a PNG and other RGBA pixels of the same size. */
export function differingPixels(png: DecodedPng, rgba: Buffer): number {
  let count = 0;
  for (let offset = 0; offset < png.data.length; offset += 4) {
    let distance = 0;
    for (let channel = 0; channel < 3; channel++)
      distance += Math.abs(png.data[offset + channel]! - rgba[offset + channel]!);
    if (distance > 30) count++;
  }
  return count;
}
