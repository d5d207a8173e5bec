import type { PricingResult, Workload } from '../../../../electron/common/pricing';
import { samePrices } from './same-prices';

/** The costs on screen: which move they belong to, and whether the pricing worker has confirmed them. */
export interface ShownCosts {
  seq: number;
  workload: Workload;
  result: PricingResult;
  confirmed: boolean;
}

/**
 * Orders the two answers each move gets: the renderer's own, painted in the
 * input's frame, and the pricing worker's, which arrives a frame or more
 * later. An answer older than what is on screen is never shown; for the same
 * move the worker wins. Each method returns what to show now, or null to keep
 * what is shown.
 */
export class CostsSequence {
  shown: ShownCosts | null = null;

  /** The renderer's own result for move `seq`. */
  local(seq: number, workload: Workload, result: PricingResult): ShownCosts | null {
    if (this.shown && this.shown.seq >= seq) return null;
    this.shown = { seq, workload, result, confirmed: false };
    return this.shown;
  }

  /**
   * The worker's result for move `seq`. When it prices exactly as the
   * renderer did, the shown result object is kept, so nothing repaints; when
   * it differs (a stale book, a bug), it replaces the renderer's.
   */
  confirm(seq: number, workload: Workload, result: PricingResult): ShownCosts | null {
    const shown = this.shown;
    if (shown && shown.seq > seq) return null;
    const same = shown !== null && shown.seq === seq && samePrices(shown.result, result);
    this.shown = { seq, workload, result: same ? shown.result : result, confirmed: true };
    return this.shown;
  }
}
