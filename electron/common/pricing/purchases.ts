import '../zod-no-eval';
import * as z from 'zod';
import { COMPUTE_OPTION_IDS, type ComputeOptionId } from '../compute-options';

/**
 * How each option's compute is bought. Every option has its own choice, since
 * an architect may commit to EC2 while leaving Lambda on-demand; a choice an
 * option cannot have (Spot for Lambda) is refused by the schema.
 */
export const PURCHASE_PLANS = [
  'on-demand',
  'spot',
  'compute-savings-plan',
  'ec2-instance-savings-plan',
  'reserved-instance',
] as const;
export type PurchasePlan = (typeof PURCHASE_PLANS)[number];

export const COMMITMENT_TERMS = [1, 3] as const;
export const UPFRONT_PAYMENTS = ['none', 'partial', 'all'] as const;
export type UpfrontPayment = (typeof UPFRONT_PAYMENTS)[number];

export const PLAN_LABELS: Record<PurchasePlan, string> = {
  'on-demand': 'On-demand',
  spot: 'Spot',
  'compute-savings-plan': 'Compute Savings Plan',
  'ec2-instance-savings-plan': 'EC2 Instance Savings Plan',
  'reserved-instance': 'Standard Reserved Instances',
};

export const UPFRONT_LABELS: Record<UpfrontPayment, string> = {
  none: 'no upfront',
  partial: 'partial upfront',
  all: 'all upfront',
};

const EC2_PLANS = PURCHASE_PLANS;
const FARGATE_PLANS = ['on-demand', 'spot', 'compute-savings-plan'] as const;

/**
 * What AWS sells for each option's compute. EKS does not support Fargate
 * Spot, Lambda has no Spot price, Lightsail bundles have no commitments;
 * AWS Batch takes the EC2 plans too (they fall back to on-demand on Fargate).
 */
export const PLANS_FOR_OPTION: Readonly<Record<ComputeOptionId, readonly PurchasePlan[]>> = {
  lambda: ['on-demand', 'compute-savings-plan'],
  ec2: EC2_PLANS,
  'ecs-ec2': EC2_PLANS,
  fargate: FARGATE_PLANS,
  'eks-ec2': EC2_PLANS,
  'eks-fargate': ['on-demand', 'compute-savings-plan'],
  batch: EC2_PLANS,
  lightsail: ['on-demand'],
};

/** Why an option cannot have a plan, for the schema's error. */
const NOT_SOLD: Partial<Record<ComputeOptionId, string>> = {
  lambda: 'Lambda is sold on-demand or under a Compute Savings Plan (it has no Spot price)',
  fargate: 'Fargate is sold on-demand, as Fargate Spot or under a Compute Savings Plan',
  'eks-fargate': 'EKS on Fargate is sold on-demand or under a Compute Savings Plan (EKS does not support Fargate Spot)',
  lightsail: 'Lightsail bundles are sold at their monthly price only',
};

/** Starting discounts when a plan is picked: the app's assumption until the user types their rate. */
export const SUGGESTED_DISCOUNT_PCT: Record<Exclude<PurchasePlan, 'on-demand'>, number> = {
  spot: 70,
  'compute-savings-plan': 30,
  'ec2-instance-savings-plan': 30,
  'reserved-instance': 30,
};

export const purchaseChoiceSchema = z
  .object({
    plan: z.enum(PURCHASE_PLANS).default('on-demand'),
    termYears: z.union([z.literal(1), z.literal(3)]).default(1),
    upfront: z.enum(UPFRONT_PAYMENTS).default('none'),
    /** The user's rate off on-demand; null takes SUGGESTED_DISCOUNT_PCT. Capped at what AWS offers. */
    discountPct: z.number().min(0, 'must be at least 0').max(90, 'must be at most 90').nullable().default(null),
  })
  .strict();

export type PurchaseChoice = z.output<typeof purchaseChoiceSchema>;

export const ON_DEMAND: PurchaseChoice = Object.freeze({
  plan: 'on-demand',
  termYears: 1,
  upfront: 'none',
  discountPct: null,
});

const optionShape = Object.fromEntries(
  COMPUTE_OPTION_IDS.map((id) => [id, purchaseChoiceSchema.prefault({})]),
) as Record<ComputeOptionId, z.ZodPrefault<typeof purchaseChoiceSchema>>;

export const purchasesSchema = z
  .object(optionShape)
  .strict()
  .superRefine((purchases, ctx) => {
    for (const id of COMPUTE_OPTION_IDS) {
      const plan = purchases[id].plan;
      if (PLANS_FOR_OPTION[id].includes(plan)) continue;
      ctx.addIssue({
        code: 'custom',
        path: [id, 'plan'],
        message: `${NOT_SOLD[id] ?? 'not sold for this option'}, not as ${PLAN_LABELS[plan]}`,
      });
    }
  })
  .prefault({});

export type Purchases = z.output<typeof purchasesSchema>;

/** True when every option is bought on-demand: the common case, worth a short description. */
export function allOnDemand(purchases: Purchases): boolean {
  return COMPUTE_OPTION_IDS.every((id) => purchases[id].plan === 'on-demand');
}
