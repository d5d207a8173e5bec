import type { Theme } from '../theme.svelte';
import { layoutsHeld, whenLayoutsReleased } from './layout-hold';
import { renderDiagram } from './render-diagram';

// Where the report, the profiles page and a drag have always taken their hold.
export { holdIdleLayouts } from './layout-hold';

export interface LayoutJob {
  /** The render cache's id for it. */
  id: string;
  source: string;
}

/** The performance mark a pass leaves once it has laid out all it was given (`npm run bench` waits for it). */
export const idleLayoutsDoneMark = (name: string): string => `idle-layouts-done:${name}`;

/**
 * A pass of Mermaid layouts done in idle time, one at a time, behind whatever
 * is on screen, so that a page opened later finds its pictures in the cache.
 * Starting a pass again, or stopping it, drops what the previous one had left.
 * A pass that gets to its end leaves the mark `idleLayoutsDoneMark(name)`.
 */
export function idleLayoutPass(name: string): { start(jobs: LayoutJob[], theme: Theme): void; stop(): void } {
  let generation = 0;
  return {
    start(jobs, theme) {
      const mine = ++generation;
      const pending = [...jobs];
      const next = (): void => {
        if (mine !== generation) return;
        const job = pending.shift();
        if (!job) {
          performance.mark(idleLayoutsDoneMark(name));
          return;
        }
        requestIdleCallback(() => {
          if (mine !== generation) return;
          if (layoutsHeld()) {
            pending.unshift(job);
            void whenLayoutsReleased().then(next);
            return;
          }
          renderDiagram(job.id, job.source, theme, 'background').then(next, next);
        });
      };
      next();
    },
    stop() {
      generation++;
    },
  };
}
