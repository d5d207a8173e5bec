import { formatUSD } from '../../../../electron/common/pricing/format';
import type { OptionResult } from '../../../../electron/common/pricing';

/** What the title gains: the option's monthly cost, or why it has none. */
export function titleCost(option: Pick<OptionResult, 'monthlyUSD' | 'feasible'>): string {
  if (!option.feasible || option.monthlyUSD === null) return 'cannot run this workload';
  return `${formatUSD(option.monthlyUSD)} a month`;
}
