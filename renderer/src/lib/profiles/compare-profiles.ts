import {
  choiceWords,
  formatNumber,
  OPTION_SHORT_NAMES,
  WORKLOAD_FIELDS,
  type PricingResult,
  type Workload,
} from '../../../../electron/common/pricing';
import { COMPUTE_OPTION_IDS } from '../../../../electron/common/compute-options';

export interface InputDifference {
  key: string;
  label: string;
  a: string;
  b: string;
}

export interface CostDifference {
  id: string;
  label: string;
  a: number | null;
  b: number | null;
  /** b − a; null when either side cannot run its workload. */
  difference: number | null;
}

function show(field: (typeof WORKLOAD_FIELDS)[number], value: unknown): string {
  if (field.kind === 'number') return value === null ? 'derived' : `${formatNumber(value as number, 3)} ${field.unit}`;
  if (field.kind === 'toggle') return value ? 'on' : 'off';
  return field.choices.find((choice) => choice.value === value)?.label ?? String(value);
}

/** The inputs two workloads disagree on, in the order the sliders panel shows them, then purchases and price overrides. */
export function differingInputs(a: Workload, b: Workload): InputDifference[] {
  const rows: InputDifference[] = [];
  for (const field of WORKLOAD_FIELDS) {
    const left = a[field.key as keyof Workload];
    const right = b[field.key as keyof Workload];
    if (left !== right) rows.push({ key: field.key, label: field.label, a: show(field, left), b: show(field, right) });
  }
  for (const id of COMPUTE_OPTION_IDS) {
    const left = choiceWords(a.purchases[id]);
    const right = choiceWords(b.purchases[id]);
    if (left !== right)
      rows.push({ key: `purchase:${id}`, label: `${OPTION_SHORT_NAMES[id]} bought`, a: left, b: right });
  }
  const overrideIds = new Set([...Object.keys(a.priceOverrides), ...Object.keys(b.priceOverrides)]);
  for (const id of [...overrideIds].sort()) {
    const left = (a.priceOverrides as Record<string, number | undefined>)[id];
    const right = (b.priceOverrides as Record<string, number | undefined>)[id];
    if (left !== right) {
      const text = (v: number | undefined) => (v === undefined ? 'price book' : `$${formatNumber(v, 10)}`);
      rows.push({ key: `price:${id}`, label: `Price override ${id}`, a: text(left), b: text(right) });
    }
  }
  return rows;
}

/** Cost per option for each side, with the difference, in the engine's option order. */
export function costDifferences(a: PricingResult, b: PricingResult): CostDifference[] {
  return a.options.map((left) => {
    const right = b.options.find((option) => option.id === left.id);
    const aUSD = left.monthlyUSD;
    const bUSD = right?.monthlyUSD ?? null;
    return {
      id: left.id,
      label: left.label === right?.label || !right ? left.label : `${left.label} / ${right.label}`,
      a: aUSD,
      b: bUSD,
      difference: aUSD === null || bUSD === null ? null : Math.round((bUSD - aUSD) * 100) / 100,
    };
  });
}
