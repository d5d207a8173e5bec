import type { ShellEvent } from '../../../../electron/common/desktop-ipc';
import { api } from '../api';
import { retryDelayMs } from './retry-delay';

/** Survives a reload, so a reloaded page does not replay menu clicks it already ran. */
const SINCE_KEY = 'compute-explorer.shell-events-since';

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}

/**
 * Follows the shell's events (menu commands, profile files to open) for as
 * long as the page lives: a long poll that backs off while the host is
 * unreachable and stops when `signal` aborts.
 */
export async function followShellEvents(
  signal: AbortSignal,
  handle: (event: ShellEvent) => Promise<unknown>,
): Promise<void> {
  let since = Number(sessionStorage.getItem(SINCE_KEY)) || 0;
  let failures = 0;
  while (!signal.aborted) {
    let reply;
    try {
      reply = await api.waitForShellEvents({ since });
      failures = 0;
    } catch {
      failures++;
      await pause(retryDelayMs(failures), signal);
      continue;
    }
    if (signal.aborted) return;
    since = reply.counter;
    sessionStorage.setItem(SINCE_KEY, String(since));
    for (const event of reply.events) await handle(event);
  }
}
