import type { DiagramEdits } from '../../../../electron/common/diagrams/user-diagrams-schema';
import { formatUSD } from '../../../../electron/common/pricing/format';
import type { Theme } from '../theme.svelte';
import { applyEdits } from './edits/apply-edits';
import { isUnedited } from './edits/diff-edits';
import { diagramPalette } from './group-styles';
import { NODE_ICON_NAMES } from './icon-names';
import { placeCosts } from './model/costs';
import { describeDiagram } from './model/describe';
import { generateDiagram, type DiagramInput } from './model/generate';
import { toMermaid } from './model/to-mermaid';
import type { DiagramModel, UnplacedCost } from './model/types';

export interface OptionDiagram {
  model: DiagramModel;
  /** The diagram as the estimate alone draws it: what the user's edits are kept relative to. */
  generatedModel: DiagramModel;
  title: string;
  /** Components and connections in words, one paragraph each. */
  description: string[];
  /** Mermaid text, themed; the render cache's key. */
  source: string;
  /** Costs no node stands for, listed under the picture when costs are shown. */
  unplaced: UnplacedCost[];
  /** Drawn with the user's edits on top of the generated diagram. */
  edited: boolean;
}

export interface OptionDiagramRequest extends DiagramInput {
  theme: Theme;
  /** Write each node's monthly cost under it (the cost annotations setting). */
  showCosts: boolean;
  /** The user's edits (saved with the profile), re-applied to each new estimate's diagram. */
  edits?: DiagramEdits;
  /** A diagram of the user's own started from this option's: its name, and the note that says whose it is. */
  own?: { title: string; note: string };
}

export const EDITED_NOTE = 'Edited by hand: the counts and costs follow the estimate; the changes are the user’s.';

/** Everything a view or an export shows of one option's generated diagram. */
export function optionDiagram(request: OptionDiagramRequest): OptionDiagram {
  const generated = generateDiagram(request);
  // Edits that change nothing (the editor's untouched text) draw the generated diagram, not an "edited" one.
  const edits = request.edits && !isUnedited(request.edits) ? request.edits : undefined;
  const model = edits ? withKnownIcons(applyEdits(generated.model, edits)) : generated.model;
  const placed = placeCosts(model, request.result.lineItems);
  const description = [
    ...(generated.infeasibleReason ? [`Cannot run this workload: ${generated.infeasibleReason}`] : []),
    ...(request.own ? [request.own.note] : edits ? [EDITED_NOTE] : []),
    ...describeDiagram(model, { costs: placed.byNode, unplaced: placed.unplaced, formatCost: formatUSD }),
  ];
  const palette = diagramPalette(request.theme);
  const source = toMermaid(model, {
    costs: request.showCosts ? placed.byNode : new Map(),
    groupStyles: palette.groups,
    largestCostColor: palette.largestCost,
    formatCost: formatUSD,
    accessibleTitle: request.own?.title ?? generated.title,
    accessibleDescription: description.join(' '),
  });
  return {
    model,
    generatedModel: generated.model,
    title: request.own?.title ?? generated.title,
    description,
    source,
    unplaced: placed.unplaced,
    edited: !!edits,
  };
}

/** Edits come from a profile on disk: an icon the pack does not have is drawn as a plain box. */
export function withKnownIcons(model: DiagramModel): DiagramModel {
  const nodes = model.nodes.map((node) => {
    if (node.icon === undefined || NODE_ICON_NAMES.has(node.icon)) return node;
    const { icon: _unknown, ...box } = node;
    return box;
  });
  return { ...model, nodes };
}
