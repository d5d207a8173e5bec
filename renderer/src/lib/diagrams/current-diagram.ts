import type { DiagramEdits } from '../../../../electron/common/diagrams/user-diagrams-schema';
import type { ComputeOptionId } from '../../../../electron/common/compute-options';
import type { OptionResult, PricingResult, Workload } from '../../../../electron/common/pricing';
import type { Theme } from '../theme.svelte';
import { optionDiagram, type OptionDiagram } from './option-diagram';
import { savedEditsFor } from './edits/edits-source';

export interface PricedWorkload {
  result: PricingResult | null;
  /** The workload `result` was priced for. */
  workload: Workload | null;
}

/** The diagram last drawn for an option in a theme, with costs or without, and what it was drawn from. */
interface Drawn {
  result: OptionResult;
  workload: Workload;
  edits: DiagramEdits | undefined;
  diagram: OptionDiagram;
}
const lastDrawn = new Map<string, Drawn>();

/**
 * One option's diagram for a priced workload, with the user's saved edits on
 * top; null until its costs are known (the diagram draws the priced
 * deployment, so it waits for it). Views, the deck and exports all come here,
 * so an edit shows wherever the diagram does. The same estimate and edits (the
 * same objects: the pricing state and the edits are replaced, never changed in
 * place) give the same diagram, not built again: a page built for a visit
 * reads it, the estimate unchanged (0.8 ms of the visit's frame, issue 15).
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
  const { workload } = priced;
  const region = priced.result.priceBook.region;
  const key = `${optionId}:${theme}:${showCosts}`;
  const last = lastDrawn.get(key);
  // An option's result belongs to one pricing reply, so it also stands for the reply's Region.
  if (last?.result === result && last.workload === workload && last.edits === edits) return last.diagram;
  const diagram = optionDiagram({ optionId, result, workload, region, theme, showCosts, edits });
  lastDrawn.set(key, { result, workload, edits, diagram });
  return diagram;
}
