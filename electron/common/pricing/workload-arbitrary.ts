import fc from 'fast-check';
import { COMPUTE_OPTION_IDS, type ComputeOptionId } from '../compute-options';
import { PLANS_FOR_OPTION, UPFRONT_PAYMENTS, type PurchaseChoice, type Purchases } from './purchases';
import { BUNDLED_REGION } from './price-book';
import type { Workload } from './workload-schema';
import { API_FRONTS, ARCHITECTURES, BATCH_COMPUTE, WORKLOAD_KINDS } from './workload-fields';

/**
 * How many cases each pricing property tries: 300 in `npm test`. A mutation
 * run (`npm run mutation`, which sets PROPERTY_RUNS in
 * scripts/mutation/vitest.config.mjs) re-runs these properties for every
 * mutant in code they reach, and asks for fewer; fewer cases can only let a
 * mutant through, never kill one that 300 would not, so the score it reports
 * errs low.
 */
export const PROPERTY_RUNS = { numRuns: propertyRuns(environment()['PROPERTY_RUNS']) };

/** The test process's environment: the tests run under Node, but electron/common is typed without it. */
function environment(): Record<string, string | undefined> {
  return (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};
}

function propertyRuns(fromEnvironment: string | undefined): number {
  if (fromEnvironment === undefined || fromEnvironment === '') return 300;
  const runs = Number(fromEnvironment);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`PROPERTY_RUNS must be a whole number of cases, not "${fromEnvironment}".`);
  return runs;
}

/** A double spread evenly over orders of magnitude, like the log-scale sliders. */
function logDouble(min: number, max: number): fc.Arbitrary<number> {
  return fc
    .double({ min: Math.log10(min), max: Math.log10(max), noNaN: true })
    .map((e) => Math.min(max, Math.max(min, 10 ** e)));
}

function double(min: number, max: number): fc.Arbitrary<number> {
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** Any purchase choice AWS sells for the option. */
export function purchaseChoiceArbitrary(id: ComputeOptionId): fc.Arbitrary<PurchaseChoice> {
  return fc.record({
    plan: fc.constantFrom(...PLANS_FOR_OPTION[id]),
    termYears: fc.constantFrom(1 as const, 3 as const),
    upfront: fc.constantFrom(...UPFRONT_PAYMENTS),
    discountPct: fc.option(double(0, 90), { nil: null }),
  });
}

export const purchasesArbitrary: fc.Arbitrary<Purchases> = fc.record(
  Object.fromEntries(COMPUTE_OPTION_IDS.map((id) => [id, purchaseChoiceArbitrary(id)])) as Record<
    ComputeOptionId,
    fc.Arbitrary<PurchaseChoice>
  >,
);

/** Any workload the schema accepts, including the typed-in extremes beyond the sliders. */
export const workloadArbitrary: fc.Arbitrary<Workload> = fc.record({
  // The bundled book's Region: properties hold for any book, and tests price with that one.
  region: fc.constant(BUNDLED_REGION),
  kind: fc.constantFrom(...WORKLOAD_KINDS),
  requestsPerMonth: logDouble(1, 1e12).map(Math.round),
  durationMs: logDouble(1, 86_400_000),
  memoryMB: fc.integer({ min: 128, max: 122_880 }),
  vcpuPerTask: fc.constantFrom(0.25, 0.5, 1, 1.5, 2, 4, 8, 16),
  cpuSharePct: logDouble(1, 100),
  requestsPerCopy: fc.option(logDouble(1, 10_000), { nil: null }),
  payloadKB: double(0, 10_240),
  responseKB: double(0, 1_048_576),
  peakToAverage: logDouble(1, 100),
  hoursPerDay: double(1 / 60, 24),
  daysPerMonth: double(1, 31),
  minInstances: fc.integer({ min: 1, max: 100 }),
  architecture: fc.constantFrom(...ARCHITECTURES),
  purchases: purchasesArbitrary,
  apiFront: fc.constantFrom(...API_FRONTS),
  provisionedConcurrency: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 100_000 })),
  provisionedHoursPerDay: double(0, 24),
  loadBalancer: fc.boolean(),
  batchCompute: fc.constantFrom(...BATCH_COMPUTE),
  otherTransferOutGB: double(0, 500_000),
  imageSizeGB: double(0, 50),
  ebsGBPerInstance: double(0, 16_384),
  ephemeralStorageGB: double(0.5, 200),
  freeTier: fc.boolean(),
  priceOverrides: fc.constant({}),
});
