import type { PriceJob } from '../../../../electron/common/price-import-ipc';
import type { PriceUpdatePlan } from '../../../../electron/common/price-update-ipc';
import { api } from '../api';
import { announcer } from '../announcer.svelte';
import { isFinished, PriceJobState } from './price-job.svelte';
import { workload } from './workload.svelte';

/**
 * Update prices for a Region…: the user picks a Region, sees what the host
 * would fetch (files, sizes, source, what an earlier cancelled update kept),
 * and only then downloads. The host fetches; the page asks and waits, as it
 * does for an import.
 */
class PriceUpdateState extends PriceJobState {
  region = $state('us-east-1');
  plan = $state.raw<PriceUpdatePlan | null>(null);
  planning = $state(false);
  busy = $derived(this.planning || (this.job !== null && !isFinished(this.job)));

  open(region: string | null = null): void {
    this.region = region ?? workload.current.region;
    this.plan = null;
    this.job = null;
    this.error = null;
    this.dialogOpen = true;
  }

  /** Choosing another Region drops a plan made for the previous one. */
  choose(region: string): void {
    if (this.busy) return;
    this.region = region;
    this.plan = null;
    this.job = null;
    this.error = null;
  }

  /** Asks the host what updating the Region would fetch; nothing big is fetched yet. */
  async lookUp(): Promise<void> {
    this.planning = true;
    this.error = null;
    this.job = null;
    this.plan = null;
    try {
      this.plan = await api.planPriceUpdate({ region: this.region });
      announcer.say(`Ready to download prices for ${this.plan.regionName}.`);
    } catch (error) {
      this.error = (error as Error).message;
    } finally {
      this.planning = false;
    }
  }

  async download(): Promise<void> {
    const plan = this.plan;
    if (!plan || this.busy) return;
    this.error = null;
    let job: PriceJob;
    try {
      job = await api.startPriceUpdate({ planId: plan.planId, workload: $state.snapshot(workload.current) });
    } catch (error) {
      this.error = (error as Error).message;
      return;
    }
    this.job = job;
    await this.finished(await this.follow(job));
  }

  /** After a cancel: the same Region planned again (the plan counts the kept bytes) and downloaded from there. */
  async resume(): Promise<void> {
    await this.lookUp();
    if (this.plan) await this.download();
  }

  private async finished(job: PriceJob): Promise<void> {
    if (job.phase === 'done' && job.outcome) {
      const { book } = job.outcome;
      // A later update of the same Region plans afresh: this plan's files are gone.
      this.plan = null;
      await this.bookStored(book.region);
      announcer.say(`Updated prices for ${book.regionName} (${book.region}), as of ${book.asOf}.`);
    } else if (job.phase === 'cancelled') {
      announcer.say('The update was cancelled; the current prices are unchanged.');
    } else {
      announcer.say('The update stopped; the current prices are unchanged.');
    }
  }
}

export const priceUpdate = new PriceUpdateState();
