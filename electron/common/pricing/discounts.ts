import { DISCOUNT_CEILINGS_PCT } from './aws-rules';
import type { Workload } from './workload-schema';

export type DiscountedService = 'ec2' | 'fargate' | 'lambda';

export interface Discount {
  /** Multiply the on-demand compute price by this. */
  factor: number;
  /** Words for the formula, e.g. "− 30% Savings Plan"; empty when on-demand. */
  words: string;
}

const NONE: Discount = { factor: 1, words: '' };

function capped(wanted: number, ceiling: number, name: string, service: string): Discount {
  const pct = Math.min(wanted, ceiling);
  if (pct <= 0) return { factor: 1, words: ceiling === 0 ? ` (no ${name} for ${service}: on-demand)` : '' };
  const cap = pct < wanted ? `, ${service}'s maximum` : '';
  return { factor: 1 - pct / 100, words: ` − ${pct}% ${name}${cap}` };
}

/**
 * The purchase option's discount on compute for one service. Fargate Spot does
 * not run Arm tasks, so Arm on Fargate falls back to on-demand under Spot.
 */
export function computeDiscount(w: Workload, service: DiscountedService): Discount {
  if (w.purchaseOption === 'spot') {
    if (service === 'fargate' && w.architecture === 'arm') {
      return { factor: 1, words: ' (Fargate Spot has no Arm tasks: on-demand)' };
    }
    return capped(w.spotDiscountPct, DISCOUNT_CEILINGS_PCT.spot[service], 'Spot', service);
  }
  if (w.purchaseOption === 'savings-plan') {
    return capped(w.savingsPlanDiscountPct, DISCOUNT_CEILINGS_PCT.savingsPlan[service], 'Savings Plan', service);
  }
  return NONE;
}
