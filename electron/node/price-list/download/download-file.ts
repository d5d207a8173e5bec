import { open, rename, stat, truncate } from 'node:fs/promises';
import { DownloadError } from './price-list-index';

export interface FileDownload {
  url: string;
  /** Where the file goes once complete; it is `<target>.part` until then. */
  target: string;
  /** The size and validator the plan showed the user; a different file is refused, not downloaded. */
  bytes: number | null;
  etag: string | null;
  signal?: AbortSignal;
  /** A connection that sends nothing for this long is dropped and resumed. */
  stallMs: number;
  /** How many times a cut or stalled connection is resumed before giving up. */
  retries: number;
  /** Bytes received (negative when a download has to start over). */
  onBytes(delta: number): void;
}

/** A cut or stalled connection: worth resuming where it stopped. */
class Interrupted extends Error {}

const sizeOf = (file: string) =>
  stat(file).then(
    (s) => s.size,
    () => 0,
  );

/**
 * Downloads one file into `<target>.part`, resuming (HTTP Range, with the
 * plan's ETag as If-Range) after a cut or stalled connection and after a
 * cancelled run, then renames it to `target`. Throws DownloadError for what
 * resuming can't fix; a cancel leaves the `.part` for next time.
 */
export async function downloadFile(download: FileDownload): Promise<void> {
  const part = `${download.target}.part`;
  let offset = download.etag ? await sizeOf(part) : 0;
  if (offset > 0) download.onBytes(offset);
  for (let attempt = 0; ; attempt++) {
    try {
      await fetchInto(download, part, offset);
      break;
    } catch (error) {
      if (download.signal?.aborted) throw download.signal.reason;
      if (!(error instanceof Interrupted)) throw error;
      if (attempt >= download.retries) {
        throw new DownloadError(`${download.url}: ${error.message}, ${attempt + 1} times; giving up`);
      }
      offset = await sizeOf(part);
    }
  }
  await rename(part, download.target);
}

async function fetchInto(download: FileDownload, part: string, offset: number): Promise<void> {
  const { url, signal, stallMs } = download;
  const stall = new AbortController();
  let timer = setTimeout(() => stall.abort(), stallMs);
  const resetTimer = () => {
    clearTimeout(timer);
    timer = setTimeout(() => stall.abort(), stallMs);
  };
  const headers: Record<string, string> = offset > 0 ? { range: `bytes=${offset}-`, 'if-range': download.etag! } : {};
  try {
    let response: Response;
    try {
      response = await fetch(url, { headers, signal: signal ? AbortSignal.any([signal, stall.signal]) : stall.signal });
    } catch (error) {
      if (stall.signal.aborted) throw new Interrupted(`no answer in ${stallMs / 1000} s`);
      throw signal?.aborted ? error : new Interrupted((error as Error).message);
    }
    if (response.status !== 200 && response.status !== 206) {
      throw new DownloadError(`${url}: ${response.status} ${response.statusText}`);
    }
    const resumed = response.status === 206;
    const total = resumed ? rangeTotal(response, offset, url) : Number(response.headers.get('content-length') ?? NaN);
    const etag = response.headers.get('etag');
    if ((download.bytes !== null && total !== download.bytes) || (download.etag && etag && etag !== download.etag)) {
      throw new DownloadError(`${url} changed while it was being fetched (another version was published); try again`);
    }
    if (!resumed && offset > 0) {
      download.onBytes(-offset);
      await truncate(part, 0);
    }
    const file = await open(part, resumed ? 'a' : 'w');
    let received = resumed ? offset : 0;
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        resetTimer();
        await file.write(chunk);
        received += chunk.length;
        download.onBytes(chunk.length);
      }
    } catch (error) {
      if (stall.signal.aborted) throw new Interrupted(`nothing received for ${stallMs / 1000} s`);
      throw signal?.aborted ? error : new Interrupted(cutShort(received, total));
    } finally {
      await file.close();
    }
    if (Number.isFinite(total) && received !== total) throw new Interrupted(cutShort(received, total));
  } finally {
    clearTimeout(timer);
  }
}

const cutShort = (received: number, total: number) =>
  `the connection was cut after ${received.toLocaleString('en-US')} of ${Number.isFinite(total) ? total.toLocaleString('en-US') : 'unknown'} bytes`;

/** `Content-Range: bytes <start>-<end>/<total>`, which must start where the partial file ends. */
function rangeTotal(response: Response, offset: number, url: string): number {
  const match = /^bytes (\d+)-\d+\/(\d+)$/.exec(response.headers.get('content-range') ?? '');
  if (!match || Number(match[1]) !== offset) throw new DownloadError(`${url}: the server resumed at the wrong place`);
  return Number(match[2]);
}
