import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticFileOptions {
  /** Source maps hold the app's sources; only a development flag serves them. */
  sourceMaps?: boolean;
}

const isInside = (root: string, file: string) => file === root || file.startsWith(root + path.sep);

/** The real path of a regular file under `root` (links followed, then checked), or null. */
async function realFileInside(root: string, file: string): Promise<string | null> {
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    if (!isInside(realRoot, realFile)) return null;
    return (await stat(realFile)).isFile() ? realFile : null;
  } catch {
    return null;
  }
}

/**
 * Maps a URL path to a file under `root`, or null when it would escape it:
 * by `..`, or by a symbolic link anywhere on the way that leads outside (the
 * real path is what is checked, and what is served). Unknown paths without
 * an extension fall back to index.html (hash routing makes that rare, but a
 * reload of "/" must always work). The browser host and the desktop app's
 * app:// protocol both serve through this.
 */
export async function resolveStaticFile(
  root: string,
  urlPath: string,
  options: StaticFileOptions = {},
): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  if (!options.sourceMaps && relative.toLowerCase().endsWith('.map')) return null;
  const file = path.resolve(root, relative);
  if (!isInside(path.resolve(root), file)) return null;
  const found = await realFileInside(root, file);
  if (found) return found;
  return path.extname(relative) === '' ? realFileInside(root, path.join(root, 'index.html')) : null;
}

export function openStaticFile(file: string): NodeJS.ReadableStream {
  return createReadStream(file);
}
