import fc from 'fast-check';
import type { Workload } from './workload-schema';
import { API_FRONTS, ARCHITECTURES, BATCH_COMPUTE, PURCHASE_OPTIONS, WORKLOAD_KINDS } from './workload-fields';

/** A double spread evenly over orders of magnitude, like the log-scale sliders. */
function logDouble(min: number, max: number): fc.Arbitrary<number> {
  return fc
    .double({ min: Math.log10(min), max: Math.log10(max), noNaN: true })
    .map((e) => Math.min(max, Math.max(min, 10 ** e)));
}

function double(min: number, max: number): fc.Arbitrary<number> {
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** Any workload the schema accepts, including the typed-in extremes beyond the sliders. */
export const workloadArbitrary: fc.Arbitrary<Workload> = fc.record({
  kind: fc.constantFrom(...WORKLOAD_KINDS),
  requestsPerMonth: logDouble(1, 1e12).map(Math.round),
  durationMs: logDouble(1, 86_400_000),
  memoryMB: fc.integer({ min: 128, max: 122_880 }),
  vcpuPerTask: fc.constantFrom(0.25, 0.5, 1, 1.5, 2, 4, 8, 16),
  payloadKB: double(0, 10_240),
  peakToAverage: logDouble(1, 100),
  requestsPerSecondPerVcpu: logDouble(0.1, 10_000),
  hoursPerDay: double(1 / 60, 24),
  daysPerMonth: double(1, 31),
  minInstances: fc.integer({ min: 1, max: 100 }),
  architecture: fc.constantFrom(...ARCHITECTURES),
  purchaseOption: fc.constantFrom(...PURCHASE_OPTIONS),
  spotDiscountPct: double(0, 90),
  savingsPlanDiscountPct: double(0, 72),
  apiFront: fc.constantFrom(...API_FRONTS),
  loadBalancer: fc.boolean(),
  batchCompute: fc.constantFrom(...BATCH_COMPUTE),
  dataTransferOutGB: double(0, 500_000),
  imageSizeGB: double(0, 50),
  ebsGBPerInstance: double(0, 16_384),
  ephemeralStorageGB: double(0.5, 200),
  freeTier: fc.boolean(),
  priceOverrides: fc.constant({}),
});
