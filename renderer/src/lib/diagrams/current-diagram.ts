import type { DiagramEdits } from '../../../../electron/common/diagrams/user-diagrams-schema';
import type { ComputeOptionId } from '../../../../electron/common/compute-options';
import type { PricingResult, Workload } from '../../../../electron/common/pricing';
import type { Theme } from '../theme.svelte';
import { optionDiagram, type OptionDiagram } from './option-diagram';
import { savedEditsFor } from './edits/edits-source';

export interface PricedWorkload {
  result: PricingResult | null;
  /** The workload `result` was priced for. */
  workload: Workload | null;
}

/**
 * One option's diagram for a priced workload, with the user's saved edits on
 * top; null until its costs are known (the diagram draws the priced
 * deployment, so it waits for it). Views, the deck and exports all come here,
 * so an edit shows wherever the diagram does.
 */
export function diagramFor(
  optionId: ComputeOptionId,
  priced: PricedWorkload,
  theme: Theme,
  showCosts: boolean,
  /** The editor's draft; by default the edits saved with the profile. */
  edits: DiagramEdits | undefined = savedEditsFor(optionId),
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
    edits,
  });
}
