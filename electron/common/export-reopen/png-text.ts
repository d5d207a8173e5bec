/**
 * Reads a PNG's chunks and its text metadata (tEXt, uncompressed iTXt)
 * without decoding the image: plain TS, bytes in, so the app (export and
 * reopen) and the price CLI read PNGs the same way.
 */

import { decodeUtf8 } from './utf8';

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** The CRC-32 of ISO 3309 / PNG, over `bytes`. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export interface PngChunk {
  type: string;
  /** Offset of the chunk's length field. */
  start: number;
  /** Offset just past its CRC. */
  end: number;
  data: Uint8Array;
}

/** Every chunk, in order; throws on a bad signature, truncation or a wrong CRC. */
export function listPngChunks(png: Uint8Array): PngChunk[] {
  if (png.length < 8 || SIGNATURE.some((byte, i) => png[i] !== byte)) throw new Error('Not a PNG file.');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: PngChunk[] = [];
  for (let offset = 8; offset < png.length;) {
    if (offset + 12 > png.length) throw new Error('The PNG is truncated.');
    const length = view.getUint32(offset);
    const end = offset + 12 + length;
    if (end > png.length) throw new Error('The PNG is truncated.');
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    if (crc32(png.subarray(offset + 4, offset + 8 + length)) !== view.getUint32(offset + 8 + length)) {
      throw new Error(`The PNG's ${type} chunk has a wrong CRC.`);
    }
    chunks.push({ type, start: offset, end, data: png.subarray(offset + 8, offset + 8 + length) });
    offset = end;
  }
  return chunks;
}

/** Every tEXt and uncompressed iTXt entry, keyword → text; verifies each chunk's CRC on the way. */
export function readPngText(png: Uint8Array): Record<string, string> {
  const text: Record<string, string> = {};
  for (const { type, data } of listPngChunks(png)) {
    const zero = data.indexOf(0);
    if (zero < 0) continue;
    const keyword = String.fromCharCode(...data.subarray(0, zero));
    if (type === 'tEXt') {
      text[keyword] = Array.from(data.subarray(zero + 1), (byte) => String.fromCharCode(byte)).join('');
    } else if (type === 'iTXt' && data[zero + 1] === 0) {
      const language = data.indexOf(0, zero + 3);
      const translated = data.indexOf(0, language + 1);
      text[keyword] = decodeUtf8(data.subarray(translated + 1));
    }
  }
  return text;
}
