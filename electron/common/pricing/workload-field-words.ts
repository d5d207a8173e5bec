import { formatNumber } from './format';
import type { NumberField, WorkloadField } from './workload-field-types';

const GLUED_UNITS = new Set(['%', '×']);

/** The unit a number input reads with its value: "1 instance", "2 instances". */
export function unitFor(field: NumberField, value: number | null): string {
  return value === 1 && field.unitOne ? field.unitOne : field.unit;
}

/**
 * An input's value as the sliders panel names it, for every place that lists
 * the workload (the Assumptions slide, the report, a profile comparison): a
 * number with its unit ("derived" when the engine works it out), on/off, or
 * the choice's label.
 */
export function fieldValueText(field: WorkloadField, value: unknown): string {
  if (field.kind === 'number') {
    if (value === null) return 'derived';
    const unit = unitFor(field, value as number);
    // "25%" and "3×", as every other figure in the app reads; a word unit takes a space.
    return GLUED_UNITS.has(unit)
      ? `${formatNumber(value as number, 3)}${unit}`
      : `${formatNumber(value as number, 3)} ${unit}`;
  }
  if (field.kind === 'toggle') return value ? 'on' : 'off';
  return field.choices.find((choice) => choice.value === value)?.label ?? String(value);
}
