import type { ComputeOptionId } from '../compute-options';
import { DISCOUNT_CEILINGS_PCT } from './aws-rules';
import { formatNumber as n } from './format';
import {
  PLAN_LABELS,
  SUGGESTED_DISCOUNT_PCT,
  UPFRONT_LABELS,
  type PurchaseChoice,
  type PurchasePlan,
} from './purchases';
import type { Workload } from './workload-schema';

/** Whose on-demand price a line discounts: an EC2 instance-hour, Fargate vCPU/GB, Lambda GB-s. */
export type DiscountedService = 'ec2' | 'fargate' | 'lambda';

const UPFRONT_SHARE = { none: 0, partial: 0.5, all: 1 } as const;

/** The plan that really applies: an EC2-only plan on Batch's Fargate compute is on-demand. */
function effectivePlan(choice: PurchaseChoice, service: DiscountedService): PurchasePlan {
  return DISCOUNT_CEILINGS_PCT[choice.plan][service] > 0 ? choice.plan : 'on-demand';
}

/** The percentage off on-demand compute an option's purchase choice gives this service. */
export function discountPct(w: Workload, optionId: ComputeOptionId, service: DiscountedService): number {
  const choice = w.purchases[optionId];
  const plan = effectivePlan(choice, service);
  if (plan === 'on-demand') return 0;
  const wanted = choice.discountPct ?? SUGGESTED_DISCOUNT_PCT[plan];
  return Math.min(wanted, DISCOUNT_CEILINGS_PCT[plan][service]);
}

/** Multiply the on-demand compute price by this. */
export function discountFactor(w: Workload, optionId: ComputeOptionId, service: DiscountedService): number {
  return 1 - discountPct(w, optionId, service) / 100;
}

/** A commitment billed every month of its term (Savings Plans and RIs; not Spot). */
export function isCommitment(plan: PurchasePlan): boolean {
  return plan !== 'on-demand' && plan !== 'spot';
}

/** Upfront share and term of the option's commitment, or null when it pays as it goes. */
export function commitmentOf(
  w: Workload,
  optionId: ComputeOptionId,
  service: DiscountedService,
): { upfrontShare: number; termMonths: number } | null {
  const choice = w.purchases[optionId];
  const plan = effectivePlan(choice, service);
  if (!isCommitment(plan)) return null;
  return { upfrontShare: UPFRONT_SHARE[choice.upfront], termMonths: choice.termYears * 12 };
}

/** The choice as it really applies to this service: an EC2-only plan on Fargate is on-demand. */
export function effectiveChoice(w: Workload, optionId: ComputeOptionId, service: DiscountedService): PurchaseChoice {
  const choice = w.purchases[optionId];
  return effectivePlan(choice, service) === choice.plan ? choice : { ...choice, plan: 'on-demand', discountPct: null };
}

/** "Compute Savings Plan, 3 years, all upfront": the choice in words, for labels and diagrams. */
export function purchaseLabel(choice: PurchaseChoice): string {
  const name = PLAN_LABELS[choice.plan];
  if (!isCommitment(choice.plan)) return name;
  return `${name}, ${choice.termYears} year${choice.termYears === 1 ? '' : 's'}, ${UPFRONT_LABELS[choice.upfront]}`;
}

/** A stable id for the choice: 'on-demand', 'spot' or e.g. 'compute-savings-plan-3y-all-upfront'. */
export function purchaseId(choice: PurchaseChoice): string {
  if (!isCommitment(choice.plan)) return choice.plan;
  return `${choice.plan}-${choice.termYears}y-${choice.upfront}-upfront`;
}

/**
 * Words for a formula, e.g. " − 30% Compute Savings Plan (1 year, no upfront;
 * your rate, AWS publishes only 'up to 66%')"; empty when on-demand.
 */
export function discountWords(w: Workload, optionId: ComputeOptionId, service: DiscountedService): string {
  const choice = w.purchases[optionId];
  if (choice.plan === 'on-demand') return '';
  const plan = effectivePlan(choice, service);
  if (plan === 'on-demand') return ` (${PLAN_LABELS[choice.plan]} does not cover ${SERVICE_NAMES[service]}: on-demand)`;
  const pct = discountPct(w, optionId, service);
  const ceiling = DISCOUNT_CEILINGS_PCT[plan][service];
  const assumed = choice.discountPct === null ? 'assumed rate' : 'your rate';
  const capped = pct < (choice.discountPct ?? SUGGESTED_DISCOUNT_PCT[plan]) ? `capped at the most AWS offers; ` : '';
  const terms = isCommitment(plan)
    ? `${choice.termYears} yr, ${UPFRONT_LABELS[choice.upfront]}; `
    : 'Spot prices float by pool; ';
  return ` − ${n(pct, 2)}% ${PLAN_LABELS[plan]} (${terms}${capped}${assumed}: AWS publishes only "up to ${ceiling}%" for ${SERVICE_NAMES[service]})`;
}

const SERVICE_NAMES: Record<DiscountedService, string> = {
  ec2: 'EC2',
  fargate: 'Fargate',
  lambda: 'Lambda',
};
