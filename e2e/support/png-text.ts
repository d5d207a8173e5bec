import { crc32, inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * A PNG's text metadata (tEXt, zTXt and iTXt), read from the PNG
 * specification's chunk layout (W3C PNG, §11.3.3) with Node's zlib for the
 * CRCs and any compression: written apart from the app's own reader and
 * writer, so an export is checked by code that shares none of theirs.
 * Throws on a bad signature, a wrong CRC, a repeated keyword or bytes after IEND.
 */
export function readPngTextChunks(png: Buffer): Record<string, string> {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG: wrong signature');
  const text: Record<string, string> = {};
  let offset = 8;
  for (let ended = false; !ended;) {
    if (offset + 12 > png.length) throw new Error(`the PNG ends inside a chunk at byte ${offset}`);
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (crc32(png.subarray(offset + 4, offset + 8 + length)) !== png.readUInt32BE(offset + 8 + length)) {
      throw new Error(`the ${type} chunk at byte ${offset} has a wrong CRC`);
    }
    const entry = textEntry(type, data);
    if (entry) {
      if (Object.hasOwn(text, entry[0])) throw new Error(`the keyword “${entry[0]}” appears twice`);
      text[entry[0]] = entry[1];
    }
    offset += 12 + length;
    ended = type === 'IEND';
  }
  if (offset !== png.length) throw new Error(`${png.length - offset} bytes after IEND`);
  return text;
}

/** keyword → text of one text chunk; null for any other chunk. */
function textEntry(type: string, data: Buffer): [string, string] | null {
  if (type !== 'tEXt' && type !== 'zTXt' && type !== 'iTXt') return null;
  const keywordEnd = data.indexOf(0);
  if (keywordEnd < 1) throw new Error(`a ${type} chunk has no keyword`);
  const keyword = data.toString('latin1', 0, keywordEnd);
  const rest = data.subarray(keywordEnd + 1);
  if (type === 'tEXt') return [keyword, rest.toString('latin1')];
  if (type === 'zTXt') return [keyword, inflateSync(rest.subarray(1)).toString('latin1')];
  // iTXt: compression flag, method, language tag \0, translated keyword \0, then UTF-8 text.
  const compressed = rest[0] === 1;
  const languageEnd = rest.indexOf(0, 2);
  const translatedEnd = rest.indexOf(0, languageEnd + 1);
  const body = rest.subarray(translatedEnd + 1);
  return [keyword, (compressed ? inflateSync(body) : body).toString('utf8')];
}
