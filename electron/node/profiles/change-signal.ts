/**
 * A counter that goes up on every change to the profiles, with a long poll:
 * the renderer asks "anything after N?" and is answered as soon as there is.
 */
export interface ChangeSignal {
  readonly current: number;
  bump(): void;
  waitForChange(since: number, timeoutMs: number): Promise<number>;
  /** Answers every waiting poll now (the store is closing). */
  releaseAll(): void;
}

const MAX_WAIT_MS = 60_000;

export function createChangeSignal(): ChangeSignal {
  let counter = 0;
  const waiters = new Set<() => void>();

  function releaseAll() {
    for (const wake of [...waiters]) wake();
  }

  return {
    get current() {
      return counter;
    },
    bump() {
      counter++;
      releaseAll();
    },
    waitForChange(since, timeoutMs) {
      // Untrusted numbers: a bad `since` means "tell me the counter now".
      if (!Number.isFinite(since) || counter > since) return Promise.resolve(counter);
      const wait = Number.isFinite(timeoutMs) ? Math.min(Math.max(timeoutMs, 0), MAX_WAIT_MS) : 0;
      return new Promise((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          waiters.delete(wake);
          resolve(counter);
        };
        const timer = setTimeout(wake, wait);
        waiters.add(wake);
      });
    },
    releaseAll,
  };
}
