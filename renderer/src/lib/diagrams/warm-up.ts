import type { ComputeOption } from '../catalog/types';
import type { Theme } from '../theme.svelte';
import { cachedDiagram, renderDiagram } from './render-diagram';

let generation = 0;

/**
 * Lays out every diagram in idle time, one at a time, so that opening a
 * service shows its diagram from the cache instead of waiting on Mermaid.
 * A theme change restarts the pass for the new theme.
 */
export function warmDiagrams(options: readonly ComputeOption[], theme: Theme): void {
  const mine = ++generation;
  const pending = options.filter((option) => cachedDiagram(option.diagram.source, theme) === undefined);
  const next = (): void => {
    if (mine !== generation) return;
    const option = pending.shift();
    if (!option) return;
    requestIdleCallback(() => {
      if (mine !== generation) return;
      renderDiagram(option.id, option.diagram.source, theme, 'background').then(next, next);
    });
  };
  next();
}
