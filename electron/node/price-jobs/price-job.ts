import type { PriceJob } from '../../common/price-import-ipc';

const DEFAULT_WAIT_MS = 25_000;

export type JobState = Omit<PriceJob, 'jobId' | 'counter'>;

/**
 * One long operation's state, numbered on every change so a page can wait
 * for "anything after what I saw" — the same long-poll over IPC and HTTP as
 * the shell's events. Progress is coalesced: a waiter wakes at most once per
 * change it has not seen, however fast bytes arrive.
 */
export class ObservedJob {
  private counter = 0;
  private state: JobState = { phase: 'uploading', bytesDone: 0, bytesTotal: 0, problems: [] };
  private waiters = new Set<() => void>();

  constructor(readonly jobId: string) {}

  get snapshot(): PriceJob {
    return { jobId: this.jobId, counter: this.counter, ...this.state };
  }

  get phase(): PriceJob['phase'] {
    return this.state.phase;
  }

  get finished(): boolean {
    return !['uploading', 'downloading', 'reading'].includes(this.state.phase);
  }

  update(patch: Partial<JobState>): void {
    // A finished job stays as it ended: a late progress report cannot reopen it.
    if (this.finished) return;
    this.state = { ...this.state, ...patch };
    this.counter += 1;
    const woken = this.waiters;
    this.waiters = new Set();
    for (const wake of woken) wake();
  }

  async wait(seen: number, timeoutMs = DEFAULT_WAIT_MS): Promise<PriceJob> {
    if (seen < this.counter || seen > this.counter || timeoutMs === 0) return this.snapshot;
    await new Promise<void>((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, timeoutMs);
      this.waiters.add(wake);
    });
    return this.snapshot;
  }
}
