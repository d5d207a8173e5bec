import type { DiagramEdits, ExtraDiagram } from '../../../../../electron/common/diagrams/user-diagrams-schema';
import { formatUSD } from '../../../../../electron/common/pricing/format';
import type { Theme } from '../../theme.svelte';
import type { PricedWorkload } from '../current-diagram';
import { applyEdits } from '../edits/apply-edits';
import { diagramPalette } from '../group-styles';
import { describeDiagram } from '../model/describe';
import { toMermaid } from '../model/to-mermaid';
import type { DiagramModel } from '../model/types';
import { optionDiagram, withKnownIcons, type OptionDiagram } from '../option-diagram';
import { optionById } from '../../catalog/options';

/** What a blank diagram's edits are kept relative to: nothing. */
export const EMPTY_MODEL: DiagramModel = Object.freeze({ direction: 'LR', groups: [], nodes: [], edges: [] });

/** The words every view, slide and export of a user's own diagram carries. */
export function ownNote(extra: Pick<ExtraDiagram, 'title' | 'basedOn'>): string {
  if (!extra.basedOn) return `User diagram “${extra.title}”: drawn by the user.`;
  return `User diagram “${extra.title}”, started from the ${optionById(extra.basedOn).label} diagram: its counts and costs follow the estimate.`;
}

/**
 * One of the user's own diagrams as views and exports draw it. One started
 * from an option's waits for that option's costs (it draws the priced
 * deployment, like the option's); a blank one needs none.
 */
export function extraDiagramFor(
  extra: ExtraDiagram,
  priced: PricedWorkload,
  theme: Theme,
  showCosts: boolean,
  /** The editor's draft; by default the saved edits. */
  edits: DiagramEdits = extra.edits,
): OptionDiagram | null {
  const own = { title: extra.title, note: ownNote(extra) };
  if (extra.basedOn) {
    const result = priced.result?.options.find((option) => option.id === extra.basedOn);
    if (!priced.result || !priced.workload || !result) return null;
    return optionDiagram({
      optionId: extra.basedOn,
      result,
      workload: priced.workload,
      region: priced.result.priceBook.region,
      theme,
      showCosts,
      edits,
      own,
    });
  }
  const model = withKnownIcons(applyEdits(EMPTY_MODEL, edits));
  const description = [own.note, ...describeDiagram(model, { costs: new Map(), unplaced: [], formatCost: formatUSD })];
  const palette = diagramPalette(theme);
  const source = toMermaid(model, {
    costs: new Map(),
    groupStyles: palette.groups,
    largestCostColor: palette.largestCost,
    formatCost: formatUSD,
    accessibleTitle: own.title,
    accessibleDescription: description.join(' '),
  });
  return { model, generatedModel: EMPTY_MODEL, title: own.title, description, source, unplaced: [], edited: true };
}
