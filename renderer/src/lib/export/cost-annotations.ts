import type { ComputeOptionId } from '../catalog/types';
import type { PricingResult } from '../../../../electron/common/pricing';
import type { Theme } from '../theme.svelte';
import { addCostBadges } from './cost-badges';
import { costsByService, titleCost } from './cost-mapping';
import { paletteFor } from './export-palette';

export interface CostAnnotated {
  svg: string;
  /** "$123.45 a month", for the title; null while costs are unknown. */
  titleSuffix: string | null;
}

/** The diagram with the current workload's costs on it: a title amount and a badge per service. */
export function annotateWithCosts(
  svg: string,
  optionId: ComputeOptionId,
  result: PricingResult | null,
  theme: Theme,
): CostAnnotated {
  const option = result?.options.find((candidate) => candidate.id === optionId);
  if (!option) return { svg, titleSuffix: null };
  const titleSuffix = titleCost(option);
  if (!option.feasible) return { svg, titleSuffix };
  return { svg: addCostBadges(svg, costsByService(option), paletteFor(theme)).svg, titleSuffix };
}
