import type { OptionDiagram } from '../diagrams/option-diagram';
import type { ComputeOptionId } from '../catalog/types';
import type { PricingResult } from '../../../../electron/common/pricing';
import type { Theme } from '../theme.svelte';
import { addCostFootnotes } from './cost-footnotes';
import { titleCost } from './cost-mapping';
import { paletteFor } from './export-palette';

export interface CostAnnotated {
  svg: string;
  /** "$123.45 a month", for the title; null while costs are unknown. */
  titleSuffix: string | null;
}

/**
 * An exported diagram's costs: the monthly total in the title and, under the
 * picture, what no node stands for. The nodes carry their own costs in their
 * labels (the diagram was generated with them).
 */
export function annotateWithCosts(
  svg: string,
  optionId: ComputeOptionId,
  result: PricingResult | null,
  diagram: Pick<OptionDiagram, 'unplaced'>,
  theme: Theme,
): CostAnnotated {
  const option = result?.options.find((candidate) => candidate.id === optionId);
  if (!option) return { svg, titleSuffix: null };
  const titleSuffix = titleCost(option);
  if (!option.feasible) return { svg, titleSuffix };
  return { svg: addCostFootnotes(svg, diagram.unplaced, paletteFor(theme)), titleSuffix };
}
