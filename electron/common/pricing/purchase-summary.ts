import { COMPUTE_OPTION_IDS, type ComputeOptionId } from '../compute-options';
import { purchaseLabel } from './discounts';
import { formatNumber } from './format';
import { SUGGESTED_DISCOUNT_PCT, type PurchaseChoice, type Purchases } from './purchases';

/** Short names for a sentence that lists options ("Spot for EC2 and Fargate"). */
export const OPTION_SHORT_NAMES: Record<ComputeOptionId, string> = {
  lambda: 'Lambda',
  ec2: 'EC2',
  'ecs-ec2': 'ECS on EC2',
  fargate: 'Fargate',
  'eks-ec2': 'EKS on EC2',
  'eks-fargate': 'EKS on Fargate',
  batch: 'AWS Batch',
  lightsail: 'Lightsail',
};

function list(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** "Spot (70% off)", "Compute Savings Plan, 1 year, no upfront (30% off)". */
export function choiceWords(choice: PurchaseChoice): string {
  if (choice.plan === 'on-demand') return 'On-demand';
  const pct = choice.discountPct ?? SUGGESTED_DISCOUNT_PCT[choice.plan];
  return `${purchaseLabel(choice)} (${formatNumber(pct, 2)}% off)`;
}

/**
 * How the options are bought, in one line: "On-demand" when every option is,
 * else each choice with the options it covers: "Spot (65% off) for EC2,
 * Fargate and AWS Batch; the rest on-demand".
 */
export function describePurchases(purchases: Purchases): string {
  const groups = new Map<string, string[]>();
  for (const id of COMPUTE_OPTION_IDS) {
    const choice = purchases[id];
    if (choice.plan === 'on-demand') continue;
    const words = choiceWords(choice);
    groups.set(words, [...(groups.get(words) ?? []), OPTION_SHORT_NAMES[id]]);
  }
  if (groups.size === 0) return 'On-demand';
  const parts = [...groups].map(([words, names]) => `${words} for ${list(names)}`);
  const rest = COMPUTE_OPTION_IDS.some((id) => purchases[id].plan === 'on-demand') ? '; the rest on-demand' : '';
  return `${parts.join('; ')}${rest}`;
}
