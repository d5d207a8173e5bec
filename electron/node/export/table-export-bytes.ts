/**
 * Checks of the estimate's data files before the main process writes them:
 * a CSV we would write is UTF-8 text with a byte order mark; a workbook is a
 * complete zip holding a workbook part. As with pictures, bytes that are not
 * what they claim are refused, not repaired.
 */

const BOM = [0xef, 0xbb, 0xbf];
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const ZIP_END_OF_DIRECTORY = [0x50, 0x4b, 0x05, 0x06];
/** The end-of-central-directory record is 22 bytes plus a comment of at most 65,535. */
const END_RECORD_SEARCH = 22 + 0xffff;

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  bytes.length >= at + prefix.length && prefix.every((byte, i) => bytes[at + i] === byte);

/** The problem with `bytes` as a CSV we would write, or null. */
export function csvProblem(bytes: Uint8Array): string | null {
  if (!startsWith(bytes, BOM)) return 'it does not start with the UTF-8 byte order mark';
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'it is not UTF-8 text';
  }
  if (text.includes('\0')) return 'it contains a NUL character';
  if (!text.endsWith('\r\n')) return 'its last record does not end with CRLF (cut short?)';
  return null;
}

function lastIndexOf(bytes: Uint8Array, pattern: readonly number[], from: number): number {
  for (let at = bytes.length - pattern.length; at >= from; at--) if (startsWith(bytes, pattern, at)) return at;
  return -1;
}

/** The problem with `bytes` as an .xlsx workbook, or null: a zip, complete, with a workbook part inside. */
export function xlsxProblem(bytes: Uint8Array): string | null {
  if (!startsWith(bytes, ZIP_LOCAL_HEADER)) return 'it is not a zip archive, which every .xlsx is';
  const end = lastIndexOf(bytes, ZIP_END_OF_DIRECTORY, Math.max(0, bytes.length - END_RECORD_SEARCH));
  if (end < 0) return 'it is cut short (the zip has no central directory at its end)';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (directoryOffset + directorySize > end) return 'its zip directory points past the end of the file';
  const directory = new TextDecoder('latin1').decode(bytes.subarray(directoryOffset, directoryOffset + directorySize));
  if (!directory.includes('xl/workbook.xml')) return 'the zip holds no workbook (xl/workbook.xml)';
  return null;
}
