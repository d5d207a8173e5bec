import { describe, expect, it } from 'vitest';
import { COMPUTE_OPTION_IDS } from '../compute-options';
import { evaluate } from './evaluate';
import { BARE, priceOf, workload } from './test-helpers';

describe('evaluate', () => {
  it("prices every compute option, in the app's order, with the price book it used", () => {
    const result = evaluate(workload({}));
    expect(result.options.map((o) => o.id)).toEqual([...COMPUTE_OPTION_IDS]);
    expect(result.priceBook).toMatchObject({ region: 'us-east-1', asOf: expect.stringMatching(/^\d{4}-/) });
  });

  it('labels Lambda by the API in front of it', () => {
    expect(priceOf({ apiFront: 'http' }, 'lambda').label).toBe('Lambda + HTTP API');
    expect(priceOf({ apiFront: 'rest' }, 'lambda').label).toBe('Lambda + REST API');
    expect(priceOf({ apiFront: 'none' }, 'lambda').label).toBe('Lambda');
  });

  it('leaves line items and warnings out without detail but keeps the totals', () => {
    // Past Lambda's concurrency quota: the detailed estimate warns, the quick one stays silent.
    const w = workload({ apiFront: 'http', requestsPerMonth: 5e9, durationMs: 2000 });
    expect(evaluate(w).options.find((o) => o.id === 'lambda')?.warnings.length).toBeGreaterThan(0);
    const quick = evaluate(w, { detail: false }).options;
    expect(quick.every((o) => o.lineItems.length === 0 && o.warnings.length === 0)).toBe(true);
    expect(quick.map((o) => o.monthlyUSD)).toEqual(evaluate(w).options.map((o) => o.monthlyUSD));
  });

  it('flags overridden prices on their lines and uses them', () => {
    const lambda = priceOf({ ...BARE, requestsPerMonth: 3e6, priceOverrides: { 'lambda.requests': 0.3 } }, 'lambda');
    const requests = lambda.lineItems.find((l) => l.priceId === 'lambda.requests');
    expect(requests).toMatchObject({ unitPriceUSD: 0.3, overridden: true, costUSD: 0.6 });
    expect(lambda.lineItems.filter((l) => l.overridden)).toHaveLength(1);
    expect(requests?.source).toBe('https://aws.amazon.com/lambda/pricing/');
  });
});

describe('feasibility', () => {
  it('shows Lambda infeasible past 900 s, 10,240 MB, 10 GB of storage or a 6 MB payload, saying which', () => {
    expect(priceOf({ durationMs: 901_000 }, 'lambda')).toMatchObject({ feasible: false, monthlyUSD: null });
    expect(priceOf({ durationMs: 901_000 }, 'lambda').reason).toContain('900 s');
    expect(priceOf({ memoryMB: 10_241 }, 'lambda').reason).toContain('10,240 MB');
    expect(priceOf({ ephemeralStorageGB: 11 }, 'lambda').reason).toContain('10 GB');
    expect(priceOf({ payloadKB: 7000 }, 'lambda').reason).toContain('6 MB');
  });

  it('keeps servers feasible where Lambda is not: a 2-hour, 64 GB batch job', () => {
    const w = {
      kind: 'batch',
      durationMs: 7_200_000,
      memoryMB: 65_536,
      vcpuPerTask: 8,
      requestsPerMonth: 100,
    } as const;
    expect(priceOf(w, 'lambda').feasible).toBe(false);
    for (const id of ['ec2', 'ecs-ec2', 'fargate', 'batch'] as const) expect(priceOf(w, id).feasible, id).toBe(true);
  });

  it('says Lightsail cannot carry a peak larger than its largest bundle', () => {
    const lightsail = priceOf({ requestsPerMonth: 1e9 }, 'lightsail');
    expect(lightsail.feasible).toBe(false);
    expect(lightsail.reason).toMatch(/largest Lightsail bundle.*cannot auto scale/);
  });

  it('says AWS Batch does not serve requests, and prices it for batch jobs', () => {
    expect(priceOf({ kind: 'service' }, 'batch').reason).toContain('does not serve requests');
    expect(priceOf({ kind: 'batch', durationMs: 60_000 }, 'batch').feasible).toBe(true);
  });

  it('makes EKS on Fargate infeasible when the 256 MB it adds pushes a pod past 120 GB', () => {
    expect(priceOf({ memoryMB: 122_880, vcpuPerTask: 16 }, 'fargate').feasible).toBe(true);
    expect(priceOf({ memoryMB: 122_880, vcpuPerTask: 16 }, 'eks-fargate').reason).toContain('256 MB');
  });
});

