import { describe, expect, it } from 'vitest';
import { BARE, centsByLine, priceOf } from './test-helpers';

/**
 * Worked examples from AWS's pricing pages, reproduced to the cent. AWS rounds
 * each line to the cent and adds the rounded lines; so does the engine.
 */
describe('AWS Lambda pricing page examples', () => {
  it('"Mobile application backend" (x86, free tier): 3 M requests × 120 ms × 1,536 MB → $2.33 duration + $0.40 requests = $2.73', () => {
    const lambda = priceOf({ ...BARE, requestsPerMonth: 3_000_000, durationMs: 120, memoryMB: 1536 }, 'lambda');
    expect(centsByLine(lambda)).toEqual({ 'Lambda requests': 0.4, 'Lambda duration (x86)': 2.33 });
    const duration = lambda.lineItems.find((l) => l.label === 'Lambda duration (x86)');
    expect(duration?.quantity).toBeCloseTo(140_000, 6);
    expect(duration?.formula).toContain('3,000,000 requests × 0.12 s × 1.5 GB = 540,000 GB-s − 400,000 free');
    expect(lambda.monthlyUSD).toBe(2.73);
  });

  it('former page example 1 (128 MB, 30 M runs of 200 ms, free tier): 350,000 GB-s → $5.83 + 29 M requests → $5.80 = $11.63', () => {
    const lambda = priceOf({ ...BARE, requestsPerMonth: 30_000_000, durationMs: 200, memoryMB: 128 }, 'lambda');
    expect(centsByLine(lambda)).toEqual({ 'Lambda requests': 5.8, 'Lambda duration (x86)': 5.83 });
    expect(lambda.monthlyUSD).toBe(11.63);
  });

  it('former page example 2 (448 MB, 3 M runs of 1 s, free tier): 912,500 GB-s → $15.21 + 2 M requests → $0.40 = $15.61', () => {
    const lambda = priceOf({ ...BARE, requestsPerMonth: 3_000_000, durationMs: 1000, memoryMB: 448 }, 'lambda');
    expect(centsByLine(lambda)).toEqual({ 'Lambda requests': 0.4, 'Lambda duration (x86)': 15.21 });
    expect(lambda.monthlyUSD).toBe(15.61);
  });

  it('the mobile-backend example moved to Arm: 140,000 GB-s × $0.0000133334 → $1.87, total $2.27 (derived from the page rates)', () => {
    const lambda = priceOf(
      { ...BARE, requestsPerMonth: 3_000_000, durationMs: 120, memoryMB: 1536, architecture: 'arm' },
      'lambda',
    );
    expect(centsByLine(lambda)).toEqual({ 'Lambda requests': 0.4, 'Lambda duration (Arm)': 1.87 });
    expect(lambda.monthlyUSD).toBe(2.27);
  });

  it('ephemeral storage at the page rate: the mobile-backend example with 10 GB → 9.5 GB × 360,000 s × $0.0000000309 = $0.11 more', () => {
    const lambda = priceOf(
      { ...BARE, requestsPerMonth: 3_000_000, durationMs: 120, memoryMB: 1536, ephemeralStorageGB: 10 },
      'lambda',
    );
    expect(centsByLine(lambda)['Lambda ephemeral storage']).toBe(0.11);
    expect(lambda.monthlyUSD).toBe(2.84);
  });
});

describe('AWS Lambda provisioned concurrency', () => {
  // The Lambda pricing page's provisioned-concurrency example: 1,024 MB,
  // 1,000 environments kept warm for 2 hours, 1.2 M invocations of 1 s each
  // in those hours (x86, us-east-1). By hand, with the page's rates:
  //   provisioned: 1,000 × 1 GB × 7,200 s = 7,200,000 GB-s × $0.0000041667 = $30.00
  //   duration:    1,200,000 × 1 s × 1 GB = 1,200,000 GB-s × $0.0000097222 = $11.67
  //   requests:    1.2 M × $0.20 per 1M = $0.24 (the free tier does not apply)
  //   total $41.91.
  it('reproduces the pricing page example: $30.00 + $11.67 + $0.24 = $41.91', () => {
    const lambda = priceOf(
      {
        ...BARE,
        requestsPerMonth: 1_200_000,
        durationMs: 1000,
        memoryMB: 1024,
        hoursPerDay: 2,
        daysPerMonth: 1,
        peakToAverage: 1,
        provisionedConcurrency: 1000,
        provisionedHoursPerDay: 2,
      },
      'lambda',
    );
    expect(centsByLine(lambda)).toEqual({
      'Lambda requests': 0.24,
      'Lambda provisioned concurrency (x86)': 30,
      'Lambda duration, served warm (x86)': 11.67,
      'Lambda duration (x86)': 0,
    });
    expect(lambda.monthlyUSD).toBe(41.91);
    expect(lambda.deployment?.compute).toMatchObject({ provisionedConcurrency: 1000 });
  });

  it('bills requests beyond what the warm environments can serve at the on-demand rate', () => {
    // 10 environments × 1 GB × 7,200 s = 72,000 GB-s warm; the other 1,128,000 GB-s on demand:
    // 72,000 × $0.0000097222 = $0.70; 1,128,000 × $0.0000166667 = $18.80.
    const lambda = priceOf(
      {
        ...BARE,
        requestsPerMonth: 1_200_000,
        durationMs: 1000,
        memoryMB: 1024,
        hoursPerDay: 2,
        daysPerMonth: 1,
        provisionedConcurrency: 10,
        provisionedHoursPerDay: 2,
      },
      'lambda',
    );
    expect(centsByLine(lambda)).toMatchObject({
      'Lambda provisioned concurrency (x86)': 0.3,
      'Lambda duration, served warm (x86)': 0.7,
      'Lambda duration (x86)': 18.8,
    });
  });
});

