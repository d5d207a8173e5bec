import type { ComputeOptionId } from '../compute-options';
import { evaluate } from './evaluate';
import type { OptionResult } from './types';
import { workloadSchema, type Workload, type WorkloadInput } from './workload-schema';

/** A workload with nothing but the example's own charges: no API, balancer, image, disk or transfer. */
export const BARE: WorkloadInput = {
  apiFront: 'none',
  loadBalancer: false,
  responseKB: 0,
  otherTransferOutGB: 0,
  imageSizeGB: 0,
  ebsGBPerInstance: 0,
};

export function workload(input: WorkloadInput): Workload {
  return workloadSchema.parse({ ...BARE, ...input });
}

export function priceOf(input: WorkloadInput | Workload, id: ComputeOptionId): OptionResult {
  const w = workloadSchema.parse(input);
  const option = evaluate(w).options.find((o) => o.id === id);
  if (!option) throw new Error(`no option ${id}`);
  return option;
}

/** Each line's cost to the cent, keyed by label (labels are unique within an option). */
export function centsByLine(option: OptionResult): Record<string, number> {
  return Object.fromEntries(option.lineItems.map((l) => [l.label, Math.round(l.costUSD * 100) / 100]));
}
