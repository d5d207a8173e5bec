/** Number formatting for line items, tables and break-even sentences (en-US, as AWS's pages). */

/** Puts thousands separators into a run of digits. */
function group(digits: string): string {
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

function trimZeros(fraction: string): string {
  let end = fraction.length;
  while (end > 0 && fraction.charCodeAt(end - 1) === 48) end--;
  return fraction.slice(0, end);
}

/**
 * "1,234,567.89": en-US grouping, at most `maxFractionDigits` decimals, no
 * trailing zeros. Hand-written because a detailed bill formats dozens of
 * numbers and Intl.NumberFormat is an order of magnitude slower.
 */
export function formatNumber(value: number, maxFractionDigits = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 1e21) return String(value);
  const fixed = abs.toFixed(maxFractionDigits);
  const dot = fixed.indexOf('.');
  const whole = dot < 0 ? fixed : fixed.slice(0, dot);
  const fraction = dot < 0 ? '' : trimZeros(fixed.slice(dot + 1));
  const text = fraction ? `${group(whole)}.${fraction}` : group(whole);
  return value < 0 && text !== '0' ? `−${text}` : text;
}

/**
 * As formatNumber, but a positive amount that would round to 0 keeps two
 * significant digits ("0.0012"): a tiny workload's sizing chain read
 * "0 req/s at peak … = 0 vCPU → 1 task", as if nothing ran.
 */
export function formatKeepingSmall(value: number, maxFractionDigits = 2): string {
  const abs = Math.abs(value);
  if (abs === 0 || abs >= 0.5 * 10 ** -maxFractionDigits || !Number.isFinite(abs)) {
    return formatNumber(value, maxFractionDigits);
  }
  return formatNumber(value, twoSignificantDecimals(abs));
}

/** Decimals that show a positive amount under 1 to two significant digits (0.0012 → 4). */
function twoSignificantDecimals(abs: number): number {
  return Math.min(20, 1 - Math.floor(Math.log10(abs)));
}

/** "$1,234.56"; amounts under a cent keep two significant digits so they don't read as zero. */
export function formatUSD(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const sign = value < 0 ? '−' : '';
  const abs = Math.abs(value);
  if (abs > 0 && abs < 0.005) {
    return `${sign}$${trimZeros(abs.toFixed(twoSignificantDecimals(abs)))}`;
  }
  // From 1e21 toFixed writes "1e+21"; such an amount is a whole number of dollars, written out in full.
  const [whole = '0', cents = '00'] = abs < 1e21 ? abs.toFixed(2).split('.') : [BigInt(abs).toString()];
  return `${sign}$${group(whole)}.${cents}`;
}

/** A unit price at full precision: "$0.0000166667", "$0.20", "$3.50". */
export function formatUnitPriceUSD(value: number): string {
  const digits = value >= 0.01 ? value.toFixed(6) : value.toFixed(12);
  const dot = digits.indexOf('.');
  const fraction = trimZeros(digits.slice(dot + 1)).padEnd(2, '0');
  return `$${group(digits.slice(0, dot))}.${fraction}`;
}

const SCALES = [
  { size: 1e12, suffix: 'T' },
  { size: 1e9, suffix: 'B' },
  { size: 1e6, suffix: 'M' },
  { size: 1e3, suffix: 'k' },
] as const;

/** Three significant digits and a scale: 41,200,000 → "41.2 M", 3,000 → "3 k". */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  for (const { size, suffix } of SCALES) {
    const scaled = Number((abs / size).toPrecision(3));
    if (scaled >= 1) return `${value < 0 ? '−' : ''}${formatNumber(scaled, 2)} ${suffix}`;
  }
  return formatNumber(Number(value.toPrecision(3)), 2);
}
