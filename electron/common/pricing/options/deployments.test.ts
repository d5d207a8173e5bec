import { describe, expect, it } from 'vitest';
import type { Deployment } from '../deployment';
import { BARE, priceOf } from '../test-helpers';

/** The drawn compute of an option priced with instances; throws for any other kind. */
function instancesOf(deployment: Deployment | undefined) {
  const compute = deployment?.compute;
  if (compute?.kind !== 'instances') throw new Error('expected instances');
  return compute;
}

// 1,000 requests a month keep far less than one copy busy, so a fleet holds only its minimum.
const IDLE = { ...BARE, requestsPerMonth: 1000 } as const;
const MONTH_SECONDS = 730 * 3600;

describe('deployments: the words and counts the diagram draws for each option', () => {
  it('says how requests reach each option: direct without an API, through the API Gateway front chosen, or a job queue', () => {
    expect(priceOf(IDLE, 'lambda').deployment?.entry).toBe('direct');
    expect(priceOf(IDLE, 'ec2').deployment?.entry).toBe('direct');
    // Batch jobs are queued, whatever API front the service form last had.
    expect(priceOf({ ...IDLE, kind: 'batch', apiFront: 'http' }, 'lambda').deployment?.entry).toBe('direct');
    expect(priceOf({ ...IDLE, kind: 'batch', batchCompute: 'ec2' }, 'batch').deployment?.entry).toBe('job-queue');
  });

  it('pulls a container image for the orchestrated and Fargate options only', () => {
    const pulls = (id: Parameters<typeof priceOf>[1]) => priceOf(IDLE, id).deployment?.imagePull;
    expect(pulls('lambda')).toBe(false);
    expect(pulls('ec2')).toBe(false);
    expect(pulls('lightsail')).toBe(false);
    expect(pulls('ecs-ec2')).toBe(true);
    expect(pulls('eks-ec2')).toBe(true);
    expect(pulls('fargate')).toBe(true);
  });

  it('draws Lambda’s warm environments only when they are kept warm some hours a day', () => {
    const warm = (provisionedHoursPerDay: number) =>
      priceOf({ ...IDLE, provisionedConcurrency: 25, provisionedHoursPerDay }, 'lambda').deployment?.compute;
    expect(warm(0)).toMatchObject({ kind: 'lambda', provisionedConcurrency: 0 });
    expect(warm(8)).toMatchObject({ kind: 'lambda', provisionedConcurrency: 25 });
  });

  it('draws an always-on fleet at its minimum: the copies kept running and the instances billed', () => {
    // The load needs under one copy, so the fleet keeps minInstances copies on as many instances.
    const fleet = instancesOf(priceOf({ ...IDLE, minInstances: 2 }, 'ec2').deployment);
    expect(fleet).toMatchObject({ copies: 2, instances: 2, scaling: 'fleet' });
  });

  it('draws a fleet floored at its minimum even when fewer, larger instances would hold the copies', () => {
    const ec2 = priceOf({ ...BARE, requestsPerMonth: 1e8, minInstances: 3 }, 'ec2');
    const fleet = instancesOf(ec2.deployment);
    // The copies fit on fewer instances than the minimum of 3; the bill still charges 3.
    expect(Math.ceil(fleet.copies / fleet.copiesPerInstance)).toBeLessThan(3);
    expect(fleet.instances).toBe(3);
    expect(ec2.lineItems.some((l) => l.label === `EC2 ${fleet.instanceType} × 3`)).toBe(true);
  });

  it('draws a Batch compute environment with the jobs running at the peak, on the fewest instances that hold them', () => {
    // 1,314,000 jobs of 60 s over a 2,628,000 s month at a flat peak: 1,314,000 × 60 ÷ 2,628,000 = 30 at once.
    const jobs = {
      ...BARE,
      kind: 'batch',
      batchCompute: 'ec2',
      requestsPerMonth: MONTH_SECONDS / 2,
      durationMs: 60_000,
    } as const;
    const env = instancesOf(priceOf({ ...jobs, peakToAverage: 1, vcpuPerTask: 1, memoryMB: 2048 }, 'batch').deployment);
    expect(env).toMatchObject({ orchestrator: 'batch', copies: 30, scaling: 'per-job' });
    // Several jobs share an instance, and the instances are the fewest that hold all 30.
    expect(env.copiesPerInstance).toBeGreaterThan(1);
    expect(env.instances * env.copiesPerInstance).toBeGreaterThanOrEqual(30);
    expect((env.instances - 1) * env.copiesPerInstance).toBeLessThan(30);
    expect(env.instances).toBeGreaterThan(1);
  });
});
