import '../zod-no-eval';
import * as z from 'zod';
import { fieldPath as pathText } from '../schema-error';
import { BUNDLED_REGION, PRICE_IDS } from './price-book';
import { regionCodeSchema } from './price-book-data';
import { purchasesSchema } from './purchases';
import {
  API_FRONTS,
  ARCHITECTURES,
  BATCH_COMPUTE,
  WORKLOAD_KINDS,
  numberField,
  type NumericWorkloadKey,
} from './workload-fields';

function bounded(key: NumericWorkloadKey) {
  const field = numberField(key);
  const base = field.integer ? z.int() : z.number();
  const min = field.typedMin ?? field.min;
  const max = field.typedMax ?? field.max;
  return { field, number: base.min(min, `must be at least ${min}`).max(max, `must be at most ${max}`) };
}

function numeric(key: NumericWorkloadKey) {
  const { field, number } = bounded(key);
  return number.default(field.default);
}

/** A number the engine derives when it is left empty (null). */
function optionalNumeric(key: NumericWorkloadKey) {
  return bounded(key).number.nullable().default(null);
}

/**
 * One description of the workload drives every option. Missing fields take
 * their defaults (so older saved profiles still load); unknown fields are
 * errors, since a misspelt field would otherwise be silently ignored.
 */
export const workloadSchema = z
  .object({
    /** The AWS Region it runs in: its price book prices every option. */
    region: regionCodeSchema.default(BUNDLED_REGION),
    kind: z.enum(WORKLOAD_KINDS).default('service'),
    requestsPerMonth: numeric('requestsPerMonth'),
    durationMs: numeric('durationMs'),
    memoryMB: numeric('memoryMB'),
    vcpuPerTask: numeric('vcpuPerTask'),
    cpuSharePct: numeric('cpuSharePct'),
    requestsPerCopy: optionalNumeric('requestsPerCopy'),
    payloadKB: numeric('payloadKB'),
    responseKB: numeric('responseKB'),
    peakToAverage: numeric('peakToAverage'),
    hoursPerDay: numeric('hoursPerDay'),
    daysPerMonth: numeric('daysPerMonth'),
    minInstances: numeric('minInstances'),
    architecture: z.enum(ARCHITECTURES).default('x86'),
    purchases: purchasesSchema,
    apiFront: z.enum(API_FRONTS).default('http'),
    provisionedConcurrency: numeric('provisionedConcurrency'),
    provisionedHoursPerDay: numeric('provisionedHoursPerDay'),
    loadBalancer: z.boolean().default(true),
    batchCompute: z.enum(BATCH_COMPUTE).default('ec2'),
    otherTransferOutGB: numeric('otherTransferOutGB'),
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
