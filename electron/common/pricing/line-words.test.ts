// Each line as the cost breakdown shows it, word for word: the formula is the
// user's only way to check a number, so a wrong word, count or branch in it is
// a wrong answer. Every figure below is worked out in the comment beside it
// from the bundled us-east-1 book (see aws-prices-us-east-1.md).
import { describe, expect, it } from 'vitest';
import { Bill } from './bill';
import { fargateInfeasibility } from './options/fargate';
import { warmGBSeconds } from './options/lambda';
import { chargeEbs } from './options/shared-lines';
import { BUNDLED_PRICE_BOOK } from './price-book';
import { resolvePrices } from './prices';
import { BARE, priceOf, workload } from './test-helpers';
import type { OptionResult } from './types';

function line(option: OptionResult, label: string) {
  const found = option.lineItems.find((l) => l.label === label);
  if (!found)
    throw new Error(`${option.id} has no line "${label}": ${option.lineItems.map((l) => l.label).join(', ')}`);
  return found;
}

/** A month of 30 days, so hours and seconds come out round. */
const MONTH = { daysPerMonth: 30 };

describe('Lambda lines', () => {
  it('keeps environments warm: no free tier, the warm share of duration at its own rate, the rest on demand', () => {
    // 2 environments × 0.5 GB × 12 h × 30 days × 3,600 s = 1,296,000 GB-s kept warm (Arm).
    // 10M × 0.12 s × 0.5 GB = 600,000 GB-s; half the day is warm, so 300,000 GB-s are served warm.
    const lambda = priceOf(
      {
        ...BARE,
        ...MONTH,
        architecture: 'arm',
        provisionedConcurrency: 2,
        provisionedHoursPerDay: 12,
        ephemeralStorageGB: 2,
      },
      'lambda',
    );
    expect(line(lambda, 'Lambda requests')).toMatchObject({
      costUSD: 2,
      formula: '10,000,000 requests = 10,000,000 × $0.20 per 1M (no free tier with provisioned concurrency)',
    });
    expect(line(lambda, 'Lambda provisioned concurrency (Arm)')).toMatchObject({
      quantity: 1_296_000,
      unit: 'GB-second',
      formula: '2 environments × 0.5 GB × 12 h × 30 days = 1,296,000 GB-s × $0.0000033334',
      driver: 'provisioned concurrency',
    });
    expect(line(lambda, 'Lambda duration, served warm (Arm)')).toMatchObject({
      quantity: 300_000,
      unit: 'GB-second',
      driver: 'duration',
      formula:
        '10,000,000 requests × 0.12 s × 0.5 GB = 600,000 GB-s; 300,000 GB-s served while 2 environments are warm × $0.0000077778',
    });
    expect(line(lambda, 'Lambda duration (Arm)')).toMatchObject({
      quantity: 300_000,
      formula: '600,000 GB-s − 300,000 served warm = 300,000 GB-s on demand; 300,000 GB-s in this tier × $0.0000133334',
    });
    // 1.5 GB above the free 0.5 GB for 10M × 0.12 s = 1,800,000 GB-s.
    expect(line(lambda, 'Lambda ephemeral storage')).toMatchObject({
      quantity: 1_800_000,
      unit: 'GB-second',
      formula: '10,000,000 requests × 0.12 s × 1.5 GB above the free 0.5 GB = 1,800,000 GB-s × $0.0000000309',
      driver: 'scratch storage',
    });
    // $2.00 + $4.32 + $2.33 + $4.00 + $0.06
    expect(lambda.monthlyUSD).toBe(12.71);
  });

  it('says "1 environment is warm", not "1 environments are"', () => {
    const lambda = priceOf({ ...BARE, ...MONTH, provisionedConcurrency: 1, provisionedHoursPerDay: 24 }, 'lambda');
    expect(line(lambda, 'Lambda provisioned concurrency (x86)').formula).toBe(
      '1 environment × 0.5 GB × 24 h × 30 days = 1,296,000 GB-s × $0.0000041667',
    );
    expect(line(lambda, 'Lambda duration, served warm (x86)').formula).toMatch(
      /; 600,000 GB-s served while 1 environment is warm × \$0\.0000097222$/,
    );
  });

  it('takes the free million requests and 400,000 GB-s off, and words both', () => {
    const lambda = priceOf({ ...BARE }, 'lambda');
    expect(line(lambda, 'Lambda requests')).toMatchObject({
      quantity: 9,
      unit: '1M requests',
      costUSD: 1.8,
      formula: '10,000,000 requests − 1,000,000 free = 9,000,000 × $0.20 per 1M',
      driver: 'requests',
    });
    expect(line(lambda, 'Lambda duration (x86)')).toMatchObject({
      quantity: 200_000,
      unit: 'GB-second',
      formula:
        '10,000,000 requests × 0.12 s × 0.5 GB = 600,000 GB-s − 400,000 free; 200,000 GB-s in this tier × $0.0000166667',
      driver: 'duration',
    });
    // Scratch storage up to the included 0.5 GB is no line at all.
    expect(lambda.lineItems.map((l) => l.label)).not.toContain('Lambda ephemeral storage');
  });

  it('keeps no environment warm for 0 hours a day: no provisioned line, and the free tier applies', () => {
    const lambda = priceOf({ ...BARE, provisionedConcurrency: 2, provisionedHoursPerDay: 0 }, 'lambda');
    expect(lambda.lineItems.map((l) => l.label)).toEqual(['Lambda requests', 'Lambda duration (x86)']);
    expect(line(lambda, 'Lambda requests').formula).toContain(' − 1,000,000 free = ');
    const w = workload({});
    expect(warmGBSeconds({ ...w, provisionedConcurrency: 0 }, 600_000, 0.5)).toBe(0);
    expect(warmGBSeconds({ ...w, provisionedConcurrency: 2, provisionedHoursPerDay: 0 }, 600_000, 0.5)).toBe(0);
  });

  it('serves warm no more than the environments hold, and pays a Savings Plan upfront for all of it', () => {
    // 100M × 0.12 s × 0.5 GB = 6,000,000 GB-s; half arrive in the 12 warm hours, but one 0.5 GB environment
    // holds only 0.5 GB × 12 h × 30 days × 3,600 s = 648,000 GB-s. A 17% plan, 1 year all upfront:
    // (648,000 × $0.0000041667 + 648,000 × $0.0000097222 + 5,352,000 × $0.0000166667) × 0.83
    // = $2.24 + $5.23 + $74.04 = $81.51 a month, × 12 = $978.07 upfront. Requests are not discounted.
    const lambda = priceOf(
      {
        ...BARE,
        ...MONTH,
        requestsPerMonth: 100_000_000,
        provisionedConcurrency: 1,
        provisionedHoursPerDay: 12,
        freeTier: false,
        purchases: { lambda: { plan: 'compute-savings-plan', termYears: 1, upfront: 'all', discountPct: 17 } },
      },
      'lambda',
    );
    const plan =
      ' − 17% Compute Savings Plan (1 yr, all upfront; your rate: AWS publishes only "up to 17%" for Lambda)';
    expect(line(lambda, 'Lambda requests').formula).toBe('100,000,000 requests = 100,000,000 × $0.20 per 1M');
    expect(line(lambda, 'Lambda provisioned concurrency (x86)')).toMatchObject({
      quantity: 648_000,
      unitPriceUSD: expect.closeTo(0.0000041667 * 0.83, 15),
      formula: `1 environment × 0.5 GB × 12 h × 30 days = 648,000 GB-s × $0.0000041667${plan}`,
    });
    expect(line(lambda, 'Lambda duration, served warm (x86)')).toMatchObject({
      quantity: 648_000,
      unitPriceUSD: expect.closeTo(0.0000097222 * 0.83, 15),
    });
    expect(line(lambda, 'Lambda duration (x86)').quantity).toBe(5_352_000);
    expect(lambda.monthlyUSD).toBe(101.51);
    expect(lambda.upfrontUSD).toBeCloseTo(978.07, 2);
  });

  it('draws the line where Lambda stops, and names the limit', () => {
    const reason = (input: Parameters<typeof priceOf>[0]) => priceOf({ ...BARE, ...input }, 'lambda').reason ?? null;
    expect(reason({ durationMs: 901_000 })).toBe(
      'Each run takes 901 s; a Lambda function stops at 900 s (15 minutes).',
    );
    expect(reason({ payloadKB: 6144 })).toBeNull();
    expect(reason({ payloadKB: 6145 })).toBe(
      'Requests carry 6,145 KB; a synchronous Lambda invocation takes at most 6 MB.',
    );
    // A batch job is invoked asynchronously: its payload is not capped at 6 MB here; its vCPUs are.
    expect(reason({ kind: 'batch', payloadKB: 7000 })).toBeNull();
    expect(reason({ kind: 'batch', vcpuPerTask: 6 })).toBeNull();
    expect(reason({ kind: 'batch', vcpuPerTask: 8 })).toBe('Jobs need 8 vCPUs; Lambda gives a function at most 6.');
    // A service's vCPU per task sizes the servers and containers, not Lambda.
    expect(reason({ vcpuPerTask: 8 })).toBeNull();
  });

  it('puts no API in front of batch jobs, whatever the API setting', () => {
    const lambda = priceOf({ ...BARE, kind: 'batch', apiFront: 'http' }, 'lambda');
    expect(lambda.label).toBe('Lambda');
    expect(lambda.lineItems.map((l) => l.label)).toEqual(['Lambda requests', 'Lambda duration (x86)']);
  });
});

