/**
 * Reads and writes PNG text chunks (tEXt, and iTXt for text outside
 * Latin-1) in a PNG byte stream, without decoding the image.
 */

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
      text[keyword] = new TextDecoder().decode(data.subarray(translated + 1));
    }
  }
  return text;
}
