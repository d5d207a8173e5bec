/**
 * Reads and writes PNG text chunks (tEXt, and iTXt for text outside
 * Latin-1) in a PNG byte stream, without decoding the image. Reading lives in
 * electron/common, where reopening an export and the price CLI use it too.
 */
import { crc32, listPngChunks } from '../../../../electron/common/export-reopen/png-text';

export { crc32, listPngChunks, readPngText, type PngChunk } from '../../../../electron/common/export-reopen/png-text';

/** tEXt holds Latin-1 without NUL. */
function isLatin1(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0 || code > 0xff) return false;
  }
  return true;
}

/** Only for text already known to be Latin-1 (or ASCII). */
function latin1Bytes(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

export function encodeChunk(type: string, data: Uint8Array): Uint8Array {
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(latin1Bytes(type), 4);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

function concat(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** A tEXt chunk when the value is Latin-1 (the spec's encoding), else an uncompressed iTXt in UTF-8. */
export function textChunk(keyword: string, value: string): Uint8Array {
  if (!/^[\u0020-\u007e\u00a1-\u00ff]{1,79}$/.test(keyword) || keyword !== keyword.trim()) {
    throw new Error(`Invalid PNG text keyword: "${keyword}"`);
  }
  const key = latin1Bytes(keyword);
  if (isLatin1(value)) return encodeChunk('tEXt', concat([key, Uint8Array.of(0), latin1Bytes(value)]));
  // Keyword \0, not compressed, method 0, empty language tag \0, empty translated keyword \0, then UTF-8.
  return encodeChunk('iTXt', concat([key, Uint8Array.of(0, 0, 0, 0, 0), new TextEncoder().encode(value)]));
}

/** `png` with one text chunk per entry, placed right after IHDR. */
export function addPngText(png: Uint8Array, entries: Readonly<Record<string, string>>): Uint8Array<ArrayBuffer> {
  const [header] = listPngChunks(png);
  if (header?.type !== 'IHDR') throw new Error('The PNG does not start with IHDR.');
  const texts = Object.entries(entries).map(([keyword, value]) => textChunk(keyword, value));
  return concat([png.subarray(0, header.end), ...texts, png.subarray(header.end)]);
}
