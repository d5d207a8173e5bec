import type { CostDifference } from '../../../../electron/common/estimate/compare-costs';
import { formatNumber, formatUSD } from '../../../../electron/common/pricing';

/** How a profile's cost reads against the first profile's, in words as well as colour (never colour alone). */
export interface DifferenceWords {
  /** "+$12.40 · +18 % · 1.18×"; the % and × are left out when the first profile costs nothing. */
  figures: string;
  /** "▼ cheaper", "▲ dearer" or "same cost". */
  verdict: string;
  tone: CostDifference['verdict'];
}

const signOf = (value: number): string => (value > 0 ? '+' : value < 0 ? '−' : '');

function percentText(fraction: number): string {
  const percent = fraction * 100;
  // Under one per cent a whole number would read "+0 %" for a real difference.
  const digits = Math.abs(percent) < 1 ? 1 : 0;
  return `${signOf(percent)}${formatNumber(Math.abs(percent), digits)}%`;
}

export function differenceWords(difference: CostDifference): DifferenceWords {
  const { absolute, fraction, times, verdict } = difference;
  const parts = [`${signOf(absolute)}${formatUSD(Math.abs(absolute))}`];
  if (fraction !== null && times !== null) parts.push(percentText(fraction), `${formatNumber(times, 2)}×`);
  const words = { better: '▼ cheaper', worse: '▲ dearer', same: 'same cost' } as const;
  return { figures: parts.join(' · '), verdict: words[verdict], tone: verdict };
}
