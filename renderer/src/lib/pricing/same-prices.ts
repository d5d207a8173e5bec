import type { PricingResult } from '../../../../electron/common/pricing';

/**
 * Whether two pricing results say the same thing: equal numbers, lines,
 * words and book, whatever order their keys are in. The worker's answer
 * crosses the process boundary as JSON and is parsed by the reply schema,
 * which writes each object's keys in the schema's order, not the engine's, so
 * comparing the two as JSON text would find every answer "different". A key
 * holding `undefined` counts as absent, as it does once sent.
 */
export function samePrices(a: PricingResult, b: PricingResult): boolean {
  return a === b || sameValue(a, b);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => sameValue(item, b[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left).filter((key) => left[key] !== undefined);
  if (keys.length !== Object.keys(right).filter((key) => right[key] !== undefined).length) return false;
  return keys.every((key) => sameValue(left[key], right[key]));
}
