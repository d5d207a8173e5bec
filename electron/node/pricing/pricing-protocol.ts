import type { BreakEvens, PricingResult, Sweep } from '../../common/pricing';

/** What the main process asks the pricing worker. The workload is unvalidated on purpose: the worker checks it. */
export type PricingRequest =
  | { kind: 'evaluate'; workload: unknown }
  | { kind: 'break-even'; workload: unknown }
  | { kind: 'evaluate-many'; workloads: unknown[] };

export interface BreakEvenResult {
  sweep: Sweep;
  breakEvens: BreakEvens;
}

export type PricingAnswer = PricingResult | BreakEvenResult | PricingResult[];
