import { DISCOUNT_CEILINGS_PCT } from './aws-rules';
import type { Workload } from './workload-schema';

export type DiscountedService = 'ec2' | 'fargate' | 'lambda';

/** Fargate Spot does not run Arm tasks, so Arm on Fargate stays on-demand under Spot. */
function spotUnavailable(w: Workload, service: DiscountedService): boolean {
  return service === 'fargate' && w.architecture === 'arm';
}

/** The percentage off on-demand compute the purchase option gives this service. */
function discountPct(w: Workload, service: DiscountedService): number {
  if (w.purchaseOption === 'spot') {
    return spotUnavailable(w, service) ? 0 : Math.min(w.spotDiscountPct, DISCOUNT_CEILINGS_PCT.spot[service]);
  }
  if (w.purchaseOption === 'savings-plan') {
    return Math.min(w.savingsPlanDiscountPct, DISCOUNT_CEILINGS_PCT.savingsPlan[service]);
  }
  return 0;
}

/** Multiply the on-demand compute price by this. */
export function discountFactor(w: Workload, service: DiscountedService): number {
  return 1 - discountPct(w, service) / 100;
}

/** Words for a formula, e.g. " − 30% Savings Plan"; empty when on-demand. */
export function discountWords(w: Workload, service: DiscountedService): string {
  if (w.purchaseOption === 'on-demand') return '';
  const spot = w.purchaseOption === 'spot';
  if (spot && spotUnavailable(w, service)) return ' (Fargate Spot has no Arm tasks: on-demand)';
  const ceiling = (spot ? DISCOUNT_CEILINGS_PCT.spot : DISCOUNT_CEILINGS_PCT.savingsPlan)[service];
  if (ceiling === 0) return ` (${service} has no Spot price: on-demand)`;
  const pct = discountPct(w, service);
  if (pct <= 0) return '';
  const wanted = spot ? w.spotDiscountPct : w.savingsPlanDiscountPct;
  const name = spot ? 'Spot' : 'Savings Plan';
  return ` − ${pct}% ${name}${pct < wanted ? ` (the most ${service} offers)` : ''}`;
}
