import type { ComputeOptionId } from '../../../../electron/common/compute-options';
import type { PricingResult, Workload } from '../../../../electron/common/pricing';
import type { Theme } from '../theme.svelte';
import { optionDiagram, type OptionDiagram } from './option-diagram';

export interface PricedWorkload {
  result: PricingResult | null;
  /** The workload `result` was priced for. */
  workload: Workload | null;
}

/**
 * One option's generated diagram for a priced workload; null until its costs
 * are known (the diagram draws the priced deployment, so it waits for it).
 */
export function diagramFor(
  optionId: ComputeOptionId,
  priced: PricedWorkload,
  theme: Theme,
  showCosts: boolean,
): OptionDiagram | null {
  const result = priced.result?.options.find((option) => option.id === optionId);
  if (!priced.result || !priced.workload || !result) return null;
  return optionDiagram({
    optionId,
    result,
    workload: priced.workload,
    region: priced.result.priceBook.region,
    theme,
    showCosts,
  });
}
