import '../zod-no-eval';
import { z } from 'zod';
import { fieldPath as pathText } from '../schema-error';
import { PRICE_IDS } from './price-book';
import {
  API_FRONTS,
  ARCHITECTURES,
  BATCH_COMPUTE,
  PURCHASE_OPTIONS,
  WORKLOAD_KINDS,
  numberField,
  type NumericWorkloadKey,
} from './workload-fields';

function numeric(key: NumericWorkloadKey) {
  const field = numberField(key);
  const base = field.integer ? z.int() : z.number();
  const min = field.typedMin ?? field.min;
  const max = field.typedMax ?? field.max;
  return base.min(min, `must be at least ${min}`).max(max, `must be at most ${max}`).default(field.default);
}

/**
 * One description of the workload drives every option. Missing fields take
 * their defaults (so older saved profiles still load); unknown fields are
 * errors, since a misspelt field would otherwise be silently ignored.
 */
export const workloadSchema = z
  .object({
    kind: z.enum(WORKLOAD_KINDS).default('service'),
    requestsPerMonth: numeric('requestsPerMonth'),
    durationMs: numeric('durationMs'),
    memoryMB: numeric('memoryMB'),
    vcpuPerTask: numeric('vcpuPerTask'),
    payloadKB: numeric('payloadKB'),
    peakToAverage: numeric('peakToAverage'),
    requestsPerSecondPerVcpu: numeric('requestsPerSecondPerVcpu'),
    hoursPerDay: numeric('hoursPerDay'),
    daysPerMonth: numeric('daysPerMonth'),
    minInstances: numeric('minInstances'),
    architecture: z.enum(ARCHITECTURES).default('x86'),
    purchaseOption: z.enum(PURCHASE_OPTIONS).default('on-demand'),
    spotDiscountPct: numeric('spotDiscountPct'),
    savingsPlanDiscountPct: numeric('savingsPlanDiscountPct'),
    apiFront: z.enum(API_FRONTS).default('http'),
    loadBalancer: z.boolean().default(true),
    batchCompute: z.enum(BATCH_COMPUTE).default('ec2'),
    dataTransferOutGB: numeric('dataTransferOutGB'),
    imageSizeGB: numeric('imageSizeGB'),
    ebsGBPerInstance: numeric('ebsGBPerInstance'),
    ephemeralStorageGB: numeric('ephemeralStorageGB'),
    freeTier: z.boolean().default(true),
    priceOverrides: z.partialRecord(z.enum(PRICE_IDS), z.number().min(0, 'a price cannot be negative')).default({}),
  })
  .strict();

export type Workload = z.output<typeof workloadSchema>;
export type WorkloadInput = z.input<typeof workloadSchema>;

export const DEFAULT_WORKLOAD: Workload = Object.freeze(workloadSchema.parse({}));

export type ParseWorkloadResult = { ok: true; workload: Workload } | { ok: false; error: string };

function describeIssue(issue: z.core.$ZodIssue, basePath: readonly string[]): string {
  const path = pathText([...basePath, ...issue.path]) || '(workload)';
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => `${pathText([...basePath, ...issue.path, key])}: unknown field`).join('; ');
  }
  return `${path}: ${issue.message}`;
}

/**
 * Validates untrusted input (a file, an IPC message); the error names each bad
 * field, under `basePath` when the workload sits inside something else.
 */
export function parseWorkload(input: unknown, basePath: readonly string[] = []): ParseWorkloadResult {
  const result = workloadSchema.safeParse(input);
  if (result.success) return { ok: true, workload: result.data };
  return { ok: false, error: result.error.issues.map((issue) => describeIssue(issue, basePath)).join('; ') };
}
