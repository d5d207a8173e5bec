import type { Theme } from '../theme.svelte';
import { configureMermaid, loadMermaid } from './mermaid-loader';

export interface RenderedDiagram {
  svg: string;
  /** True when served from the cache (a re-visit). */
  cached: boolean;
}

const cache = new Map<string, string>();
let queue: Promise<unknown> = Promise.resolve();
let counter = 0;

/**
 * Renders Mermaid source to SVG text, one at a time (Mermaid keeps global
 * state while it renders), and remembers the result per theme: a re-visit is
 * a map lookup, not a layout.
 */
export function renderDiagram(source: string, theme: Theme): Promise<RenderedDiagram> {
  const key = `${theme}\n${source}`;
  const hit = cache.get(key);
  if (hit !== undefined) return Promise.resolve({ svg: hit, cached: true });
  const job = queue.then(async () => {
    const again = cache.get(key);
    if (again !== undefined) return { svg: again, cached: true };
    const mermaid = await loadMermaid();
    configureMermaid(mermaid, theme);
    const { svg } = await mermaid.render(`diagram-svg-${++counter}`, source);
    cache.set(key, svg);
    return { svg, cached: false };
  });
  queue = job.catch(() => undefined);
  return job;
}

export function cachedDiagram(source: string, theme: Theme): string | undefined {
  return cache.get(`${theme}\n${source}`);
}