describe('AWS Fargate pricing page examples', () => {
  it('Example 1 (ECS, Linux/x86): 5 tasks × 10 min a day × 30 days, 1 vCPU, 2 GB, 30 GB storage → $1.01 + $0.22 + $0.03 = $1.26', () => {
    const fargate = priceOf(
      {
        ...BARE,
        requestsPerMonth: 1000,
        minInstances: 5,
        vcpuPerTask: 1,
        memoryMB: 2048,
        ephemeralStorageGB: 30,
        hoursPerDay: 10 / 60,
        daysPerMonth: 30,
      },
      'fargate',
    );
    expect(centsByLine(fargate)).toEqual({
      'ECS itself': 0,
      'Fargate vCPU (x86)': 1.01,
      'Fargate memory (x86)': 0.22,
      'Fargate ephemeral storage': 0.03,
    });
    expect(fargate.monthlyUSD).toBe(1.26);
  });

  it('the same example as 150 batch jobs of 600 s on AWS Batch with Fargate → $1.26 too', () => {
    const batch = priceOf(
      {
        ...BARE,
        kind: 'batch',
        batchCompute: 'fargate',
        requestsPerMonth: 150,
        durationMs: 600_000,
        vcpuPerTask: 1,
        memoryMB: 2048,
        ephemeralStorageGB: 30,
      },
      'batch',
    );
    expect(batch.monthlyUSD).toBe(1.26);
  });
});

describe('published rates, to the cent', () => {
  it('API Gateway HTTP API: 100 M requests of ≤ 512 KB → 100 × $1.00 = $100.00 (no free tier)', () => {
    const lambda = priceOf({ ...BARE, apiFront: 'http', freeTier: false, requestsPerMonth: 100e6 }, 'lambda');
    expect(centsByLine(lambda)['API Gateway HTTP API requests']).toBe(100);
  });

  it('API Gateway HTTP API: 1 B requests → 300 M × $1.00 + 700 M × $0.90 = $930.00', () => {
    const lambda = priceOf({ ...BARE, apiFront: 'http', freeTier: false, requestsPerMonth: 1e9 }, 'lambda');
    const api = lambda.lineItems.filter((l) => l.label === 'API Gateway HTTP API requests');
    expect(api.map((l) => Math.round(l.costUSD * 100) / 100)).toEqual([300, 630]);
  });

  it('API Gateway HTTP API meters a 1,100 KB request as three 512 KB requests', () => {
    const lambda = priceOf(
      { ...BARE, apiFront: 'http', freeTier: false, requestsPerMonth: 10e6, payloadKB: 1100 },
      'lambda',
    );
    expect(centsByLine(lambda)['API Gateway HTTP API requests']).toBe(30);
  });

  it('API Gateway REST API: 1 B calls → 333 M × $3.50 + 667 M × $2.80 = $1,165.50 + $1,867.60', () => {
    const lambda = priceOf({ ...BARE, apiFront: 'rest', freeTier: false, requestsPerMonth: 1e9 }, 'lambda');
    const api = lambda.lineItems.filter((l) => l.label === 'API Gateway REST API requests');
    expect(api.map((l) => Math.round(l.costUSD * 100) / 100)).toEqual([1165.5, 1867.6]);
  });

  it('EKS cluster: 730 h × $0.10 = $73.00 whatever hours the workload runs', () => {
    const eks = priceOf({ ...BARE, hoursPerDay: 8 }, 'eks-fargate');
    expect(centsByLine(eks)['EKS cluster']).toBe(73);
  });

  it('data transfer out: 20 TB (20,480 GB) − 100 GB free → 10,140 GB × $0.09 + 10,240 GB × $0.085 = $912.60 + $870.40', () => {
    const lambda = priceOf({ ...BARE, otherTransferOutGB: 20_480 }, 'lambda');
    const transfer = lambda.lineItems.filter((l) => l.label === 'Data transfer out');
    expect(transfer.map((l) => Math.round(l.costUSD * 100) / 100)).toEqual([912.6, 870.4]);
  });
});
