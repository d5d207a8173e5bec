import { describe, expect, it } from 'vitest';
import { evaluate } from '../pricing/evaluate';
import { transferOutGB } from '../pricing/load';
import { describeSizing } from '../pricing/sizing';
import type { Workload } from '../pricing/workload-schema';
import { findExample } from './examples';
import { parseProfileData } from './parse-profile';
import { cpuShareFromThroughput, workloadToPerRequestModel } from './per-request-model';

const context = { id: '0b6f8a52-4a4e-4c1e-9d53-7f1e2a3b4c5d', fallbackName: 'old', now: '2025-03-04T05:06:07.000Z' };

function migrated(workload: Record<string, unknown>): Workload {
  const parsed = parseProfileData(
    {
      schemaVersion: 1,
      id: context.id,
      name: 'Old',
      notes: '',
      workload,
      createdAt: context.now,
      updatedAt: context.now,
      revision: 1,
    },
    context,
  );
  if (parsed.kind !== 'ok') throw new Error(parsed.kind === 'invalid' ? parsed.reason : parsed.kind);
  expect(parsed.fromVersion).toBe(1);
  return parsed.profile.workload;
}

/**
 * The starter profiles as format 1 shipped them, with the copies the old model
 * gave: ⌈peak requests/s ÷ requests per vCPU-second ÷ vCPU per copy⌉ (batch:
 * ⌈jobs at once at the peak⌉), worked by hand.
 */
const STARTERS_V1 = [
  {
    id: 'example-public-api-backend',
    // 30 M ÷ 2,628,000 s × 4 = 45.66 req/s ÷ 100 = 0.457 vCPU ÷ 0.25 → 2
    oldCopies: 2,
    workload: {
      kind: 'service',
      requestsPerMonth: 30_000_000,
      durationMs: 80,
      memoryMB: 512,
      payloadKB: 2,
      peakToAverage: 4,
      requestsPerSecondPerVcpu: 100,
      minInstances: 2,
      architecture: 'arm',
      apiFront: 'http',
      dataTransferOutGB: 150,
    },
  },
  {
    id: 'example-always-on-web-app',
    // 5 M ÷ 2,628,000 s × 2.5 = 4.76 req/s ÷ 20 = 0.238 vCPU ÷ 1 → 1
    oldCopies: 1,
    workload: {
      kind: 'service',
      requestsPerMonth: 5_000_000,
      durationMs: 250,
      memoryMB: 2048,
      vcpuPerTask: 1,
      payloadKB: 40,
      peakToAverage: 2.5,
      requestsPerSecondPerVcpu: 20,
      minInstances: 2,
      purchaseOption: 'savings-plan',
      savingsPlanDiscountPct: 30,
      apiFront: 'none',
      loadBalancer: true,
      dataTransferOutGB: 400,
      imageSizeGB: 1,
      ebsGBPerInstance: 30,
    },
  },
  {
    id: 'example-nightly-batch-job',
    // 600 jobs × 1,200 s ÷ (2 h × 30.42 days × 3,600 s) = 3.29 at once → 4
    oldCopies: 4,
    workload: {
      kind: 'batch',
      requestsPerMonth: 600,
      durationMs: 1_200_000,
      memoryMB: 4096,
      vcpuPerTask: 2,
      peakToAverage: 1,
      hoursPerDay: 2,
      minInstances: 1,
      purchaseOption: 'spot',
      spotDiscountPct: 65,
      apiFront: 'none',
      loadBalancer: false,
      batchCompute: 'ec2',
      dataTransferOutGB: 5,
      ephemeralStorageGB: 20,
      ebsGBPerInstance: 50,
    },
  },
  {
    id: 'example-bursty-event-processor',
    // 50 M ÷ 2,628,000 s × 20 = 380.5 req/s ÷ 200 = 1.90 vCPU ÷ 0.25 → 8
    oldCopies: 8,
    workload: {
      kind: 'service',
      requestsPerMonth: 50_000_000,
      durationMs: 40,
      memoryMB: 256,
      payloadKB: 1,
      peakToAverage: 20,
      requestsPerSecondPerVcpu: 200,
      minInstances: 1,
      architecture: 'arm',
      apiFront: 'none',
      loadBalancer: false,
      dataTransferOutGB: 0,
    },
  },
  {
    id: 'example-internal-dashboard',
    // 300,000 ÷ (10 h × 22 days × 3,600 s) × 3 = 1.14 req/s ÷ 10 = 0.114 vCPU ÷ 0.5 → 1
    oldCopies: 1,
    workload: {
      kind: 'service',
      requestsPerMonth: 300_000,
      durationMs: 300,
      memoryMB: 1024,
      vcpuPerTask: 0.5,
      peakToAverage: 3,
      requestsPerSecondPerVcpu: 10,
      hoursPerDay: 10,
      daysPerMonth: 22,
      minInstances: 1,
      apiFront: 'rest',
      dataTransferOutGB: 20,
      priceOverrides: { 'ec2.t3.small': 0.018 },
    },
  },
] as const;

