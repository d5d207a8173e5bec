import type { CachedDiagram, DiagramCacheKey } from '../../../../electron/common/diagram-cache-ipc';
import { MAX_CACHED_DIAGRAMS_PER_CALL, MAX_CACHED_SVG_CHARS } from '../../../../electron/common/diagram-cache-ipc';
import type { ExplorerApi } from '../../../../electron/common/ipc-schemas';
import type { Theme } from '../theme.svelte';
import { svgIsSafe } from './svg-guard';

/** Mermaid's version and the app's styling of its output; see vite.config.ts. */
export const DIAGRAM_RENDERER: string = typeof __DIAGRAM_RENDERER__ === 'string' ? __DIAGRAM_RENDERER__ : 'unbuilt';

const keyFor = (source: string, theme: Theme): DiagramCacheKey => ({ renderer: DIAGRAM_RENDERER, theme, source });

type CacheApi = Pick<ExplorerApi, 'getCachedDiagrams' | 'storeCachedDiagrams'>;
/** Set by main.ts; unconnected (unit tests), every lookup is a miss. */
let api: CacheApi | null = null;

export function connectDiskCache(client: CacheApi): void {
  api = client;
}

type Report = (message: string) => void;
let report: Report = (message) => console.warn(message);

/** Where the disk cache's notices go (a damaged file, a picture that failed the guard). */
export function reportDiskCacheTo(say: Report): void {
  report = say;
}

/**
 * The pictures drawn last time for these diagrams (undefined where there is
 * none, or where the stored SVG fails the guard a fresh render passes). Never
 * throws: a cache that cannot answer is a cache miss.
 */
export async function readFromDisk(wanted: { source: string; theme: Theme }[]): Promise<(string | undefined)[]> {
  const keys = wanted.slice(0, MAX_CACHED_DIAGRAMS_PER_CALL).map(({ source, theme }) => keyFor(source, theme));
  if (keys.length === 0 || !api) return keys.map(() => undefined);
  try {
    const reply = await api.getCachedDiagrams({ keys });
    if (reply.notice) report(reply.notice);
    let refused = 0;
    const found = reply.svgs.map((svg) => {
      if (svg === null) return undefined;
      if (svgIsSafe(svg)) return svg;
      refused++;
      return undefined;
    });
    if (refused > 0) {
      report(
        `${refused === 1 ? 'A saved diagram picture' : `${refused} saved diagram pictures`} failed the safety check and ${refused === 1 ? 'was' : 'were'} drawn afresh instead.`,
      );
    }
    return found;
  } catch {
    return keys.map(() => undefined);
  }
}

const pending = new Map<string, CachedDiagram>();
let flushScheduled = false;

/** Keeps a freshly drawn picture for the next start; sent to the host in idle time, a few at once. */
export function keepOnDisk(source: string, theme: Theme, svg: string): void {
  if (svg.length > MAX_CACHED_SVG_CHARS) return;
  const diagram = { ...keyFor(source, theme), svg };
  pending.set(JSON.stringify([theme, source]), diagram);
  if (flushScheduled) return;
  flushScheduled = true;
  requestIdleCallback(() => void flush(), { timeout: 2000 });
}

async function flush(): Promise<void> {
  flushScheduled = false;
  const diagrams = [...pending.values()].slice(-MAX_CACHED_DIAGRAMS_PER_CALL);
  pending.clear();
  if (diagrams.length === 0 || !api) return;
  // Losing a picture only costs the next start a layout: nothing to tell the user.
  await api.storeCachedDiagrams({ diagrams }).catch(() => undefined);
}
