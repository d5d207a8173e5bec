import { watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface DirectoryWatcher {
  close(): void;
}

const DEBOUNCE_MS = 50;
const POLL_MS = 2_000;

/**
 * Calls `onChange` (debounced) when files matching `relevant` are added,
 * edited or removed. fs.watch is not available everywhere (some network and
 * container file systems); there it falls back to polling names, sizes and
 * modification times.
 */
export function watchDirectory(
  dir: string,
  relevant: (name: string) => boolean,
  onChange: () => void,
  options: { polling?: boolean; pollMs?: number } = {},
): DirectoryWatcher {
  const pollMs = options.pollMs ?? POLL_MS;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const changed = () => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, DEBOUNCE_MS);
  };

  let watcher: FSWatcher | undefined;
  let poller: NodeJS.Timeout | undefined;
  const startPolling = () => {
    watcher?.close();
    watcher = undefined;
    if (closed || poller) return;
    let last: string | undefined;
    const poll = async () => {
      const state = await snapshot(dir, relevant).catch(() => '');
      if (last !== undefined && state !== last) changed();
      last = state;
    };
    void poll();
    poller = setInterval(() => void poll(), pollMs);
    poller.unref();
  };

  try {
    if (options.polling) throw new Error('polling asked for');
    watcher = watch(dir, { persistent: false }, (_event, name) => {
      // Some platforms don't say which file; then it may be any.
      if (name === null || relevant(name.toString())) changed();
    });
    watcher.on('error', startPolling);
  } catch {
    startPolling();
  }

  return {
    close() {
      closed = true;
      clearTimeout(timer);
      clearInterval(poller);
      watcher?.close();
    },
  };
}

async function snapshot(dir: string, relevant: (name: string) => boolean): Promise<string> {
  const names = (await readdir(dir)).filter(relevant).sort();
  const parts = await Promise.all(
    names.map(async (name) => {
      const info = await stat(path.join(dir, name)).catch(() => null);
      return `${name}:${info?.size}:${info?.mtimeMs}`;
    }),
  );
  return parts.join('|');
}