describe('profile format 1 → 2: the per-request workload model', () => {
  it.each(STARTERS_V1)('keeps $id at $oldCopies copies, as the built-in example now has them', (starter) => {
    const workload = migrated({ ...starter.workload });
    expect(describeSizing(workload).copiesForPeak).toBe(starter.oldCopies);
    const example = findExample(starter.id);
    expect(example && describeSizing(example.workload).copiesForPeak).toBe(starter.oldCopies);
    // The same transfer at the file's own volume, now following the requests.
    expect(transferOutGB(workload)).toBeCloseTo(starter.workload.dataTransferOutGB, 6);
  });

  it('maps the throughput to the CPU share that gives the same vCPU: 1 ÷ (50/s × 0.12 s) = 16.67%', () => {
    expect(cpuShareFromThroughput(50, 120)).toBe(16.67);
    // Clamped to the field: a tiny throughput (10 s of CPU per 1-second request) is all CPU…
    expect(cpuShareFromThroughput(0.1, 1000)).toBe(100);
    // …and a huge one is the 1% floor.
    expect(cpuShareFromThroughput(10_000, 1000)).toBe(1);
  });

  it('turns a global Spot choice into Spot for every option AWS sells it for, at the same discount', () => {
    const w = migrated({ purchaseOption: 'spot', spotDiscountPct: 65 });
    for (const id of ['ec2', 'ecs-ec2', 'fargate', 'eks-ec2', 'batch'] as const) {
      expect(w.purchases[id], id).toMatchObject({ plan: 'spot', discountPct: 65 });
    }
    // Lambda, EKS on Fargate and Lightsail have no Spot: the old engine priced them on-demand too.
    for (const id of ['lambda', 'eks-fargate', 'lightsail'] as const)
      expect(w.purchases[id].plan, id).toBe('on-demand');
  });

  it('turns a global Savings Plan into the plan each option had its ceiling from, at the same discount', () => {
    const w = migrated({ purchaseOption: 'savings-plan', savingsPlanDiscountPct: 40 });
    expect(w.purchases.ec2).toMatchObject({ plan: 'ec2-instance-savings-plan', discountPct: 40 });
    expect(w.purchases.fargate).toMatchObject({ plan: 'compute-savings-plan', discountPct: 40 });
    expect(w.purchases.lambda).toMatchObject({ plan: 'compute-savings-plan', discountPct: 40 });
    expect(w.purchases.lightsail.plan).toBe('on-demand');
    // EC2 kept the 40% it had (both plans' ceilings are above it).
    const before = 0.085 * (1 - 0.4);
    const ec2 = evaluate({ ...w, vcpuPerTask: 1, memoryMB: 1024 }).options.find((o) => o.id === 'ec2');
    expect(ec2?.lineItems[0]?.unitPriceUSD).toBeCloseTo(before, 12);
  });

  it('keeps a transfer too large per response as a fixed amount', () => {
    const w = migrated({ requestsPerMonth: 1, dataTransferOutGB: 500_000 });
    expect(w).toMatchObject({ responseKB: 0, otherTransferOutGB: 500_000 });
  });

  it('leaves a workload already in the new model as it is', () => {
    const current = { cpuSharePct: 40, responseKB: 3, purchases: { ec2: { plan: 'spot' } } };
    expect(workloadToPerRequestModel(current)).toEqual(current);
  });

  it('names an old field of the wrong type instead of dropping it', () => {
    const parsed = parseProfileData(
      {
        schemaVersion: 1,
        name: 'Bad',
        workload: { purchaseOption: 'spot', spotDiscountPct: 'lots' },
        createdAt: context.now,
        updatedAt: context.now,
        revision: 1,
      },
      context,
    );
    expect(parsed).toEqual({ kind: 'invalid', reason: 'workload.spotDiscountPct: unknown field' });
  });
});
