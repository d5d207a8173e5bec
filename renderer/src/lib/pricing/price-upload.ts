import { PRICE_CHUNK_MAX_CHARS } from '../../../../electron/common/price-import-ipc';

/** Bytes read per chunk: decoded, a chunk never has more characters than bytes (plus a split character). */
export const UPLOAD_CHUNK_BYTES = PRICE_CHUNK_MAX_CHARS - 4;
// AWS's layout is offers/v1.0/aws/OFFER/VERSION/REGION/index.json: the last six names say which file it is.
const KEPT_SEGMENTS = 6;

/**
 * The name a file is sent under: its path inside a chosen folder (it names
 * the offer and the Region), else its name; characters the host refuses
 * become "_", so a folder called "AWS prices" still uploads.
 */
export function uploadPath(file: { name: string; webkitRelativePath?: string }): string {
  const full = file.webkitRelativePath || file.name;
  return full
    .split('/')
    .filter((part) => part !== '' && part !== '.' && part !== '..')
    .slice(-KEPT_SEGMENTS)
    .map((part) => part.replace(/[^\w.@+-]/g, '_').slice(0, 200))
    .join('/');
}

/** Only offer files travel: a folder from AWS holds nothing else, but a user's may. */
export const isOfferFile = (file: { name: string }): boolean => /\.(json|csv)$/i.test(file.name);

export class NotTextError extends Error {}

/**
 * A file as UTF-8 text in pieces of at most PRICE_CHUNK_MAX_CHARS, read a
 * slice at a time (a multi-GB offer is never held whole). A character split
 * between slices is carried over; bytes that are not UTF-8 stop it with the
 * file's name, since no offer file holds them.
 */
export async function* textChunks(file: Blob & { name: string }): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  // One slice behind, so the decoder's last word joins the last slice: no empty round trip per file.
  let pending: string | null = null;
  try {
    for (let offset = 0; offset < file.size; offset += UPLOAD_CHUNK_BYTES) {
      const bytes = new Uint8Array(await file.slice(offset, offset + UPLOAD_CHUNK_BYTES).arrayBuffer());
      if (pending !== null) yield pending;
      pending = decoder.decode(bytes, { stream: true });
    }
    yield (pending ?? '') + decoder.decode();
  } catch (error) {
    if (error instanceof TypeError) throw new NotTextError(`${file.name} is not a text file (JSON or CSV).`);
    throw error;
  }
}
