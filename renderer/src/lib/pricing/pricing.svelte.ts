import type { PricingResult, Workload } from '../../../../electron/common/pricing';
import type { IpcOutput } from '../../../../electron/common/ipc-schemas';
import { api } from '../api';
import { SweepCache } from './sweep-cache';

export type BreakEvenReply = Extract<IpcOutput<'findBreakEven'>, { status: 'done' }>['result'];
export type PriceBookReply = IpcOutput<'getPriceBook'>;

/**
 * Costs for the current workload, from the pricing worker. Requests carry a
 * sequence number so an older answer can never overwrite a newer one; the
 * worker itself drops requests that were overtaken while it was busy.
 */
class PricingState {
  result = $state.raw<PricingResult | null>(null);
  /** The workload `result` was priced for (diagrams draw both together). */
  shownWorkload = $state.raw<Workload | null>(null);
  breakEven = $state.raw<BreakEvenReply | null>(null);
  priceBook = $state.raw<PriceBookReply | null>(null);
  error = $state<string | null>(null);
  /** Sequence number of the workload the shown result belongs to. */
  shownSeq = $state(0);

  /** Sequence number of the latest workload sent; equal to shownSeq once its costs are on screen. */
  requested = $state(0);
  upToDate = $derived(this.shownSeq === this.requested);
  private appliedCosts = 0;
  private appliedBreakEven = 0;
  private last: Workload | null = null;
  /** Curves are re-asked for only when an input other than the request rate changes. */
  private readonly sweeps = new SweepCache((workload: Workload) => api.findBreakEven(workload));
  /** The book (version, date, source) each Region's costs last came from: a new one means the cached curves are stale. */
  private readonly bookVersions = new Map<string, string>();

  update(workload: Workload): void {
    this.last = workload;
    const seq = ++this.requested;
    this.requestCosts(workload, seq);
    this.requestBreakEven(workload, seq);
  }

  private requestCosts(workload: Workload, seq: number): void {
    api.evaluatePricing(workload).then(
      (reply) => {
        if (reply.status !== 'done' || seq < this.appliedCosts) return;
        this.appliedCosts = seq;
        this.noticeBookVersion(reply.result.priceBook, workload, seq);
        this.result = reply.result;
        this.followPriceBook(reply.result.priceBook);
        this.shownWorkload = workload;
        this.shownSeq = seq;
        this.error = null;
      },
      (error: Error) => this.fail(seq, error),
    );
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