describe('API Gateway lines', () => {
  it('words an HTTP API under 512 KB a request as plain requests', () => {
    expect(line(priceOf({ ...BARE, apiFront: 'http' }, 'lambda'), 'API Gateway HTTP API requests')).toMatchObject({
      quantity: 9,
      unit: '1M requests',
      formula: '10,000,000 requests − 1,000,000 free (first 12 months); 9,000,000 in this tier × $1.00 per 1M',
    });
  });

  it('meters an HTTP API request by each started 512 KB and takes the free million off the metered count', () => {
    // 600 KB is two 512 KB units: 3M requests are metered as 6M; 5M after the free tier × $1.00.
    const lambda = priceOf({ ...BARE, apiFront: 'http', payloadKB: 600, requestsPerMonth: 3_000_000 }, 'lambda');
    expect(line(lambda, 'API Gateway HTTP API requests')).toMatchObject({
      quantity: 5,
      costUSD: 5,
      formula:
        '6,000,000 metered 512 KB requests − 1,000,000 free (first 12 months); 5,000,000 in this tier × $1.00 per 1M',
      driver: 'API Gateway',
    });
  });

  it('words a REST API without the free tier as plain requests', () => {
    const lambda = priceOf({ ...BARE, apiFront: 'rest', freeTier: false, requestsPerMonth: 3_000_000 }, 'lambda');
    expect(line(lambda, 'API Gateway REST API requests')).toMatchObject({
      costUSD: 10.5,
      formula: '3,000,000 requests; 3,000,000 in this tier × $3.50 per 1M',
    });
  });
});

