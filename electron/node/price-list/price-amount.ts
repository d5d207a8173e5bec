import type { PriceMapping } from './mapping';

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/**
 * AWS's price text in the book's unit. A power-of-ten unit change moves the
 * decimal point in the text, so "0.0000002000" per request is exactly 0.2 per
 * million (floating-point multiplication would give 0.19999999999999998).
 */
export function bookAmount(price: string, mapping: PriceMapping): number {
  const match = DECIMAL.exec(price);
  if (!match) throw new Error(`"${price}" is not a price`);
  if (mapping.hoursPerMonth !== undefined) return Math.round(Number(price) * mapping.hoursPerMonth * 100) / 100;
  const shift = Math.round(Math.log10(mapping.unitsPerBookUnit ?? 1));
  const whole = match[1]!;
  const fraction = (match[2] ?? '').padEnd(shift, '0');
  return Number(`${whole}${fraction.slice(0, shift)}.${fraction.slice(shift) || '0'}`);
}
