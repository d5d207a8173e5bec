import type { ComputeOption, ComputeOptionId } from '../catalog/types';
import { diagramFor, type PricedWorkload } from '../diagrams/current-diagram';
import { renderDiagram } from '../diagrams/render-diagram';
import type { Theme } from '../theme.svelte';
import { parseViewBox } from './diagram-fit';
import type { Size } from './stage-fit';

/**
 * Each diagram's drawn size, which decides its slide's layout. Asking for them
 * when the deck opens also puts every diagram in the render cache, so a slide
 * shows its diagram in the frame it appears; later layouts (a changed
 * workload) report their size as they are drawn.
 */
class DiagramSizes {
  byId = $state.raw<Partial<Record<ComputeOptionId, Size>>>({});
  private theme: Theme | null = null;

  /** Once per theme, as soon as the workload is priced. */
  load(options: readonly ComputeOption[], theme: Theme, priced: PricedWorkload, showCosts: boolean): void {
    if (this.theme === theme || !priced.result) return;
    this.theme = theme;
    for (const option of options) {
      const diagram = diagramFor(option.id, priced, theme, showCosts);
      if (!diagram) continue;
      renderDiagram(option.id, diagram.source, theme).then(
        ({ svg }) => this.note(option.id, theme, svg),
        // The slide's DiagramView renders the same source and shows the error in place.
        () => undefined,
      );
    }
  }

  /** A diagram was drawn: its slide takes the layout that fits it. */
  note(optionId: ComputeOptionId, theme: Theme, svg: string): void {
    const size = parseViewBox(svg);
    if (!size || this.theme !== theme) return;
    const known = this.byId[optionId];
    if (known?.width === size.width && known.height === size.height) return;
    this.byId = { ...this.byId, [optionId]: size };
  }
}

export const diagramSizes = new DiagramSizes();
