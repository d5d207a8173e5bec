import { COMPUTE_OPTION_IDS } from '../compute-options';
import { BUNDLED_PRICE_BOOK, type PriceId } from '../pricing/price-book';
import { choiceWords, OPTION_SHORT_NAMES } from '../pricing/purchase-summary';
import { WORKLOAD_FIELDS } from '../pricing/workload-fields';
import type { Workload } from '../pricing/workload-schema';

/** One input of a workload as a person reads it: numbers as numbers, choices by their label. */
export interface WorkloadInput {
  key: string;
  label: string;
  /** A number in `unit`, or words ("Arm (Graviton)", "on", "derived"). */
  value: number | string;
  unit: string;
}

/**
 * Every input of the workload, in the order the sliders panel shows them,
 * then how each option is bought, then the prices the user overrode.
 */
export function workloadInputs(workload: Workload): WorkloadInput[] {
  const inputs: WorkloadInput[] = WORKLOAD_FIELDS.map((field) => {
    const value = workload[field.key as keyof Workload];
    const base = { key: field.key, label: field.label };
    if (field.kind === 'number')
      return { ...base, value: value === null ? 'derived' : (value as number), unit: value === null ? '' : field.unit };
    if (field.kind === 'toggle') return { ...base, value: value ? 'on' : 'off', unit: '' };
    return { ...base, value: field.choices.find((c) => c.value === value)?.label ?? String(value), unit: '' };
  });
  for (const id of COMPUTE_OPTION_IDS) {
    inputs.push({
      key: `purchase:${id}`,
      label: `${OPTION_SHORT_NAMES[id]} bought`,
      value: choiceWords(workload.purchases[id]),
      unit: '',
    });
  }
  const overrides = Object.entries(workload.priceOverrides) as [PriceId, number][];
  for (const [id, usd] of overrides.sort(([a], [b]) => (a < b ? -1 : 1))) {
    inputs.push({
      key: `price:${id}`,
      label: `Price override ${id}`,
      value: usd,
      unit: `USD per ${BUNDLED_PRICE_BOOK.prices[id]?.unit ?? 'unit'}`,
    });
  }
  return inputs;
}
