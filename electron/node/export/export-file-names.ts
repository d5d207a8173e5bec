import path from 'node:path';
import type { ExportKind } from '../../common/desktop-ipc';

export const EXTENSION: Record<ExportKind, string> = {
  png: '.png',
  svg: '.svg',
  csv: '.csv',
  xlsx: '.xlsx',
  pdf: '.pdf',
};

/**
 * In UTF-8 bytes: most file systems allow 255, and the name must leave room
 * for a " (12)" suffix, the extension and the temp file's decorations.
 */
const MAX_BASE_BYTES = 180;
const FALLBACK = 'diagram';

// Separators and what Windows refuses in a name; controls and bidi overrides, which can disguise an extension.
const SEPARATOR_OR_RESERVED = /[/\\<>:"|?*]+/g;
// eslint-disable-next-line no-control-regex -- finding control characters is the point.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\s*\..*)?$/i;
const EXPORT_EXTENSION = /\.(png|svg|csv|xlsx)$/i;
/** Export all writes pictures only into the folder the user granted. */
const PICTURE_EXTENSION = /\.(png|svg)$/i;

/**
 * A name that is safe as one path segment on every OS, from whatever the
 * renderer suggested: no separators or reserved characters, no leading dots
 * (hidden, or "..") or trailing dots and spaces (Windows drops them), not a
 * device name, capped in length. Letters in any script are kept.
 */
export function safeBaseName(suggested: string): string {
  let name = suggested
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(SEPARATOR_OR_RESERVED, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(EXPORT_EXTENSION, '')
    .replace(/^[.\s-]+/, '')
    .replace(/[.\s]+$/, '');
  name = capUtf8(name, MAX_BASE_BYTES).replace(/[.\s]+$/, '');
  if (name === '') return FALLBACK;
  // Windows reads any name whose first part is a device ("nul.txt") as the device.
  return name.replace(WINDOWS_DEVICE, '$1_$2');
}

/** The file name to propose in a save dialog for an export of `kind`. */
export function exportFileName(suggested: string, kind: ExportKind): string {
  return safeBaseName(suggested) + EXTENSION[kind];
}

/** `chosen` with the export's extension, added when the user typed another or none. */
export function withExtension(chosen: string, kind: ExportKind): string {
  return path.extname(chosen).toLowerCase() === EXTENSION[kind] ? chosen : chosen + EXTENSION[kind];
}

/** The picture kind a file name ends in: Export all writes nothing else. */
export function kindOfFileName(name: string): ExportKind | null {
  const match = PICTURE_EXTENSION.exec(name);
  return match ? (match[1]!.toLowerCase() as ExportKind) : null;
}

/**
 * Why `name` is not a plain export file name (one segment, nothing a
 * sanitiser would change, ending in .png or .svg), or null if it is.
 */
export function plainFileNameProblem(name: string): string | null {
  if (/[/\\]/.test(name) || path.isAbsolute(name)) return 'it is a path, not a plain file name';
  if (name.includes('\0')) return 'it contains a NUL character';
  if (name === '.' || name === '..' || /^\.+$/.test(name)) return 'it names a folder, not a file';
  const kind = kindOfFileName(name);
  if (!kind) return 'it does not end in .png or .svg';
  const base = name.slice(0, -EXTENSION[kind].length);
  if (safeBaseName(base) !== base)
    return `it is not a plain file name (a safe one would be "${exportFileName(base, kind)}")`;
  return null;
}

/** `text` cut to at most `maxBytes` of UTF-8, never inside a character. */
function capUtf8(text: string, maxBytes: number): string {
  let bytes = 0;
  let result = '';
  for (const char of text) {
    bytes += Buffer.byteLength(char, 'utf8');
    if (bytes > maxBytes) break;
    result += char;
  }
  return result;
}
