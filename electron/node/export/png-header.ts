import { crc32 } from 'node:zlib';

// A leaf module (Node's zlib only): the Vite config's favicon plugin reads the app's icon with it,
// and whatever the config imports is loaded before every build.

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Length 0, type IEND, and the CRC of "IEND": the last twelve bytes of every complete PNG. */
const PNG_END = [0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];
const MAX_PNG_SIDE = 2 ** 31 - 1;

export interface PngSize {
  width: number;
  height: number;
}

const startsWith = (bytes: Uint8Array, prefix: number[], at = 0): boolean =>
  bytes.length >= at + prefix.length && prefix.every((byte, i) => bytes[at + i] === byte);

export function looksLikePng(bytes: Uint8Array): boolean {
  return startsWith(bytes, PNG_SIGNATURE);
}

/**
 * The problem with `bytes` as a PNG, or its size: the signature, then an
 * intact IHDR chunk first (its CRC checked), and IEND last so a truncated
 * file is caught. The pixels are left to whoever decodes them.
 */
export function readPng(bytes: Uint8Array): { ok: true; size: PngSize } | { ok: false; problem: string } {
  if (!looksLikePng(bytes)) return { ok: false, problem: 'it does not start with the PNG signature' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ihdr = bytes.subarray(12, 29);
  if (bytes.length < 33 || view.getUint32(8) !== 13 || String.fromCharCode(...ihdr.subarray(0, 4)) !== 'IHDR')
    return { ok: false, problem: 'its first chunk is not an image header (IHDR)' };
  if (crc32(ihdr) !== view.getUint32(29)) return { ok: false, problem: 'its image header is damaged (bad CRC)' };
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  if (width < 1 || height < 1 || width > MAX_PNG_SIDE || height > MAX_PNG_SIDE)
    return { ok: false, problem: `its header gives an impossible size (${width} × ${height})` };
  if (!startsWith(bytes, PNG_END, bytes.length - PNG_END.length))
    return { ok: false, problem: 'it is cut short (no IEND chunk at the end)' };
  return { ok: true, size: { width, height } };
}