describe('Fargate lines', () => {
  // 10M requests over 30 days: 3.86 req/s, 11.57 at a 3× peak; × 0.12 s = 1.39 in flight; × 25% = 0.35 vCPU.
  // 0.3 vCPU a task → 2 tasks; Fargate bills 0.5 vCPU and, for 1.5 GB, 2 GB. 2 tasks × 720 h = 1,440 task-hours.
  const ROUNDED = {
    ...BARE,
    ...MONTH,
    vcpuPerTask: 0.3,
    memoryMB: 1536,
    ephemeralStorageGB: 50,
    architecture: 'arm' as const,
  };

  it('bills both sizes rounded up, says so, and charges scratch storage above the free 20 GB', () => {
    const fargate = priceOf(ROUNDED, 'fargate');
    expect(line(fargate, 'Fargate vCPU (Arm)')).toMatchObject({
      quantity: 720,
      unit: 'vCPU-hour',
      formula:
        '11.57 req/s at peak × 120 ms = 1.4 in flight × 25% CPU = 0.35 vCPU → 2 tasks of 0.3 vCPU; ' +
        '2 tasks × 30 days × 86,400 s = 1,440 task-hours × 0.5 vCPU (0.3 vCPU rounded up to a valid Fargate size) ' +
        '= 720 vCPU-hours × $0.03238',
      driver: '2 tasks × 0.5 vCPU',
    });
    expect(line(fargate, 'Fargate memory (Arm)').formula).toBe(
      '1,440 task-hours × 2 GB (1.5 GB rounded up to a valid Fargate size) = 2,880 GB-hours × $0.00356',
    );
    expect(line(fargate, 'Fargate ephemeral storage')).toMatchObject({
      quantity: 43_200,
      unit: 'GB-hour',
      driver: 'scratch storage',
      formula: '1,440 task-hours × 30 GB above the free 20 GB = 43,200 GB-hours × $0.000111',
    });
    // $23.31 + $10.25 + $4.80
    expect(fargate.monthlyUSD).toBe(38.36);
  });

  it('prices EKS pods at x86 rates when the workload asks for Arm, and says so on each line', () => {
    const eks = priceOf(ROUNDED, 'eks-fargate');
    expect(line(eks, 'Fargate vCPU (x86)').formula).toMatch(
      /= 720 vCPU-hours × \$0\.04048 \(EKS on Fargate runs x86 pods only: x86 rates\)$/,
    );
    // The 256 MB EKS adds: 1.75 GB asked, 2 GB billed.
    expect(line(eks, 'Fargate memory (x86)').formula).toBe(
      '1,440 pod-hours × 2 GB (1.75 GB rounded up to a valid Fargate size) = 2,880 GB-hours × $0.004445 ' +
        '(EKS on Fargate runs x86 pods only: x86 rates)',
    );
    expect(line(eks, 'Fargate ephemeral storage').formula).toMatch(
      /× \$0\.000111; EKS provisions more than requested \(100 GiB → 115 GiB\), billed here as requested$/,
    );
    // An Arm task that ECS runs says nothing about x86.
    expect(line(priceOf(ROUNDED, 'fargate'), 'Fargate vCPU (Arm)').formula).not.toContain('x86');
  });

  it('bills each batch job as its own task with the one-minute minimum, one job as "1 job"', () => {
    const batch = (requestsPerMonth: number) =>
      priceOf(
        {
          ...BARE,
          kind: 'batch',
          batchCompute: 'fargate',
          requestsPerMonth,
          durationMs: 30_000,
          vcpuPerTask: 1,
          memoryMB: 2048,
        },
        'batch',
      );
    // 1,000 jobs × 60 s (30 s billed as the minute) = 16.67 job-hours × 1 vCPU and × 2 GB.
    expect(line(batch(1000), 'Fargate vCPU (x86)')).toMatchObject({
      formula: '1,000 jobs × 60 s = 16.67 job-hours × 1 vCPU = 16.67 vCPU-hours × $0.04048',
      driver: '1,000 Fargate jobs',
    });
    expect(line(batch(1000), 'Fargate memory (x86)').formula).toBe(
      '16.67 job-hours × 2 GB = 33.33 GB-hours × $0.004445',
    );
    expect(line(batch(1), 'Fargate vCPU (x86)')).toMatchObject({
      formula: expect.stringMatching(/^1 job × 60 s = /),
      driver: '1 Fargate job',
    });
  });

  it('keeps the hours of a single small job from reading as 0', () => {
    const oneJob = priceOf(
      { ...BARE, kind: 'batch', batchCompute: 'fargate', requestsPerMonth: 1, durationMs: 30_000, vcpuPerTask: 0.25 },
      'batch',
    );
    // 1 job × 60 s = 0.0167 job-hours (0.02 to two decimals) × 0.25 vCPU = 0.0042 vCPU-hours, not "0".
    expect(line(oneJob, 'Fargate vCPU (x86)').formula).toBe(
      '1 job × 60 s = 0.02 job-hours × 0.25 vCPU = 0.0042 vCPU-hours × $0.04048',
    );
  });

  it('runs scratch storage up to each orchestrator’s limit, and not one GB more', () => {
    expect(priceOf({ ...BARE, ephemeralStorageGB: 200 }, 'fargate').feasible).toBe(true);
    expect(priceOf({ ...BARE, ephemeralStorageGB: 175 }, 'eks-fargate').feasible).toBe(true);
    expect(priceOf({ ...BARE, ephemeralStorageGB: 176 }, 'eks-fargate')).toMatchObject({
      feasible: false,
      reason: 'Needs 176 GB of scratch storage; an EKS pod on Fargate has at most 175 GiB (20 GiB by default).',
    });
    // The workload schema stops at 200 GB; the pricer still refuses more if handed it.
    expect(fargateInfeasibility({ ...workload({}), ephemeralStorageGB: 201 }, false)).toBe(
      'Needs 201 GB of scratch storage; a Fargate task has at most 200 GB.',
    );
    // Nor does it take a task past 16 vCPU; EKS names the 256 MB it adds.
    expect(fargateInfeasibility({ ...workload({}), vcpuPerTask: 32 }, false)).toBe(
      "A task of 32 vCPU and 0.5 GB is larger than Fargate's biggest, 16 vCPU and 120 GB.",
    );
    expect(fargateInfeasibility({ ...workload({}), vcpuPerTask: 32 }, true)).toBe(
      "A task of 32 vCPU and 0.75 GB (with the 256 MB EKS adds to each pod) is larger than Fargate's biggest, 16 vCPU and 120 GB.",
    );
  });

  it('says nothing of x86 rates for an x86 pod, and charges no storage line for the free 20 GB', () => {
    const eks = priceOf({ ...BARE, ephemeralStorageGB: 20 }, 'eks-fargate');
    expect(line(eks, 'Fargate vCPU (x86)').formula).not.toContain('x86 pods only');
    expect(eks.lineItems.map((l) => l.label)).not.toContain('Fargate ephemeral storage');
  });

  it('draws as many batch tasks as jobs run at once at the peak, however few that is', () => {
    const tasks = (requestsPerMonth: number, durationMs: number) =>
      priceOf({ ...BARE, kind: 'batch', batchCompute: 'fargate', requestsPerMonth, durationMs }, 'batch').deployment
        ?.compute;
    // 1,000 half-minute jobs a month: one at a time, though the availability minimum is 2.
    expect(tasks(1000, 30_000)).toMatchObject({ kind: 'fargate', tasks: 1 });
    // 100,000 × 600 s ÷ (730 h × 3,600 s) × 3 = 68.5 at the peak → 69.
    expect(tasks(100_000, 600_000)).toMatchObject({ kind: 'fargate', tasks: 69 });
  });
});

