import type { ShellEvent } from '../../common/desktop-ipc';
import type { ShellEventFeed } from '../ipc/app-handlers';

/** Enough for a burst of menu clicks; a renderer that fell further behind reloads anyway. */
const KEEP_LAST = 100;
const DEFAULT_WAIT_MS = 25_000;

export interface ShellEventQueue extends ShellEventFeed {
  push(event: ShellEvent): void;
  /** Resolves every waiting long-poll (on quit), so nothing hangs. */
  close(): void;
}

/**
 * Events from the shell (menu commands, files to open) numbered in order.
 * The renderer asks for everything after the last number it saw and, when
 * there is nothing yet, waits: the same long-poll over IPC and HTTP.
 */
export function createShellEventQueue(): ShellEventQueue {
  let counter = 0;
  let kept: { seq: number; event: ShellEvent }[] = [];
  let waiters = new Set<() => void>();

  const after = (since: number) => ({
    counter,
    events: kept.filter((entry) => entry.seq > since).map((entry) => entry.event),
  });

  const wakeAll = (): void => {
    const woken = waiters;
    waiters = new Set();
    for (const wake of woken) wake();
  };

  return {
    push(event) {
      counter += 1;
      kept = [...kept, { seq: counter, event }].slice(-KEEP_LAST);
      wakeAll();
    },
    async wait(since, timeoutMs = DEFAULT_WAIT_MS) {
      // A counter ahead of ours means the shell restarted: start over from now.
      if (since > counter) return { counter, events: [] };
      if (since < counter || timeoutMs === 0) return after(since);
      await new Promise<void>((resolve) => {
        const wake = (): void => {
          clearTimeout(timer);
          waiters.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, timeoutMs);
        waiters.add(wake);
      });
      return after(since);
    },
    close: wakeAll,
  };
}
