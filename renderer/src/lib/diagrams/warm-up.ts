import type { ComputeOption } from '../catalog/types';
import type { Theme } from '../theme.svelte';
import { diagramFor, type PricedWorkload } from './current-diagram';
import { idleLayoutPass } from './idle-layouts';
import { cachedDiagram } from './render-diagram';

const pass = idleLayoutPass('diagrams');

/**
 * Lays out every diagram of the priced workload in idle time, one at a time,
 * so that opening a service shows its diagram from the cache instead of
 * waiting on Mermaid. A theme change, or a newer call, restarts the pass.
 */
export function warmDiagrams(
  options: readonly ComputeOption[],
  priced: PricedWorkload,
  theme: Theme,
  showCosts: boolean,
): void {
  const jobs = options.flatMap((option) => {
    const diagram = diagramFor(option.id, priced, theme, showCosts);
    return diagram && cachedDiagram(diagram.source, theme) === undefined
      ? [{ id: option.id, source: diagram.source }]
      : [];
  });
  pass.start(jobs, theme);
}