describe('Lightsail lines', () => {
  it('charges the outbound part of what passes the allowance, in and out both counting', () => {
    // The 16 GB bundle allows 6 TB each: 12,288 GB for two. 1M × 4 KB in = 3.81 GB; 20,000 GB out.
    // 3.81 + 20,000 − 12,288 = 7,715.81 GB over × $0.09 = $694.42, + 2 × $84 + the $18 balancer.
    const lightsail = priceOf(
      { ...BARE, requestsPerMonth: 1_000_000, otherTransferOutGB: 20_000, minInstances: 2, loadBalancer: true },
      'lightsail',
    );
    expect(line(lightsail, 'Lightsail 16 GB bundle × 2')).toMatchObject({
      costUSD: 168,
      unit: 'instance-month',
      formula:
        'the peak needs 0.25 sustained vCPU and 0.5 GB per instance → 16 GB bundle (4 vCPU at a 40% baseline); ' +
        '2 instances × $84.00 a month',
      driver: '2 × 16 GB bundle',
    });
    expect(line(lightsail, 'Lightsail transfer over the allowance')).toMatchObject({
      unit: 'GB',
      formula:
        '3.81 GB in + 20,000 GB out − 12,288 GB included (in and out both count; only data out is charged) ' +
        '= 7,715.81 GB × $0.09',
      driver: 'transfer over the allowance',
    });
    expect(line(lightsail, 'Lightsail load balancer')).toMatchObject({
      unit: 'load balancer-month',
      formula: '1 load balancer × $18.00 a month',
      driver: 'the load balancer',
    });
    expect(lightsail.monthlyUSD).toBe(880.42);
  });

  it('takes a bigger bundle when its allowance saves more than it costs', () => {
    // 12,000 GB out: two 2 GB bundles ($24) would pay 5,859.81 GB over ($527.38); two 16 GB bundles cover it for $168.
    const lightsail = priceOf(
      { ...BARE, requestsPerMonth: 1_000_000, otherTransferOutGB: 12_000, minInstances: 2 },
      'lightsail',
    );
    expect(lightsail.lineItems.map((l) => l.label)).toEqual(['Lightsail 16 GB bundle × 2']);
    expect(lightsail.monthlyUSD).toBe(168);
  });

  it('sizes by memory as well as CPU, and takes a bundle that fits exactly', () => {
    const bundleFor = (input: Parameters<typeof priceOf>[0]) =>
      priceOf({ ...BARE, requestsPerMonth: 1000, minInstances: 1, ...input }, 'lightsail').lineItems[0]?.label;
    // 3 GB is more than 90% of the 2 GB bundle's memory: the 4 GB one.
    expect(bundleFor({ memoryMB: 3072 })).toBe('Lightsail 4 GB bundle × 1');
    // 1.8 GB is exactly 90% of 2 GB, and 0.4 vCPU exactly the 2 GB bundle's 2 × 20% baseline.
    expect(bundleFor({ memoryMB: 1843.2 })).toBe('Lightsail 2 GB bundle × 1');
    expect(bundleFor({ vcpuPerTask: 0.4 })).toBe('Lightsail 2 GB bundle × 1');
    expect(bundleFor({ vcpuPerTask: 0.41 })).toBe('Lightsail 8 GB bundle × 1');
  });

  it('says "1 instance", not "1 instances"', () => {
    const lightsail = priceOf({ ...BARE, requestsPerMonth: 1000, minInstances: 1, memoryMB: 3072 }, 'lightsail');
    expect(lightsail.lineItems[0]?.formula).toMatch(/; 1 instance × \$24\.00 a month$/);
  });

  it('leaves a 2 GB bundle for 2 GB of memory: only 90% of it is there for the workload', () => {
    const lightsail = priceOf({ ...BARE, requestsPerMonth: 1000, minInstances: 1, memoryMB: 2048 }, 'lightsail');
    expect(lightsail.lineItems[0]?.label).toBe('Lightsail 4 GB bundle × 1');
  });

  it('has no load balancer for batch jobs', () => {
    const lightsail = priceOf({ ...BARE, kind: 'batch', loadBalancer: true }, 'lightsail');
    expect(lightsail.lineItems.map((l) => l.label)).toEqual(['Lightsail 8 GB bundle × 2']);
  });
});

