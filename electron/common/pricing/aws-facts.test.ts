import { describe, expect, it } from 'vitest';
import { BARE, centsByLine, priceOf } from './test-helpers';
import { parseWorkload } from './workload-schema';

/**
 * Facts the engine once had wrong (issue 14), each checked against AWS's own
 * documentation, cited next to the test.
 */
describe('AWS facts the prices depend on', () => {
  // ECS API reference, CapacityProviderStrategyItem: "FARGATE_SPOT supports
  // Linux tasks with the ARM64 architecture on platform version 1.4.0 or later."
  it('discounts Arm tasks under Fargate Spot on ECS and on AWS Batch with Fargate', () => {
    const spot = { plan: 'spot', discountPct: 70 } as const;
    const fargate = priceOf({ ...BARE, architecture: 'arm', purchases: { fargate: spot } }, 'fargate');
    const vcpu = fargate.lineItems.find((l) => l.unit === 'vCPU-hour');
    // $0.03238 per Arm vCPU-hour × (1 − 0.70) = $0.009714.
    expect(vcpu?.unitPriceUSD).toBeCloseTo(0.009714, 9);
    expect(vcpu?.label).toBe('Fargate vCPU (Arm)');

    const batch = priceOf(
      {
        ...BARE,
        kind: 'batch',
        batchCompute: 'fargate',
        architecture: 'arm',
        durationMs: 600_000,
        purchases: { batch: spot },
      },
      'batch',
    );
    expect(batch.label).toBe('AWS Batch on Fargate Spot');
    expect(batch.lineItems.find((l) => l.unit === 'vCPU-hour')?.unitPriceUSD).toBeCloseTo(0.009714, 9);
  });

  // EKS user guide, "AWS Fargate considerations": "Amazon EKS doesn't support Fargate Spot."
  it('never sells EKS on Fargate as Spot: the choice is refused, naming why', () => {
    const result = parseWorkload({ purchases: { 'eks-fargate': { plan: 'spot' } } });
    expect(result).toEqual({
      ok: false,
      error:
        'purchases.eks-fargate.plan: EKS on Fargate is sold on-demand or under a Compute Savings Plan (EKS does not support Fargate Spot), not as Spot',
    });
  });

  // EKS user guide, Fargate comparison table: "Can run workloads that require Arm processors: No".
  it('prices EKS pods on Fargate at x86 rates when Arm is chosen, and says so', () => {
    const eks = priceOf({ ...BARE, architecture: 'arm' }, 'eks-fargate');
    const vcpu = eks.lineItems.find((l) => l.unit === 'vCPU-hour');
    expect(vcpu).toMatchObject({ label: 'Fargate vCPU (x86)', unitPriceUSD: 0.04048 });
    expect(vcpu?.formula).toContain('EKS on Fargate runs x86 pods only: x86 rates');
    expect(eks.deployment?.architecture).toBe('x86');
    // ECS on Fargate keeps the Arm rate.
    expect(priceOf({ ...BARE, architecture: 'arm' }, 'fargate').lineItems[1]?.unitPriceUSD).toBe(0.03238);
  });

  // EKS user guide, Fargate pod configuration: ephemeral storage "up to a maximum
  // of 175 GiB" per pod; ECS tasks configure up to 200 GiB.
  it('makes EKS on Fargate infeasible above 175 GiB of scratch storage, while ECS takes up to 200', () => {
    const w = { ...BARE, ephemeralStorageGB: 180 };
    expect(priceOf(w, 'eks-fargate')).toMatchObject({ feasible: false, reason: expect.stringContaining('175 GiB') });
    expect(priceOf(w, 'fargate').feasible).toBe(true);
    expect(priceOf({ ...w, ephemeralStorageGB: 175 }, 'eks-fargate').feasible).toBe(true);
  });

  // Lightsail FAQ: "Both data transfer in and data transfer out of your instance
  // count toward your data transfer allowance", and only data out is charged beyond it.
  it('counts data in toward the Lightsail allowance and charges only the data out above it', () => {
    // One copy of 0.25 vCPU needs the $12 2 GB bundle (3 TB = 3,072 GB allowance):
    // 1,048,576 requests of 2,800 KB = 2,800 GB in; 282 GB out. 3,082 − 3,072 =
    // 10 GB over, all of it outbound (≤ 282) → 10 × $0.09 = $0.90 (still
    // cheaper than the $24 bundle with 4 TB).
    const lightsail = priceOf(
      {
        ...BARE,
        requestsPerMonth: 1_048_576,
        payloadKB: 2800,
        otherTransferOutGB: 282,
        minInstances: 1,
        durationMs: 10,
        cpuSharePct: 1,
        memoryMB: 128,
      },
      'lightsail',
    );
    expect(centsByLine(lightsail)).toEqual({
      'Lightsail 2 GB bundle × 1': 12,
      'Lightsail transfer over the allowance': 0.9,
    });
    // With no data in, the same 282 GB out fits the allowance.
    const quiet = priceOf({ ...BARE, otherTransferOutGB: 282, minInstances: 1, memoryMB: 128 }, 'lightsail');
    expect(quiet.lineItems.map((l) => l.label)).not.toContain('Lightsail transfer over the allowance');
  });
});
