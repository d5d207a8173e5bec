import { describe, expect, it } from 'vitest';
import { deploymentSchema } from '../pricing-ipc';
import { evaluate } from './evaluate';
import { priceOf, workload } from './test-helpers';

describe('deployment: what the line items pay for', () => {
  it('draws the EC2 fleet the bill charges: the same type and instance count as the instance line', () => {
    // 100 M requests at peak 3× over a 730 h month ≈ 114 req/s at peak.
    const ec2 = priceOf(workload({ requestsPerMonth: 100e6, loadBalancer: true }), 'ec2');
    const compute = ec2.deployment?.compute;
    if (compute?.kind !== 'instances') throw new Error('expected instances');
    expect(ec2.lineItems.some((l) => l.label === `EC2 ${compute.instanceType} × ${compute.instances}`)).toBe(true);
    expect(ec2.deployment).toMatchObject({ entry: 'load-balancer', availabilityZones: 2 });
  });

  it('draws the Fargate task count and billed size the vCPU line charges', () => {
    const fargate = priceOf(workload({ requestsPerMonth: 100e6, vcpuPerTask: 0.3, memoryMB: 700 }), 'fargate');
    const compute = fargate.deployment?.compute;
    if (compute?.kind !== 'fargate') throw new Error('expected fargate');
    // 0.3 vCPU rounds up to Fargate's 0.5 vCPU size, 700 MB to its 1 GB minimum for that size.
    expect(compute).toMatchObject({ orchestrator: 'ecs', vcpu: 0.5, memoryGB: 1 });
    const vcpuLine = fargate.lineItems.find((l) => l.label.startsWith('Fargate vCPU'));
    expect(vcpuLine?.formula).toContain(`${compute.tasks} tasks`);
  });

  it('names the API front Lambda is priced with, and none for an infeasible option', () => {
    expect(priceOf(workload({ apiFront: 'rest' }), 'lambda').deployment?.entry).toBe('api-gateway-rest');
    expect(priceOf(workload({ apiFront: 'http' }), 'lambda').deployment?.entry).toBe('api-gateway-http');
    expect(priceOf(workload({ durationMs: 901_000 }), 'lambda').deployment).toBeUndefined();
  });

  it('says how each option is bought and the peak its fleet is sized for', () => {
    const w = workload({
      requestsPerMonth: 50e6,
      durationMs: 1800,
      purchases: { fargate: { plan: 'compute-savings-plan', termYears: 3, upfront: 'all', discountPct: 40 } },
    });
    const fargate = priceOf(w, 'fargate').deployment;
    expect(fargate).toMatchObject({
      purchase: 'compute-savings-plan-3y-all-upfront',
      purchaseLabel: 'Compute Savings Plan, 3 years, all upfront',
      load: { cpuSharePct: 25 },
    });
    // 50 M ÷ 2,628,000 s × 3 × 1.8 s = 102.7 requests in flight.
    expect(fargate?.load?.inFlightAtPeak).toBeCloseTo(102.74, 2);
    expect(priceOf(w, 'ec2').deployment?.purchase).toBe('on-demand');
    expect(priceOf({ ...w, kind: 'batch' }, 'batch').deployment?.load).toBeUndefined();
  });

  it('draws the environments Lambda keeps warm, as the provisioned-concurrency line bills them', () => {
    const lambda = priceOf(workload({ provisionedConcurrency: 25 }), 'lambda');
    expect(lambda.deployment?.compute).toMatchObject({ kind: 'lambda', provisionedConcurrency: 25 });
    expect(lambda.lineItems.find((l) => l.label.startsWith('Lambda provisioned'))?.formula).toMatch(/^25 environments/);
  });

  it('spreads two copies or more over two Availability Zones, and keeps a single one in one', () => {
    // 1,000 requests a month need under one copy, so each fleet holds its minInstances.
    const zones = (minInstances: number, id: 'lightsail' | 'fargate') =>
      priceOf(workload({ requestsPerMonth: 1000, minInstances }), id).deployment?.availabilityZones;
    expect(zones(1, 'lightsail')).toBe(1);
    expect(zones(2, 'lightsail')).toBe(2);
    expect(zones(1, 'fargate')).toBe(1);
    expect(zones(3, 'fargate')).toBe(2);
  });

  it('is left out of totals-only evaluations and always passes the IPC schema', () => {
    const w = workload({ requestsPerMonth: 5e7, kind: 'batch', batchCompute: 'fargate' });
    expect(evaluate(w, { detail: false }).options.every((o) => o.deployment === undefined)).toBe(true);
    for (const option of evaluate(w).options) {
      if (option.deployment) expect(deploymentSchema.parse(option.deployment)).toEqual(option.deployment);
    }
  });
});
