import type { PriceJob } from '../../../../electron/common/price-import-ipc';
import { api } from '../api';
import { priceBooks } from './price-books.svelte';
import { pricing } from './pricing.svelte';
import { workload } from './workload.svelte';

const FINISHED: readonly PriceJob['phase'][] = ['done', 'refused', 'failed', 'cancelled'];
export const isFinished = (job: PriceJob): boolean => FINISHED.includes(job.phase);

/**
 * What the Import and Update dialogs share: one job of the host's (reading
 * files, downloading them), followed from start to end. The host does the
 * work; the page waits on it, shows each state it reports, and never steps
 * back to an older one (a cancel's reply may overtake a wait's).
 */
export abstract class PriceJobState {
  dialogOpen = $state(false);
  job = $state.raw<PriceJob | null>(null);
  /** A problem before the host had a job to report on (a refused start, a failed call). */
  error = $state<string | null>(null);
  abstract readonly busy: boolean;

  close(): void {
    if (this.busy) return;
    this.dialogOpen = false;
  }

  async cancel(): Promise<void> {
    const job = this.job;
    if (!job || isFinished(job)) return;
    try {
      this.job = await api.cancelPriceJob({ jobId: job.jobId });
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  protected show(job: PriceJob): void {
    if (this.job?.jobId === job.jobId && this.job.counter > job.counter) return;
    this.job = job;
  }

  /** Waits on the job until it finishes; resolves with its last state. */
  protected async follow(started: PriceJob): Promise<PriceJob> {
    let job = started;
    while (!isFinished(job)) {
      job = await api.waitForPriceJob({ jobId: started.jobId, seen: job.counter });
      this.show(job);
    }
    return job;
  }

  /** A new book was stored: the list of books, and the costs on screen if they were priced with its Region's. */
  protected async bookStored(region: string): Promise<void> {
    await priceBooks.load();
    if (workload.current.region === region) pricing.retry();
  }
}
