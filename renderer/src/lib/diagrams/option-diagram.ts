import { formatUSD } from '../../../../electron/common/pricing/format';
import type { Theme } from '../theme.svelte';
import { diagramPalette } from './group-styles';
import { placeCosts } from './model/costs';
import { describeDiagram } from './model/describe';
import { generateDiagram, type DiagramInput } from './model/generate';
import { toMermaid } from './model/to-mermaid';
import type { DiagramModel, UnplacedCost } from './model/types';

export interface OptionDiagram {
  model: DiagramModel;
  title: string;
  /** Components and connections in words, one paragraph each. */
  description: string[];
  /** Mermaid text, themed; the render cache's key. */
  source: string;
  /** Costs no node stands for, listed under the picture when costs are shown. */
  unplaced: UnplacedCost[];
}

export interface OptionDiagramRequest extends DiagramInput {
  theme: Theme;
  /** Write each node's monthly cost under it (the cost annotations setting). */
  showCosts: boolean;
}

/** Everything a view or an export shows of one option's generated diagram. */
export function optionDiagram(request: OptionDiagramRequest): OptionDiagram {
  const generated = generateDiagram(request);
  const placed = placeCosts(generated.model, request.result.lineItems);
  const description = [
    ...(generated.infeasibleReason ? [`Cannot run this workload: ${generated.infeasibleReason}`] : []),
    ...describeDiagram(generated.model, { costs: placed.byNode, unplaced: placed.unplaced, formatCost: formatUSD }),
  ];
  const palette = diagramPalette(request.theme);
  const source = toMermaid(generated.model, {
    costs: request.showCosts ? placed.byNode : new Map(),
    groupStyles: palette.groups,
    largestCostColor: palette.largestCost,
    formatCost: formatUSD,
    accessibleTitle: generated.title,
    accessibleDescription: description.join(' '),
  });
  return { model: generated.model, title: generated.title, description, source, unplaced: placed.unplaced };
}