describe('lines every option shares', () => {
  it('words transfer as job results plus the rest, with no free tier', () => {
    // 2M × 64 KB = 122.07 GB + 50 GB = 172.07 GB × $0.09 = $15.49.
    const lambda = priceOf(
      { ...BARE, kind: 'batch', requestsPerMonth: 2_000_000, responseKB: 64, otherTransferOutGB: 50, freeTier: false },
      'lambda',
    );
    expect(line(lambda, 'Data transfer out')).toMatchObject({
      costUSD: 15.486328125,
      unit: 'GB',
      formula: '2,000,000 job results × 64 KB = 122.07 GB + 50 GB other = 172.07 GB; 172.07 GB in this tier × $0.09',
      driver: 'data transfer out',
    });
  });

  it('words responses alone, with the free 100 GB taken off', () => {
    // 10M × 10 KB = 95.37 GB, all within the free 100 GB.
    const lambda = priceOf({ ...BARE, responseKB: 10 }, 'lambda');
    expect(line(lambda, 'Data transfer out').formula).toBe(
      '10,000,000 responses × 10 KB = 95.37 GB − 95.37 GB free; 0 GB in this tier × $0.09',
    );
  });

  it('words ECR storage, EBS volumes and the load balancer of an ECS-on-EC2 fleet', () => {
    // 2 t3.small × 720 h = 1,440 instance-hours. 3.86 req/s on average.
    const ecs = priceOf(
      { ...BARE, ...MONTH, otherTransferOutGB: 250, imageSizeGB: 2, ebsGBPerInstance: 30, loadBalancer: true },
      'ecs-ec2',
    );
    expect(line(ecs, 'EBS gp3 volumes')).toMatchObject({
      // 30 GB × 1,440 h ÷ 730 h = 59.18 GB-months × $0.08 = $4.73.
      unit: 'GB-month',
      costUSD: expect.closeTo(4.73, 2),
      formula: '30 GB × 1,440 instance-hours ÷ 730 h = 59.18 GB-months × $0.08',
      driver: 'EBS volumes',
    });
    expect(line(ecs, 'Application Load Balancer')).toMatchObject({
      costUSD: 16.2,
      unit: 'ALB-hour',
      driver: 'the load balancer',
      formula: '24 h × 30 days = 720 h × $0.0225',
    });
    // 3.86 new connections/s ÷ 25 = 0.154 LCU beats 3.86 × 3,600 × 4 KB = 0.053 GB/h.
    expect(line(ecs, 'ALB capacity units')).toMatchObject({
      // 10M ÷ 2,592,000 s ÷ 25 = 0.154 LCU × 720 h = 111.11 LCU-hours.
      quantity: expect.closeTo(111.11, 2),
      unit: 'LCU-hour',
      formula: 'max(3.86 new connections/s ÷ 25, 0.053 GB/h in and out ÷ 1) = 0.154 LCU × 720 h × $0.008',
      driver: 'the load balancer',
    });
    expect(line(ecs, 'ECR image storage')).toMatchObject({
      quantity: 1.5,
      unit: 'GB-month',
      costUSD: expect.closeTo(0.15, 9),
      formula: '2 GB image − 0.5 GB free (first 12 months) = 1.5 GB × $0.10',
      driver: 'ECR storage',
    });
    // No responses: the 250 GB are all "other"; 100 GB free.
    expect(line(ecs, 'Data transfer out')).toMatchObject({
      quantity: 150,
      formula: '250 GB − 100 GB free; 150 GB in this tier × $0.09',
    });
  });

  it('says "1 copy … 1 instance" for a fleet of one, and "1 job" for a single Batch job', () => {
    const ec2 = priceOf({ ...BARE, requestsPerMonth: 1000, minInstances: 1 }, 'ec2');
    expect(line(ec2, 'EC2 t3.small × 1').formula).toMatch(/; 1 copy, 1 per t3\.small → 1 instance × 24 h × /);
    // One 64 GB job: three fit an r5.8xlarge's usable memory, so it fills a third of an instance-hour.
    const batch = priceOf(
      { ...BARE, kind: 'batch', requestsPerMonth: 1, durationMs: 3_600_000, vcpuPerTask: 4, memoryMB: 65_536 },
      'batch',
    );
    expect(line(batch, 'EC2 r5.8xlarge (Batch compute environment)').formula).toBe(
      '1 job × 3,600 s ÷ 3 jobs per r5.8xlarge = 0.3 instance-hours × $2.016',
    );
  });

  it('words ECR storage without the free tier, and puts no EBS line on no instance-hours', () => {
    const fargate = priceOf({ ...BARE, imageSizeGB: 2, freeTier: false }, 'fargate');
    expect(line(fargate, 'ECR image storage')).toMatchObject({ costUSD: 0.2, formula: '2 GB image = 2 GB × $0.10' });
    const bill = new Bill(true, {}, BUNDLED_PRICE_BOOK);
    chargeEbs(bill, workload({ ebsGBPerInstance: 20 }), resolvePrices(BUNDLED_PRICE_BOOK, {}), 0);
    expect(bill.lineItems).toEqual([]);
  });

  it('puts no load balancer in front of batch jobs on a fleet', () => {
    const ec2 = priceOf({ ...BARE, kind: 'batch', loadBalancer: true }, 'ec2');
    expect(ec2.lineItems.map((l) => l.label)).toEqual(['EC2 t3.small × 2']);
  });

  it('shows ECS and AWS Batch as their own $0 lines, each with its own pricing page', () => {
    expect(line(priceOf({ ...BARE }, 'fargate'), 'ECS itself')).toMatchObject({
      unit: 'cluster',
      source: 'https://aws.amazon.com/ecs/pricing/',
      driver: 'ECS',
    });
    expect(line(priceOf({ ...BARE, kind: 'batch' }, 'batch'), 'AWS Batch itself')).toMatchObject({
      unit: 'compute environment',
      source: 'https://aws.amazon.com/batch/pricing/',
      driver: 'AWS Batch',
    });
  });
});
