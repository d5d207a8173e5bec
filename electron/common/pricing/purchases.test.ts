import { describe, expect, it } from 'vitest';
import { COMPUTE_OPTION_IDS } from '../compute-options';
import { PLANS_FOR_OPTION, PURCHASE_PLANS } from './purchases';
import { BARE, priceOf } from './test-helpers';
import { parseWorkload } from './workload-schema';

const ALWAYS_ON = { ...BARE, requestsPerMonth: 100e6, durationMs: 200, minInstances: 2 } as const;

describe('purchase choices per option', () => {
  it('offers each option exactly what AWS sells for it', () => {
    const sold = (id: (typeof COMPUTE_OPTION_IDS)[number]) =>
      PURCHASE_PLANS.filter((plan) => parseWorkload({ purchases: { [id]: { plan } } }).ok);
    expect(sold('lambda')).toEqual(['on-demand', 'compute-savings-plan']);
    expect(sold('fargate')).toEqual(['on-demand', 'spot', 'compute-savings-plan']);
    expect(sold('eks-fargate')).toEqual(['on-demand', 'compute-savings-plan']);
    expect(sold('lightsail')).toEqual(['on-demand']);
    for (const id of ['ec2', 'ecs-ec2', 'eks-ec2', 'batch'] as const) expect(sold(id)).toEqual([...PURCHASE_PLANS]);
    for (const id of COMPUTE_OPTION_IDS) expect(sold(id)).toEqual([...PLANS_FOR_OPTION[id]]);
  });

  it('refuses Spot for Lambda, naming the option and why', () => {
    expect(parseWorkload({ purchases: { lambda: { plan: 'spot' } } })).toEqual({
      ok: false,
      error:
        'purchases.lambda.plan: Lambda is sold on-demand or under a Compute Savings Plan (it has no Spot price), not as Spot',
    });
  });

  it('says for every option that cannot have a plan why, and bounds the typed rate', () => {
    const error = (purchases: unknown) => {
      const parsed = parseWorkload({ purchases });
      return parsed.ok ? null : parsed.error;
    };
    expect(error({ fargate: { plan: 'reserved-instance' } })).toBe(
      'purchases.fargate.plan: Fargate is sold on-demand, as Fargate Spot or under a Compute Savings Plan, not as Standard Reserved Instances',
    );
    expect(error({ 'eks-fargate': { plan: 'spot' } })).toBe(
      'purchases.eks-fargate.plan: EKS on Fargate is sold on-demand or under a Compute Savings Plan (EKS does not support Fargate Spot), not as Spot',
    );
    expect(error({ lightsail: { plan: 'compute-savings-plan' } })).toBe(
      'purchases.lightsail.plan: Lightsail bundles are sold at their monthly price only, not as Compute Savings Plan',
    );
    expect(error({ ec2: { plan: 'spot', discountPct: 91 } })).toBe('purchases.ec2.discountPct: must be at most 90');
    expect(error({ ec2: { plan: 'spot', discountPct: -1 } })).toBe('purchases.ec2.discountPct: must be at least 0');
  });

  it('discounts only the option it is chosen for', () => {
    const spotEc2 = { ...ALWAYS_ON, purchases: { ec2: { plan: 'spot', discountPct: 60 } } } as const;
    const onDemand = priceOf(ALWAYS_ON, 'ec2');
    const spot = priceOf(spotEc2, 'ec2');
    expect(spot.lineItems[0]?.unitPriceUSD).toBeCloseTo((onDemand.lineItems[0]?.unitPriceUSD ?? 0) * 0.4, 12);
    expect(priceOf(spotEc2, 'ecs-ec2').monthlyUSD).toBe(priceOf(ALWAYS_ON, 'ecs-ec2').monthlyUSD);
    expect(spot.deployment).toMatchObject({ purchase: 'spot', purchaseLabel: 'Spot' });
  });

  it('caps each plan at the ceiling AWS publishes for the service, and says it is only a ceiling', () => {
    const eightyOff = { termYears: 3, upfront: 'all', discountPct: 80 } as const;
    const ec2Plan = priceOf(
      { ...ALWAYS_ON, purchases: { ec2: { plan: 'compute-savings-plan', ...eightyOff } } },
      'ec2',
    );
    expect(ec2Plan.lineItems[0]?.formula).toContain(
      '− 66% Compute Savings Plan (3 yr, all upfront; capped at the most AWS offers; your rate: AWS publishes only "up to 66%" for EC2)',
    );
    const instancePlan = priceOf(
      { ...ALWAYS_ON, purchases: { ec2: { plan: 'ec2-instance-savings-plan', ...eightyOff } } },
      'ec2',
    );
    expect(instancePlan.lineItems[0]?.formula).toContain('− 72% EC2 Instance Savings Plan');
    const fargatePlan = priceOf(
      { ...ALWAYS_ON, purchases: { fargate: { plan: 'compute-savings-plan', ...eightyOff } } },
      'fargate',
    );
    expect(fargatePlan.lineItems[1]?.unitPriceUSD).toBeCloseTo(0.04048 * 0.5, 12);
  });

  it('takes the suggested rate when none is typed, and says it is assumed', () => {
    const spot = priceOf({ ...ALWAYS_ON, purchases: { fargate: { plan: 'spot' } } }, 'fargate');
    expect(spot.lineItems[1]?.unitPriceUSD).toBeCloseTo(0.04048 * 0.3, 12);
    expect(spot.lineItems[1]?.formula).toContain('70% Spot (Spot prices float by pool; assumed rate');
  });

  it('prices an EC2-only plan on AWS Batch’s Fargate compute on-demand, saying why', () => {
    const w = {
      ...BARE,
      kind: 'batch',
      batchCompute: 'fargate',
      durationMs: 600_000,
      purchases: { batch: { plan: 'reserved-instance', discountPct: 40 } },
    } as const;
    const batch = priceOf(w, 'batch');
    const vcpu = batch.lineItems.find((l) => l.unit === 'vCPU-hour');
    expect(vcpu?.unitPriceUSD).toBe(0.04048);
    expect(vcpu?.formula).toContain('(Standard Reserved Instances does not cover Fargate: on-demand)');
    expect(batch.deployment).toMatchObject({ purchase: 'on-demand', purchaseLabel: 'On-demand' });
  });

  it('shows upfront payments amortised in the monthly total and as one payment for the term', () => {
    const plan = (upfront: 'none' | 'partial' | 'all') =>
      priceOf(
        {
          ...ALWAYS_ON,
          purchases: { fargate: { plan: 'compute-savings-plan', termYears: 3, upfront, discountPct: 40 } },
        },
        'fargate',
      );
    const none = plan('none');
    const all = plan('all');
    // The month's cost is the same whatever the upfront share: the rate is the user's.
    expect(all.monthlyUSD).toBe(none.monthlyUSD);
    expect(none.upfrontUSD).toBeUndefined();
    // All upfront: 36 months of the discounted vCPU and memory lines, paid at the start.
    const compute = all.lineItems.filter((l) => l.unit === 'vCPU-hour' || l.unit === 'GB-hour');
    const monthly = compute.reduce((sum, l) => sum + l.costUSD, 0);
    expect(all.upfrontUSD).toBeCloseTo(monthly * 36, 2);
    expect(plan('partial').upfrontUSD).toBeCloseTo(monthly * 18, 2);
    // The same for EC2's instances under a 3-year all-upfront Reserved Instance.
    const reserved = priceOf(
      { ...ALWAYS_ON, purchases: { ec2: { plan: 'reserved-instance', termYears: 3, upfront: 'all' } } },
      'ec2',
    );
    const instances = reserved.lineItems.filter((l) => l.unit === 'instance-hour');
    expect(instances).toHaveLength(1);
    expect(reserved.upfrontUSD).toBeCloseTo(instances[0]!.costUSD * 36, 2);
  });

  it('buys Lightsail at its bundle price only', () => {
    const lightsail = priceOf({ ...BARE, requestsPerMonth: 1e6 }, 'lightsail');
    expect(lightsail.deployment).toMatchObject({ purchase: 'on-demand', purchaseLabel: 'On-demand' });
  });
});
