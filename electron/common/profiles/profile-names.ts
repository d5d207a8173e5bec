import { PROFILE_NAME_MAX } from './profile-schema';

const SLUG_MAX = 60;
// Names Windows refuses as files, whatever the extension.
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;

/** Cuts to `max` UTF-16 units (what the schema counts) without splitting an emoji's surrogate pair. */
function truncate(text: string, max: number): string {
  let out = '';
  for (const char of text) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out;
}

function fitWithSuffix(base: string, suffix: string): string {
  return `${truncate(base, PROFILE_NAME_MAX - suffix.length).trimEnd()}${suffix}`;
}

/** "Checkout API" → "Checkout API (2)" when taken; case and surrounding spaces don't make a name different. */
export function uniqueName(name: string, taken: Iterable<string>): string {
  const key = (n: string) => n.trim().toLocaleLowerCase('en-US');
  const used = new Set(Array.from(taken, key));
  if (!used.has(key(name))) return name;
  for (let n = 2; ; n++) {
    const candidate = fitWithSuffix(name, ` (${n})`);
    if (!used.has(key(candidate))) return candidate;
  }
}

export function copyName(name: string): string {
  return fitWithSuffix(name, ' (copy)');
}

/**
 * A download name from a profile name: letters and digits of any script kept,
 * everything else (slashes, dots, quotes, spaces) folded into single dashes.
 */
export function exportFileName(name: string): string {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en-US')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const slug = truncate(folded, SLUG_MAX).replace(/-+$/, '');
  const safe = slug === '' ? 'profile' : WINDOWS_RESERVED.test(slug) ? `${slug}-profile` : slug;
  return `${safe}.json`;
}

/**
 * What a profile file may be called: `.json` (what Export writes, what
 * `npm run price` reads) or `.cxprofile`, the same JSON under the extension
 * the installers register with the OS (claiming every `.json` would not do).
 */
export const PROFILE_FILE_EXTENSIONS = ['json', 'cxprofile'] as const;

export function isProfileFileName(fileName: string): boolean {
  return /\.(json|cxprofile)$/i.test(fileName);
}

/** For file pickers' `accept`. */
export const PROFILE_FILE_ACCEPT = '.json,.cxprofile,application/json';

/**
 * A name from an imported file's name ("C:\\fakepath\\checkout-api.json" →
 * "checkout-api"), or null when nothing usable is left.
 */
export function nameFromFileName(fileName: string | undefined): string | null {
  if (fileName === undefined) return null;
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const name = base
    .replace(/\.(json|cxprofile)$/i, '')
    // A line break or tab in a file name reads as a space in a profile name.
    .replace(/\s*[\p{Cc}\p{Cs}]+\s*/gu, ' ')
    .trim();
  const fitted = truncate(name, PROFILE_NAME_MAX).trim();
  return fitted === '' ? null : fitted;
}

const SHOWN_FILE_NAME_MAX = 80;

/** A file's name as a message may quote it: no folders, no control characters, not endless. */
export function displayFileName(fileName: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? '').replace(/[\p{Cc}\p{Cs}]/gu, '?');
  return base.length > SHOWN_FILE_NAME_MAX ? `${truncate(base, SHOWN_FILE_NAME_MAX - 1)}…` : base;
}

/** "2.4 MB", "1 MB", "820 KB": sizes as a person reads them (1 MB = 1,048,576 bytes, the cap's unit). */
export function fileSizeText(bytes: number): string {
  const megabytes = bytes / 1_048_576;
  if (megabytes >= 1) return `${Number(megabytes.toFixed(1)).toLocaleString('en-US')} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}
