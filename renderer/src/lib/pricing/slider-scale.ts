import type { NumberField } from '../../../../electron/common/pricing';

/** Slider positions are integers 0…SLIDER_STEPS; the value scale may be logarithmic. */
export const SLIDER_STEPS = 1000;

type Scale = Pick<NumberField, 'min' | 'max' | 'step' | 'log' | 'integer'>;

/** The slider position showing `value` (clamped to the slider's range). */
export function toSliderPosition(value: number, field: Scale): number {
  const clamped = Math.min(field.max, Math.max(field.min, value));
  const fraction = field.log
    ? Math.log(clamped / field.min) / Math.log(field.max / field.min)
    : (clamped - field.min) / (field.max - field.min);
  return Math.round(fraction * SLIDER_STEPS);
}

/**
 * The value at a slider position, snapped to something a person would type:
 * the field's step on linear sliders, three significant digits on log ones.
 */
export function fromSliderPosition(position: number, field: Scale): number {
  const fraction = Math.min(1, Math.max(0, position / SLIDER_STEPS));
  if (fraction === 0) return field.min;
  if (fraction === 1) return field.max;
  const raw = field.log
    ? field.min * Math.pow(field.max / field.min, fraction)
    : field.min + fraction * (field.max - field.min);
  const snapped = field.log ? roundSignificant(raw, 3) : Math.round(raw / field.step) * field.step;
  const value = field.integer ? Math.round(snapped) : snapped;
  return Math.min(field.max, Math.max(field.min, Number(value.toPrecision(12))));
}

function roundSignificant(value: number, digits: number): number {
  if (value === 0) return 0;
  const magnitude = Math.pow(10, Math.floor(Math.log10(Math.abs(value))) - digits + 1);
  return Math.round(value / magnitude) * magnitude;
}

export type TypedValue = { ok: true; value: number } | { ok: false; error: string };

/** Parses what was typed beside a slider: "3,000,000", "1e6", "2.5"; the allowed range is the typed one. */
export function parseTypedValue(text: string, field: NumberField): TypedValue {
  const cleaned = text.replace(/[,_\s]/g, '');
  if (cleaned === '') return { ok: false, error: 'Enter a number.' };
  const value = Number(cleaned);
  if (!Number.isFinite(value)) return { ok: false, error: `“${text}” is not a number.` };
  const min = field.typedMin ?? field.min;
  const max = field.typedMax ?? field.max;
  if (value < min || value > max)
    return { ok: false, error: `Between ${min.toLocaleString('en-US')} and ${max.toLocaleString('en-US')}.` };
  if (field.integer && !Number.isInteger(value)) return { ok: false, error: 'A whole number.' };
  return { ok: true, value };
}

export type Direction = 1 | -1;

/**
 * The value one arrow key reaches: the nearest slider stop strictly beyond
 * `value`. Stepping positions alone can stick (snapping puts two positions
 * on one value) or skip back past a value typed between stops.
 */
export function nextSliderValue(value: number, field: Scale, direction: Direction): number {
  // A stop or two behind where `value` sits, in case rounding put it a position ahead.
  const start = Math.min(SLIDER_STEPS, Math.max(0, toSliderPosition(value, field) - 2 * direction));
  for (let position = start; position >= 0 && position <= SLIDER_STEPS; position += direction) {
    const stop = fromSliderPosition(position, field);
    if (direction > 0 ? stop > value : stop < value) return stop;
  }
  return value;
}

export interface ArrowStep {
  before: number;
  after: number;
  direction: Direction;
}

/**
 * What an arrow key does: back the way the keys came, exactly (so right then
 * left returns a typed 3,141,593 and not the stop below it), else on to the
 * next stop. `trail` is the steps taken since the value last changed any
 * other way; the caller keeps it between key presses.
 */
export function arrowStep(
  trail: readonly ArrowStep[],
  value: number,
  field: Scale,
  direction: Direction,
): { value: number; trail: ArrowStep[] } {
  const live = trail.at(-1)?.after === value ? trail : [];
  const last = live.at(-1);
  if (last && last.direction === -direction) return { value: last.before, trail: live.slice(0, -1) };
  const next = nextSliderValue(value, field, direction);
  if (next === value) return { value, trail: [...live] };
  return { value: next, trail: [...live.slice(-SLIDER_STEPS), { before: value, after: next, direction }] };
}