describe('billing rules', () => {
  it('rounds Lambda duration up to the next millisecond', () => {
    const lambda = priceOf(
      { ...BARE, freeTier: false, requestsPerMonth: 1e6, durationMs: 120.2, memoryMB: 1024 },
      'lambda',
    );
    expect(lambda.lineItems.find((l) => l.unit === 'GB-second')?.quantity).toBeCloseTo(121_000, 6);
  });

  it('bills a 10-second Fargate job as the one-minute minimum', () => {
    const fargate = priceOf(
      { ...BARE, kind: 'batch', requestsPerMonth: 60, durationMs: 10_000, vcpuPerTask: 1, memoryMB: 2048 },
      'fargate',
    );
    expect(fargate.lineItems.find((l) => l.unit === 'vCPU-hour')?.quantity).toBeCloseTo(1, 9);
  });

  it('rounds a Fargate task up to a valid size and says so', () => {
    const fargate = priceOf({ ...BARE, vcpuPerTask: 0.25, memoryMB: 1536 }, 'fargate');
    const memory = fargate.lineItems.find((l) => l.unit === 'GB-hour');
    expect(memory?.formula).toContain('× 2 GB (1.5 GB rounded up to a valid Fargate size)');
  });

  it('adds 256 MB to every EKS pod on Fargate before rounding: 0.25 vCPU / 512 MB bills as 1 GB', () => {
    const eks = priceOf({ ...BARE, vcpuPerTask: 0.25, memoryMB: 512 }, 'eks-fargate');
    expect(eks.lineItems.find((l) => l.unit === 'GB-hour')?.formula).toContain('× 1 GB (0.75 GB rounded up');
  });

  it('shows ECS and AWS Batch as $0 lines that say where the money goes', () => {
    for (const [id, label] of [
      ['ecs-ec2', 'ECS itself'],
      ['fargate', 'ECS itself'],
    ] as const) {
      const line = priceOf({}, id).lineItems.find((l) => l.label === label);
      expect(line).toMatchObject({
        costUSD: 0,
        unitPriceUSD: 0,
        formula: expect.stringContaining('no charge of its own'),
      });
    }
    const batch = priceOf({ kind: 'batch' }, 'batch');
    expect(batch.lineItems[0]).toMatchObject({ label: 'AWS Batch itself', costUSD: 0 });
    // Its instances are the compute environment's, paid by the instance-hour the jobs fill, not a fleet.
    expect(batch.lineItems.map((l) => l.label)).toContainEqual(
      expect.stringMatching(/^EC2 [a-z0-9.]+ \(Batch compute environment\)$/),
    );
  });

  it("words a fleet's instance line as the breakdown shows it", () => {
    // 100 copies of 0.25 vCPU / 512 MB around the clock (see fleet-plan.test.ts): 8 fit an m5.large, 13 of them.
    const ec2 = priceOf(
      {
        requestsPerMonth: 259_200_000,
        durationMs: 1000,
        cpuSharePct: 25,
        vcpuPerTask: 0.25,
        memoryMB: 512,
        peakToAverage: 1,
        hoursPerDay: 24,
        daysPerMonth: 30,
      },
      'ec2',
    );
    const line = ec2.lineItems.find((l) => l.unit === 'instance-hour');
    expect(line).toMatchObject({ label: 'EC2 m5.large × 13', quantity: 9360, driver: '13 × m5.large' });
    expect(line?.formula).toMatch(
      /; 100 copies, 8 per m5\.large → 13 instances × 24 h × 30 days = 9,360 instance-hours × \$0\.096$/,
    );
  });

  it("words a Batch compute environment's instance line and the EKS cluster line as the breakdown shows them", () => {
    // 1,000 one-hour jobs of 1 vCPU and 1 GB: 16 fit a c5.4xlarge, 1,000 h ÷ 16 = 62.5 instance-hours × $0.68.
    const batch = priceOf(
      { kind: 'batch', requestsPerMonth: 1000, durationMs: 3_600_000, vcpuPerTask: 1, memoryMB: 1024 },
      'batch',
    );
    expect(batch.lineItems.find((l) => l.unit === 'instance-hour')).toMatchObject({
      label: 'EC2 c5.4xlarge (Batch compute environment)',
      quantity: 62.5,
      costUSD: 42.5,
      formula: '1,000 jobs × 3,600 s ÷ 16 jobs per c5.4xlarge = 62.5 instance-hours × $0.68',
      driver: 'c5.4xlarge instance-hours',
    });
    expect(priceOf({}, 'eks-ec2').lineItems.find((l) => l.priceId === 'eks.cluster')).toMatchObject({
      label: 'EKS cluster',
      quantity: 730,
      unit: 'cluster-hour',
      costUSD: 73,
      formula: '1 cluster × 730 h (the control plane bills every hour it exists) × $0.10',
      driver: 'the EKS cluster',
    });
  });

  it('adds ECR storage to container options, EBS to EC2-based ones and transfer to all but Lightsail', () => {
    const units = (id: Parameters<typeof priceOf>[1]) =>
      priceOf({ imageSizeGB: 2, ebsGBPerInstance: 30, otherTransferOutGB: 500 }, id).lineItems.map((l) => l.label);
    expect(units('lambda')).not.toContain('ECR image storage');
    expect(units('fargate')).toEqual(expect.arrayContaining(['ECR image storage', 'Data transfer out']));
    expect(units('fargate')).not.toContain('EBS gp3 volumes');
    expect(units('ecs-ec2')).toEqual(
      expect.arrayContaining(['ECR image storage', 'EBS gp3 volumes', 'Data transfer out']),
    );
    expect(units('ec2')).not.toContain('ECR image storage');
    expect(units('lightsail')).not.toContain('Data transfer out');
  });

  it('caps a discount at what AWS offers: a 50% Compute Savings Plan takes 17% off Lambda duration', () => {
    const base = { ...BARE, freeTier: false, requestsPerMonth: 1e7, durationMs: 100, memoryMB: 1024 };
    const plan = priceOf(
      { ...base, purchases: { lambda: { plan: 'compute-savings-plan', discountPct: 50 } } },
      'lambda',
    );
    const duration = plan.lineItems.find((l) => l.unit === 'GB-second');
    expect(duration?.unitPriceUSD).toBeCloseTo(0.0000166667 * 0.83, 12);
    expect(duration?.formula).toContain('17% Compute Savings Plan');
    expect(duration?.formula).toContain('AWS publishes only "up to 17%"');
  });

  it('sizes an EC2 fleet for the peak on the cheapest type: 200 requests/s × 0.1 s × 20% CPU needs 4 sustained vCPUs', () => {
    const ec2 = priceOf(
      {
        ...BARE,
        requestsPerMonth: 200 * 730 * 3600,
        peakToAverage: 1,
        durationMs: 100,
        cpuSharePct: 20,
        vcpuPerTask: 1,
        memoryMB: 1024,
        minInstances: 1,
      },
      'ec2',
    );
    // 4 copies of 1 vCPU / 1 GB: two c5.large ($0.085/h) at 2 copies each.
    expect(ec2.lineItems[0]).toMatchObject({ label: 'EC2 c5.large × 2', quantity: 1460, unitPriceUSD: 0.085 });
    expect(ec2.monthlyUSD).toBe(124.1);
  });
});
