import {
  choiceWords,
  fieldValueText,
  formatNumber,
  OPTION_SHORT_NAMES,
  WORKLOAD_FIELDS,
  type Workload,
} from '../../../../electron/common/pricing';
import { COMPUTE_OPTION_IDS } from '../../../../electron/common/compute-options';

export interface InputDifference {
  key: string;
  label: string;
  /** The input's value in each profile, in the order given. */
  values: string[];
}

const allSame = (values: readonly unknown[]): boolean => values.every((value) => value === values[0]);

/** The inputs the workloads disagree on, in the order the sliders panel shows them, then purchases and price overrides. */
export function differingInputs(workloads: readonly Workload[]): InputDifference[] {
  const rows: InputDifference[] = [];
  for (const field of WORKLOAD_FIELDS) {
    const values = workloads.map((w) => w[field.key as keyof Workload]);
    if (!allSame(values))
      rows.push({ key: field.key, label: field.label, values: values.map((value) => fieldValueText(field, value)) });
  }
  for (const id of COMPUTE_OPTION_IDS) {
    const values = workloads.map((w) => choiceWords(w.purchases[id]));
    if (!allSame(values)) rows.push({ key: `purchase:${id}`, label: `${OPTION_SHORT_NAMES[id]} bought`, values });
  }
  const overrides = workloads.map((w) => w.priceOverrides as Record<string, number | undefined>);
  const overrideIds = new Set(overrides.flatMap((o) => Object.keys(o)));
  for (const id of [...overrideIds].sort()) {
    const prices = overrides.map((o) => o[id]);
    if (!allSame(prices)) {
      const text = (v: number | undefined) => (v === undefined ? 'price book' : `$${formatNumber(v, 10)}`);
      rows.push({ key: `price:${id}`, label: `Price override ${id}`, values: prices.map(text) });
    }
  }
  return rows;
}
