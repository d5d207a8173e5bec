import type { ScaleLinear, ScaleLogarithmic } from 'd3-scale';
import { formatCount, formatUSD } from '../../../../electron/common/pricing/format';

export interface Tick {
  value: number;
  /** Pixel position along the axis. */
  position: number;
  label: string;
}

/** "$0.01", "$5", "$2.5 k": the engine's formats, kept short enough for an axis. */
export function formatUSDTick(value: number): string {
  if (value !== 0 && Math.abs(value) < 1) return formatUSD(value);
  return `$${formatCount(value)}`;
}

function isPowerOfTen(value: number): boolean {
  const exponent = Math.log10(value);
  return Math.abs(exponent - Math.round(exponent)) < 1e-9;
}

function leadingDigit(value: number): number {
  return Math.round(value / 10 ** Math.floor(Math.log10(value) + 1e-9));
}

/** Keeps every n-th value so at most `max` remain, always starting from the first. */
function thin(values: number[], max: number): number[] {
  const step = Math.max(1, Math.ceil(values.length / Math.max(1, max)));
  return values.filter((_, i) => i % step === 0);
}

/**
 * Tick values for a log axis: whole decades when at least four fall inside
 * the domain, otherwise 1-2-5 steps, so a narrow range still gets labels.
 * d3 supplies the candidates; this only chooses which of them to label.
 */
export function logTickValues(scale: ScaleLogarithmic<number, number>, max: number): number[] {
  const candidates = scale.ticks();
  const decades = candidates.filter(isPowerOfTen);
  if (decades.length >= 4) return thin(decades, max);
  return thin(
    candidates.filter((v) => [1, 2, 5].includes(leadingDigit(v))),
    max,
  );
}

export function toTicks(
  scale: ScaleLinear<number, number> | ScaleLogarithmic<number, number>,
  values: readonly number[],
  format: (value: number) => string,
): Tick[] {
  return values.map((value) => ({ value, position: scale(value), label: format(value) }));
}
