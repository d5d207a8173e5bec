import '../zod-no-eval';
import type { WorkloadInput } from '../pricing/workload-schema';
import { PROFILE_SCHEMA_VERSION, profileSchema, type Profile } from './profile-schema';

interface ExampleSpec {
  slug: string;
  name: string;
  notes: string;
  workload: WorkloadInput;
}

// Older than any profile a user can have made, so examples sort after the user's own.
const PUBLISHED = '2025-01-01T00:00:00.000Z';
const NOTE = 'Example profile (read-only): save it as a copy to make it yours.';

const SAVINGS_PLAN = { termYears: 1, upfront: 'none', discountPct: 30 } as const;
const SAVINGS_PLAN_EVERYWHERE = {
  lambda: { plan: 'compute-savings-plan', ...SAVINGS_PLAN },
  fargate: { plan: 'compute-savings-plan', ...SAVINGS_PLAN },
  'eks-fargate': { plan: 'compute-savings-plan', ...SAVINGS_PLAN },
  ec2: { plan: 'ec2-instance-savings-plan', ...SAVINGS_PLAN },
  'ecs-ec2': { plan: 'ec2-instance-savings-plan', ...SAVINGS_PLAN },
  'eks-ec2': { plan: 'ec2-instance-savings-plan', ...SAVINGS_PLAN },
  batch: { plan: 'ec2-instance-savings-plan', ...SAVINGS_PLAN },
} as const;

const SPOT = { plan: 'spot', discountPct: 65 } as const;
const SPOT_WHERE_SOLD = { ec2: SPOT, 'ecs-ec2': SPOT, fargate: SPOT, 'eks-ec2': SPOT, batch: SPOT } as const;

// Fields left out take the sliders' defaults.
const SPECS: ExampleSpec[] = [
  {
    slug: 'public-api-backend',
    name: 'Public API backend',
    notes: `${NOTE}\nA JSON API behind API Gateway: short requests, small payloads, daytime peaks about four times the average.`,
    workload: {
      kind: 'service',
      requestsPerMonth: 30_000_000,
      durationMs: 80,
      memoryMB: 512,
      cpuSharePct: 12.5,
      payloadKB: 2,
      responseKB: 5,
      peakToAverage: 4,
      minInstances: 2,
      architecture: 'arm',
      apiFront: 'http',
    },
  },
  {
    slug: 'always-on-web-app',
    name: 'Always-on web app',
    notes: `${NOTE}\nA server-rendered site with steady traffic, two copies for availability, bought with 1-year Savings Plans.`,
    workload: {
      kind: 'service',
      requestsPerMonth: 5_000_000,
      durationMs: 250,
      memoryMB: 2048,
      vcpuPerTask: 1,
      cpuSharePct: 20,
      payloadKB: 40,
      responseKB: 80,
      peakToAverage: 2.5,
      minInstances: 2,
      purchases: SAVINGS_PLAN_EVERYWHERE,
      apiFront: 'none',
      loadBalancer: true,
      imageSizeGB: 1,
      ebsGBPerInstance: 30,
    },
  },
  {
    slug: 'nightly-batch-job',
    name: 'Nightly batch job',
    notes: `${NOTE}\nAn ETL run of 20 shards every night, 20 minutes each: too long for Lambda, cheap on Spot.`,
    workload: {
      kind: 'batch',
      requestsPerMonth: 600,
      durationMs: 1_200_000,
      memoryMB: 4096,
      vcpuPerTask: 2,
      peakToAverage: 1,
      hoursPerDay: 2,
      minInstances: 1,
      purchases: SPOT_WHERE_SOLD,
      apiFront: 'none',
      loadBalancer: false,
      batchCompute: 'ec2',
      responseKB: 8192,
      ephemeralStorageGB: 20,
      ebsGBPerInstance: 50,
    },
  },
  {
    slug: 'bursty-event-processor',
    name: 'Bursty event processor',
    notes: `${NOTE}\nQueue consumers for webhook events: quiet most of the day, then bursts twenty times the average.`,
    workload: {
      kind: 'service',
      requestsPerMonth: 50_000_000,
      durationMs: 40,
      memoryMB: 256,
      cpuSharePct: 12.5,
      payloadKB: 1,
      responseKB: 0,
      peakToAverage: 20,
      minInstances: 1,
      architecture: 'arm',
      apiFront: 'none',
      loadBalancer: false,
    },
  },
  {
    slug: 'internal-dashboard',
    name: 'Internal dashboard (negotiated EC2 price)',
    notes: `${NOTE}\nA business-hours tool for staff, with a price override standing in for a negotiated t3.small rate.`,
    workload: {
      kind: 'service',
      requestsPerMonth: 300_000,
      durationMs: 300,
      memoryMB: 1024,
      vcpuPerTask: 0.5,
      cpuSharePct: 33.33,
      responseKB: 70,
      peakToAverage: 3,
      hoursPerDay: 10,
      daysPerMonth: 22,
      minInstances: 1,
      apiFront: 'rest',
      priceOverrides: { 'ec2.t3.small': 0.018 },
    },
  },
];

/** Starter profiles: pure data, never files on disk, read-only; parsed here so a bad one fails loudly at load. */
export const EXAMPLE_PROFILES: readonly Profile[] = Object.freeze(
  SPECS.map((spec) =>
    Object.freeze(
      profileSchema.parse({
        schemaVersion: PROFILE_SCHEMA_VERSION,
        id: `example-${spec.slug}`,
        name: spec.name,
        notes: spec.notes,
        workload: spec.workload,
        createdAt: PUBLISHED,
        updatedAt: PUBLISHED,
        revision: 1,
      }),
    ),
  ),
);

export function findExample(id: string): Profile | undefined {
  return EXAMPLE_PROFILES.find((example) => example.id === id);
}
