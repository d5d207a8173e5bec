import type { Theme } from '../theme.svelte';
import { decorateDiagramSvg } from './decorate-svg';
import { checkDiagramSource, RENDER_BUDGET_MS, withinBudget } from './diagram-guard';
import { configureMermaid, loadMermaid } from './mermaid-loader';

export interface RenderedDiagram {
  svg: string;
  /** True when served from the cache (a re-visit). */
  cached: boolean;
}

export type RenderPriority = 'visible' | 'background';

interface Job {
  key: string;
  label: string;
  source: string;
  theme: Theme;
  resolve: (svg: string) => void;
  reject: (error: unknown) => void;
}

/** Generated diagrams change with every workload: keep the recent ones, not all. */
const CACHE_LIMIT = 96;
const cache = new Map<string, string>();
const inProgress = new Map<string, Promise<string>>();
const queues: Record<RenderPriority, Job[]> = { visible: [], background: [] };
let running = false;
let counter = 0;

const keyOf = (source: string, theme: Theme): string => `${theme}\n${source}`;

/**
 * Renders Mermaid source to SVG text, one at a time (Mermaid keeps global
 * state while it renders), visible diagrams before background warm-up, and
 * remembers the result per theme: a re-visit is a map lookup, not a layout.
 */
export async function renderDiagram(
  label: string,
  source: string,
  theme: Theme,
  priority: RenderPriority = 'visible',
): Promise<RenderedDiagram> {
  const key = keyOf(source, theme);
  const hit = cache.get(key);
  if (hit !== undefined) return { svg: hit, cached: true };
  checkDiagramSource(source);
  const queued = inProgress.get(key);
  if (queued) {
    if (priority === 'visible') promote(key);
    return { svg: await queued, cached: false };
  }
  const promise = new Promise<string>((resolve, reject) => {
    queues[priority].push({ key, label, source, theme, resolve, reject });
  });
  inProgress.set(key, promise);
  void drain();
  return { svg: await promise, cached: false };
}

export function cachedDiagram(source: string, theme: Theme): string | undefined {
  return cache.get(keyOf(source, theme));
}

function remember(key: string, svg: string): void {
  cache.set(key, svg);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
}

function promote(key: string): void {
  const index = queues.background.findIndex((job) => job.key === key);
  if (index >= 0) queues.visible.push(...queues.background.splice(index, 1));
}

async function drain(): Promise<void> {
  if (running) return;
  running = true;
  try {
    for (let job = nextJob(); job; job = nextJob()) {
      try {
        const mermaid = await loadMermaid();
        configureMermaid(mermaid, job.theme);
        const started = performance.now();
        const { svg: drawn } = await withinBudget(
          mermaid.render(`diagram-svg-${++counter}`, job.source),
          RENDER_BUDGET_MS,
          'Laying out the diagram',
        );
        const svg = decorateDiagramSvg(drawn, job.theme);
        // The layout cost alone, for `npm run bench`.
        performance.measure(`mermaid-render:${job.label}:${job.theme}`, { start: started, end: performance.now() });
        remember(job.key, svg);
        job.resolve(svg);
      } catch (error) {
        job.reject(error);
      } finally {
        inProgress.delete(job.key);
      }
    }
  } finally {
    running = false;
  }
}

function nextJob(): Job | undefined {
  return queues.visible.shift() ?? queues.background.shift();
}
