import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { describeSizing } from './sizing';
import { BARE, priceOf, workload } from './test-helpers';

/**
 * The architect: 50 M requests a month at 1.8 s, peak 3× the average
 * over a 730-hour month. By hand: 50,000,000 ÷ 2,628,000 s = 19.03 req/s ×
 * 3 = 57.08 at the peak × 1.8 s = 102.7 in flight × 25% CPU = 25.7 vCPU
 * → ⌈102.7⌉ = 103 copies of 0.25 vCPU.
 */
const ARCHITECT = { ...BARE, requestsPerMonth: 50e6, durationMs: 1800, cpuSharePct: 25, vcpuPerTask: 0.25 } as const;

describe('fleets sized from the requests in flight', () => {
  it('follows the chain peak rate × duration × CPU share for the Fargate task count, and says so', () => {
    const fargate = priceOf(ARCHITECT, 'fargate');
    const vcpu = fargate.lineItems.find((l) => l.unit === 'vCPU-hour');
    expect(vcpu?.formula).toContain(
      '57.08 req/s at peak × 1.8 s = 102.7 in flight × 25% CPU = 25.68 vCPU → 103 tasks of 0.25 vCPU',
    );
    expect(fargate.deployment?.compute).toMatchObject({ kind: 'fargate', tasks: 103 });
    // 103 tasks × 730 h × 0.25 vCPU = 18,797.5 vCPU-hours.
    expect(vcpu?.quantity).toBeCloseTo(18_797.5, 6);
  });

  it('sizes EKS on Fargate the same way, in pods', () => {
    const eks = priceOf(ARCHITECT, 'eks-fargate');
    expect(eks.lineItems.find((l) => l.unit === 'vCPU-hour')?.formula).toContain('→ 103 pods of 0.25 vCPU');
    expect(eks.deployment?.compute).toMatchObject({ kind: 'fargate', orchestrator: 'eks', tasks: 103 });
  });

  it('packs the same 103 copies onto EC2, ECS and EKS instances', () => {
    for (const id of ['ec2', 'ecs-ec2', 'eks-ec2'] as const) {
      const option = priceOf(ARCHITECT, id);
      const compute = option.deployment?.compute;
      if (compute?.kind !== 'instances') throw new Error(`${id}: expected instances`);
      expect(compute.copies, id).toBe(103);
      // Instances hold at least the copies, and the instance line charges exactly that fleet.
      expect(compute.instances * compute.copiesPerInstance, id).toBeGreaterThanOrEqual(103);
      expect(option.lineItems[id === 'ec2' ? 0 : 1]?.label, id).toBe(
        `EC2 ${compute.instanceType} × ${compute.instances}`,
      );
      expect(option.lineItems.find((l) => l.unit === 'instance-hour')?.formula, id).toContain(
        '25.68 vCPU → 103 copies of 0.25 vCPU',
      );
    }
  });

  it('gives Lambda one execution per request in flight: ⌈102.7⌉ = 103 at the peak', () => {
    expect(priceOf(ARCHITECT, 'lambda').deployment?.compute).toMatchObject({ kind: 'lambda', peakConcurrency: 103 });
  });

  it('sizes one Lightsail instance for the whole peak: 103 copies × 0.25 vCPU is more than any bundle sustains', () => {
    const lightsail = priceOf(ARCHITECT, 'lightsail');
    // 103 × 0.25 vCPU = 25.75 vCPU and 103 × 512 MB = 51.5 GB on one instance.
    expect(lightsail).toMatchObject({
      feasible: false,
      reason: expect.stringContaining('25.75 sustained vCPU and 51.5 GB'),
    });
    // At 180 ms: 11 copies → 2.75 vCPU, still more than the 16 GB bundle's 4 × 40% = 1.6.
    expect(priceOf({ ...ARCHITECT, durationMs: 180 }, 'lightsail').reason).toContain('2.75 sustained vCPU');
  });

  it('needs more copies when each one holds fewer requests than its CPU allows', () => {
    // 1 vCPU copies at 25% CPU could hold 4 requests; a worker pool of 2 makes
    // it ⌈102.7 ÷ 2⌉ = 52 copies instead of ⌈25.68 ÷ 1⌉ = 26.
    const cpuBound = describeSizing(workload({ ...ARCHITECT, vcpuPerTask: 1 }));
    expect(cpuBound).toMatchObject({ copiesForPeak: 26, requestsPerCopy: 4, requestsPerCopyDerived: true });
    const poolBound = describeSizing(workload({ ...ARCHITECT, vcpuPerTask: 1, requestsPerCopy: 2 }));
    expect(poolBound).toMatchObject({ copiesForPeak: 52, requestsPerCopy: 2, requestsPerCopyDerived: false });
    const fargate = priceOf({ ...ARCHITECT, vcpuPerTask: 1, requestsPerCopy: 2 }, 'fargate');
    expect(fargate.lineItems[1]?.formula).toContain('→ 52 tasks of 1 vCPU (102.7 in flight ÷ 2 per copy)');
  });

  it('keeps the availability minimum when the peak needs fewer copies, and says which won', () => {
    const quiet = priceOf({ ...ARCHITECT, requestsPerMonth: 1e5, minInstances: 2 }, 'fargate');
    expect(quiet.lineItems[1]?.formula).toContain('→ 1 task of 0.25 vCPU; minimum 2; 2 tasks ×');
    expect(quiet.deployment?.compute).toMatchObject({ tasks: 2 });
  });

  it('raises every fleet’s cost with 10× the duration at 50 M requests, as it raises Lambda’s', () => {
    const short = evaluate(workload({ ...ARCHITECT, durationMs: 180 }), { detail: false }).options;
    const long = evaluate(workload(ARCHITECT), { detail: false }).options;
    for (const id of ['lambda', 'ec2', 'ecs-ec2', 'fargate', 'eks-ec2', 'eks-fargate'] as const) {
      const before = short.find((o) => o.id === id)?.monthlyUSD ?? NaN;
      const after = long.find((o) => o.id === id)?.monthlyUSD ?? NaN;
      expect(after, id).toBeGreaterThan(before * 1.5);
    }
  });

  it('runs batch jobs one per copy: jobs at once at the peak, whatever the CPU share', () => {
    // 60,000 jobs of 10 min over 730 h: 60,000 × 600 s ÷ 2,628,000 s = 13.7 at once × 1 (flat) → 14.
    const batch = { ...BARE, kind: 'batch', requestsPerMonth: 60_000, durationMs: 600_000, peakToAverage: 1 } as const;
    expect(describeSizing(workload(batch)).copiesForPeak).toBe(14);
    expect(describeSizing(workload({ ...batch, cpuSharePct: 100 })).copiesForPeak).toBe(14);
  });
});
