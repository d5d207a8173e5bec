import type { PricingResult, Workload } from '../../../../electron/common/pricing';
import type { IpcOutput } from '../../../../electron/common/ipc-schemas';
import { api } from '../api';
import { CostsSequence, type ShownCosts } from './costs-sequence';
import { LocalPricer } from './local-pricer';
import { SweepCache } from './sweep-cache';

export type BreakEvenReply = Extract<IpcOutput<'findBreakEven'>, { status: 'done' }>['result'];
export type PriceBookReply = IpcOutput<'getPriceBook'>;

/**
 * Costs for the current workload. Each move is priced twice: here, at once,
 * with the worker's engine and book (so the costs are painted in the frame of
 * the input), and by the pricing worker, whose answer confirms it or, where
 * the two differ, replaces it. Requests carry a sequence number so an older
 * answer can never overwrite a newer one; the worker itself drops requests
 * that were overtaken while it was busy.
 */
class PricingState {
  result = $state.raw<PricingResult | null>(null);
  /** The workload `result` was priced for (diagrams draw both together). */
  shownWorkload = $state.raw<Workload | null>(null);
  breakEven = $state.raw<BreakEvenReply | null>(null);
  priceBook = $state.raw<PriceBookReply | null>(null);
  error = $state<string | null>(null);
  /** Sequence number of the workload whose costs the worker has confirmed on screen. */
  shownSeq = $state(0);

  /** Sequence number of the latest workload sent; equal to shownSeq once its costs are on screen. */
  requested = $state(0);
  upToDate = $derived(this.shownSeq === this.requested);
  /** The costs on screen were priced in the page and the worker has not confirmed them yet. */
  provisional = $state(false);
  /** The Region whose book the page prices moves with itself (null: every move waits for the worker). */
  pricedInPage = $state<string | null>(null);
  private appliedBreakEven = 0;
  private readonly costs = new CostsSequence();
  private readonly local = new LocalPricer();
  /** The Region whose book is being fetched for the local pricer, so one reply fetches it once. */
  private fetchingBook: string | null = null;
  /** Bumped when the books are dropped, so a fetch started before cannot bring an old edition back. */
  private bookGeneration = 0;
  private last: Workload | null = null;
  /** Curves are re-asked for only when an input other than the request rate changes. */
  private readonly sweeps = new SweepCache((workload: Workload) => api.findBreakEven(workload));
  /** The book (version, date, source) each Region's costs last came from: a new one means the cached curves are stale. */
  private readonly bookVersions = new Map<string, string>();

  update(workload: Workload): void {
    this.last = workload;
    const seq = ++this.requested;
    const priced = this.local.price(workload);
    if (priced) this.show(this.costs.local(seq, workload, priced));
    // Priced here, the move is painted in this frame, and asking the worker (a message built and
    // sent, ~0.5 ms) can wait for a task after it: the frame is the slider's. Unpriced, ask at once.
    if (priced) setTimeout(() => this.askWorker(workload, seq), 0);
    else this.askWorker(workload, seq);
  }

  private askWorker(workload: Workload, seq: number): void {
    // A move overtaken before its task ran is not sent: its answer would be dropped as older.
    if (seq !== this.requested) return;
    this.requestCosts(workload, seq);
    this.requestBreakEven(workload, seq);
  }

  private requestCosts(workload: Workload, seq: number): void {
    api.evaluatePricing(workload).then(
      (reply) => {
        if (reply.status !== 'done') return;
        const confirmed = this.costs.confirm(seq, workload, reply.result);
        if (!confirmed) return;
        this.noticeBookVersion(reply.result.priceBook, workload, seq);
        this.show(confirmed);
        this.followPriceBook(reply.result.priceBook);
        this.shownSeq = seq;
        this.error = null;
        this.followLocalBook(workload, reply.result);
      },
      (error: Error) => this.fail(seq, error),
    );
  }

  private show(costs: ShownCosts | null): void {
    if (!costs) return;
    this.provisional = !costs.confirmed;
    if (this.result !== costs.result) this.result = costs.result;
    if (this.shownWorkload !== costs.workload) this.shownWorkload = costs.workload;
  }

  /**
   * The local pricer takes the book the worker just priced `workload` with, when it holds
   * another edition (or none), once it prices that workload as the worker did (`workers`).
   */
  private followLocalBook(workload: Workload, workers: PricingResult): void {
    const used = workers.priceBook;
    if (this.local.holds(used) || this.local.refused(used) || this.fetchingBook === used.region) return;
    const region = used.region;
    const generation = this.bookGeneration;
    this.fetchingBook = region;
    Promise.all([import('./local-engine'), api.getPriceBookData({ region })])
      // The check runs the engine's code for the first time (5–10 ms): not while a start's first screen is drawn.
      .then(
        (loaded) =>
          new Promise<typeof loaded>((resolve) => requestIdleCallback(() => resolve(loaded), { timeout: 1000 })),
      )
      .then(([{ localEngine }, book]) => {
        if (generation !== this.bookGeneration) return;
        this.local.useEngine(localEngine);
        if (this.local.useBookIfItAgrees(book, workload, workers)) this.pricedInPage = book.region.code;
        else console.warn(`Pricing in the page is off for ${region}: it disagrees with the pricing worker.`);
      })
      // Without the book, moves simply wait for the worker as before.
      .catch((error: Error) => console.warn(`Pricing in the page is off for ${region}: ${error.message}`))
      .finally(() => {
        if (this.fetchingBook === region) this.fetchingBook = null;
      });
  }

  private requestBreakEven(workload: Workload, seq: number): void {
    this.sweeps.get(workload).then(
      (reply) => {
        if (reply.status !== 'done' || seq < this.appliedBreakEven) return;
        this.appliedBreakEven = seq;
        if (this.breakEven !== reply.result) this.breakEven = reply.result;
      },
      (error: Error) => this.fail(seq, error),
    );
  }

  /** Asks again for the last workload, e.g. after the worker was restarted. */
  retry(): void {
    this.sweeps.clear();
    this.local.forget();
    this.bookGeneration++;
    this.pricedInPage = null;
    if (this.last) this.update(this.last);
  }

  async loadPriceBook(region?: string): Promise<void> {
    if (this.priceBook && (region === undefined || region === this.priceBook.region)) return;
    try {
      this.priceBook = await api.getPriceBook(region ? { region } : undefined);
    } catch (error) {
      this.error = `The price book could not be loaded: ${(error as Error).message}`;
    }
  }

  private noticeBookVersion(used: PricingResult['priceBook'], workload: Workload, seq: number): void {
    const known = this.bookVersions.get(used.region);
    const edition = JSON.stringify(used);
    this.bookVersions.set(used.region, edition);
    if (known === undefined || known === edition) return;
    this.sweeps.clear();
    this.requestBreakEven(workload, seq);
  }

  /** The price book panel shows the book the costs on screen were priced with. */
  private followPriceBook(used: PricingResult['priceBook']): void {
    const shown = this.priceBook;
    if (shown && (shown.region !== used.region || shown.version !== used.version)) {
      this.priceBook = null;
      void this.loadPriceBook(used.region);
    }
  }

  private fail(seq: number, error: Error): void {
    if (seq < this.requested) return;
    this.error = error.message;
  }
}

export const pricing = new PricingState();
