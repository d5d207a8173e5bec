import type { Theme } from '../theme.svelte';
import { renderDiagram } from './render-diagram';

export interface LayoutJob {
  /** The render cache's id for it. */
  id: string;
  source: string;
}

let holds = 0;
const resumeOnRelease: (() => void)[] = [];

/**
 * No pass starts a layout until the returned release is called: the report
 * holds them while it is open, so a background layout (a few hundred ms of
 * main thread) never delays its readiness or its print.
 */
export function holdIdleLayouts(): () => void {
  holds++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--holds === 0) for (const resume of resumeOnRelease.splice(0)) resume();
  };
}

/**
 * A pass of Mermaid layouts done in idle time, one at a time, behind whatever
 * is on screen, so that a page opened later finds its pictures in the cache.
 * Starting a pass again, or stopping it, drops what the previous one had left.
 */
export function idleLayoutPass(): { start(jobs: LayoutJob[], theme: Theme): void; stop(): void } {
  let generation = 0;
  return {
    start(jobs, theme) {
      const mine = ++generation;
      const pending = [...jobs];
      const next = (): void => {
        if (mine !== generation) return;
        const job = pending.shift();
        if (!job) return;
        requestIdleCallback(() => {
          if (mine !== generation) return;
          if (holds > 0) {
            pending.unshift(job);
            resumeOnRelease.push(next);
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
