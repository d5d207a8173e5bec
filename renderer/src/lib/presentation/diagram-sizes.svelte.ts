import type { ComputeOption, ComputeOptionId } from '../catalog/types';
import { renderDiagram } from '../diagrams/render-diagram';
import type { Theme } from '../theme.svelte';
import { parseViewBox } from './diagram-fit';
import type { Size } from './stage-fit';

/**
 * Each diagram's drawn size, which decides its slide's layout. Asking for them
 * also puts every diagram in the render cache (ahead of the idle warm-up), so
 * a slide shows its diagram in the frame it appears.
 */
class DiagramSizes {
  byId = $state.raw<Partial<Record<ComputeOptionId, Size>>>({});
  private theme: Theme | null = null;

  load(options: readonly ComputeOption[], theme: Theme): void {
    if (this.theme === theme) return;
    this.theme = theme;
    for (const option of options) {
      renderDiagram(option.id, option.diagram.source, theme).then(
        ({ svg }) => {
          const size = parseViewBox(svg);
          if (size && this.theme === theme) this.byId = { ...this.byId, [option.id]: size };
        },
        // The slide's DiagramView renders the same source and shows the error in place.
        () => undefined,
      );
    }
  }
}

export const diagramSizes = new DiagramSizes();
