import type { ComputeOption } from '../catalog/types';
import type { Theme } from '../theme.svelte';
import { diagramFor, type PricedWorkload } from './current-diagram';
import { cachedDiagram, renderDiagram } from './render-diagram';

let generation = 0;

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
  const mine = ++generation;
  const pending = options.flatMap((option) => {
    const diagram = diagramFor(option.id, priced, theme, showCosts);
    return diagram && cachedDiagram(diagram.source, theme) === undefined ? [{ option, source: diagram.source }] : [];
  });
  const next = (): void => {
    if (mine !== generation) return;
    const job = pending.shift();
    if (!job) return;
    requestIdleCallback(() => {
      if (mine !== generation) return;
      renderDiagram(job.option.id, job.source, theme, 'background').then(next, next);
    });
  };
  next();
}
