import { describe, expect, it } from 'vitest';
import { choiceWords, describePurchases, OPTION_SHORT_NAMES } from './purchase-summary';
import { ON_DEMAND, purchasesSchema, type Purchases } from './purchases';

const purchases = (input: object): Purchases => purchasesSchema.parse(input);
const spot = { plan: 'spot' } as const;

describe('purchase summary: how the options are bought, in words', () => {
  it('says "On-demand" when nothing is bought any other way', () => {
    expect(describePurchases(purchases({}))).toBe('On-demand');
    // The estimate's inputs list each option as "<name> bought: On-demand".
    expect(choiceWords(ON_DEMAND)).toBe('On-demand');
    expect(OPTION_SHORT_NAMES.lightsail).toBe('Lightsail');
  });

  it('names a single option without a list, then the rest on-demand', () => {
    // Spot's suggested discount is 70 % (SUGGESTED_DISCOUNT_PCT) when the user typed none.
    expect(describePurchases(purchases({ ec2: spot }))).toBe('Spot (70% off) for EC2; the rest on-demand');
  });

  it('lists options that share a choice with commas and a final "and", in the options’ order', () => {
    expect(describePurchases(purchases({ batch: spot, ec2: spot, fargate: spot }))).toBe(
      'Spot (70% off) for EC2, Fargate and AWS Batch; the rest on-demand',
    );
    // Every option but Lightsail (sold at its bundle price only) can take a Compute Savings Plan,
    // suggested at 30 % off for 1 year, no upfront (the schema's defaults).
    const csp = { plan: 'compute-savings-plan' } as const;
    const all = purchases({
      lambda: csp,
      ec2: csp,
      'ecs-ec2': csp,
      fargate: csp,
      'eks-ec2': csp,
      'eks-fargate': csp,
      batch: csp,
    });
    expect(describePurchases(all)).toBe(
      'Compute Savings Plan, 1 year, no upfront (30% off) for Lambda, EC2, ECS on EC2, Fargate, EKS on EC2, EKS on Fargate and AWS Batch; the rest on-demand',
    );
  });

  it('gives each distinct choice its own part, separated by semicolons, with the user’s rate', () => {
    const mixed = purchases({
      ec2: spot,
      fargate: { plan: 'spot', discountPct: 12.5 },
      lambda: { plan: 'compute-savings-plan', termYears: 3, upfront: 'all', discountPct: 40 },
    });
    // Groups appear in the order their first option does: Lambda, EC2, Fargate.
    expect(describePurchases(mixed)).toBe(
      'Compute Savings Plan, 3 years, all upfront (40% off) for Lambda; Spot (70% off) for EC2; Spot (12.5% off) for Fargate; the rest on-demand',
    );
    expect(choiceWords(mixed.fargate)).toBe('Spot (12.5% off)');
  });
});
