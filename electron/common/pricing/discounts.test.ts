import { describe, expect, it } from 'vitest';
import {
  commitmentOf,
  discountFactor,
  discountPct,
  discountWords,
  effectiveChoice,
  purchaseId,
  purchaseLabel,
} from './discounts';
import type { PurchaseChoice } from './purchases';
import { workload } from './test-helpers';

// The ceilings are the "up to" figures AWS publishes (aws-rules.ts, from the
// Savings Plans, Spot and Reserved Instances pricing pages): Compute Savings
// Plan up to 66 % on EC2, 50 % on Fargate, 17 % on Lambda; EC2 Instance
// Savings Plan and Standard RIs up to 72 % on EC2 only; Spot up to 90 % on
// EC2 and 70 % on Fargate. The expected words below are written by hand.

const choice = (plan: PurchaseChoice['plan'], more: Partial<PurchaseChoice> = {}): PurchaseChoice => ({
  plan,
  termYears: 1,
  upfront: 'none',
  discountPct: null,
  ...more,
});

describe('purchase discounts', () => {
  it('takes the user’s rate below the ceiling, the ceiling above it, and 30 % (70 % for Spot) when none is typed', () => {
    const ec2 = (c: PurchaseChoice) => discountPct(workload({ purchases: { ec2: c } }), 'ec2', 'ec2');
    expect(ec2(choice('compute-savings-plan', { discountPct: 40 }))).toBe(40);
    // Exactly the ceiling is the ceiling, not one less.
    expect(ec2(choice('compute-savings-plan', { discountPct: 66 }))).toBe(66);
    expect(ec2(choice('compute-savings-plan', { discountPct: 67 }))).toBe(66);
    expect(ec2(choice('compute-savings-plan'))).toBe(30);
    expect(ec2(choice('spot'))).toBe(70);
    expect(ec2(choice('reserved-instance', { discountPct: 90 }))).toBe(72);
    expect(ec2(choice('on-demand', { discountPct: 50 }))).toBe(0);
  });

  it('caps Lambda at 17 % and leaves an EC2-only plan on Fargate compute on-demand', () => {
    const lambda = workload({ purchases: { lambda: choice('compute-savings-plan', { discountPct: 20 }) } });
    expect(discountPct(lambda, 'lambda', 'lambda')).toBe(17);
    // 1 − 17/100 = 0.83 of the on-demand GB-second price.
    expect(discountFactor(lambda, 'lambda', 'lambda')).toBeCloseTo(0.83, 12);
    const batchOnFargate = workload({ purchases: { batch: choice('reserved-instance', { discountPct: 40 }) } });
    expect(discountPct(batchOnFargate, 'batch', 'fargate')).toBe(0);
    expect(discountFactor(batchOnFargate, 'batch', 'fargate')).toBe(1);
    expect(discountPct(batchOnFargate, 'batch', 'ec2')).toBe(40);
    expect(discountFactor(batchOnFargate, 'batch', 'ec2')).toBeCloseTo(0.6, 12);
  });

  it('bills a commitment over its term with its upfront share, and Spot or on-demand as they go', () => {
    const w = workload({
      purchases: {
        ec2: choice('reserved-instance', { termYears: 3, upfront: 'partial' }),
        fargate: choice('compute-savings-plan', { upfront: 'all' }),
        'ecs-ec2': choice('ec2-instance-savings-plan'),
        'eks-ec2': choice('spot'),
      },
    });
    expect(commitmentOf(w, 'ec2', 'ec2')).toEqual({ upfrontShare: 0.5, termMonths: 36 });
    expect(commitmentOf(w, 'fargate', 'fargate')).toEqual({ upfrontShare: 1, termMonths: 12 });
    expect(commitmentOf(w, 'ecs-ec2', 'ec2')).toEqual({ upfrontShare: 0, termMonths: 12 });
    expect(commitmentOf(w, 'eks-ec2', 'ec2')).toBeNull();
    expect(commitmentOf(w, 'lambda', 'lambda')).toBeNull();
    // An RI does not cover Fargate: nothing is committed there.
    expect(commitmentOf(w, 'ec2', 'fargate')).toBeNull();
  });

  it('reports an EC2-only plan on Fargate as on-demand with no rate, and any other choice as it is', () => {
    const ri = choice('reserved-instance', { termYears: 3, upfront: 'all', discountPct: 40 });
    const w = workload({ purchases: { batch: ri } });
    expect(effectiveChoice(w, 'batch', 'fargate')).toEqual({ ...ri, plan: 'on-demand', discountPct: null });
    expect(effectiveChoice(w, 'batch', 'ec2')).toBe(w.purchases.batch);
  });

  it('names each choice in words and as an id, with “year” singular for one year', () => {
    expect(purchaseLabel(choice('on-demand'))).toBe('On-demand');
    expect(purchaseLabel(choice('spot', { termYears: 3, upfront: 'all' }))).toBe('Spot');
    expect(purchaseLabel(choice('compute-savings-plan'))).toBe('Compute Savings Plan, 1 year, no upfront');
    expect(purchaseLabel(choice('reserved-instance', { termYears: 3, upfront: 'partial' }))).toBe(
      'Standard Reserved Instances, 3 years, partial upfront',
    );
    expect(purchaseId(choice('on-demand'))).toBe('on-demand');
    expect(purchaseId(choice('spot', { termYears: 3 }))).toBe('spot');
    expect(purchaseId(choice('ec2-instance-savings-plan', { termYears: 3, upfront: 'all' }))).toBe(
      'ec2-instance-savings-plan-3y-all-upfront',
    );
  });

  it('explains each discount in a formula, and says nothing on-demand', () => {
    // EC2's words from the EC2 option, Fargate's from the Fargate option.
    const words = (c: PurchaseChoice, service: 'ec2' | 'fargate' = 'ec2') =>
      discountWords(workload({ purchases: { [service]: c } }), service, service);
    expect(words(choice('on-demand'))).toBe('');
    expect(words(choice('compute-savings-plan', { discountPct: 25.5 }))).toBe(
      ' − 25.5% Compute Savings Plan (1 yr, no upfront; your rate: AWS publishes only "up to 66%" for EC2)',
    );
    expect(words(choice('compute-savings-plan', { termYears: 3, upfront: 'all' }), 'fargate')).toBe(
      ' − 30% Compute Savings Plan (3 yr, all upfront; assumed rate: AWS publishes only "up to 50%" for Fargate)',
    );
    // 80 % asked, 70 % is the most Spot gives on Fargate.
    expect(words(choice('spot', { discountPct: 80 }), 'fargate')).toBe(
      ' − 70% Spot (Spot prices float by pool; capped at the most AWS offers; your rate: AWS publishes only "up to 70%" for Fargate)',
    );
    const lambda = workload({ purchases: { lambda: choice('compute-savings-plan') } });
    expect(discountWords(lambda, 'lambda', 'lambda')).toBe(
      ' − 17% Compute Savings Plan (1 yr, no upfront; capped at the most AWS offers; assumed rate: AWS publishes only "up to 17%" for Lambda)',
    );
    const batch = workload({ purchases: { batch: choice('ec2-instance-savings-plan') } });
    expect(discountWords(batch, 'batch', 'fargate')).toBe(
      ' (EC2 Instance Savings Plan does not cover Fargate: on-demand)',
    );
  });
});
