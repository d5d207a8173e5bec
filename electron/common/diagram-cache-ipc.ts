import './zod-no-eval';
import * as z from 'zod';

/** The longest diagram source the renderer will draw (its diagram guard's limit). */
export const MAX_CACHED_SOURCE_CHARS = 64 * 1024;
/** A laid-out diagram with its icons is 20–150 kB; anything far larger is not one of ours. */
export const MAX_CACHED_SVG_CHARS = 1024 * 1024;
/** The diagrams on one screen: a page shows at most a few, the warm-up eight. */
export const MAX_CACHED_DIAGRAMS_PER_CALL = 16;

/**
 * What makes a cached picture the one a fresh render would draw: the same
 * source, in the same theme, laid out by the same renderer (Mermaid's version
 * and the app's own styling of its output).
 */
export const diagramCacheKeySchema = z
  .object({
    renderer: z.string().min(1).max(200),
    theme: z.enum(['light', 'dark']),
    source: z.string().min(1).max(MAX_CACHED_SOURCE_CHARS),
  })
  .strict();

export const cachedDiagramSchema = diagramCacheKeySchema.extend({ svg: z.string().min(1).max(MAX_CACHED_SVG_CHARS) });

export type DiagramCacheKey = z.output<typeof diagramCacheKeySchema>;
export type CachedDiagram = z.output<typeof cachedDiagramSchema>;

export const DIAGRAM_CACHE_IPC_SCHEMAS = {
  getCachedDiagrams: {
    input: z.object({ keys: z.array(diagramCacheKeySchema).min(1).max(MAX_CACHED_DIAGRAMS_PER_CALL) }).strict(),
    output: z
      .object({
        /** One per key, in order: the SVG drawn last time, or null. */
        svgs: z.array(z.string().max(MAX_CACHED_SVG_CHARS).nullable()),
        /** Set once when the cache file was damaged and set aside. */
        notice: z.string().max(1000).optional(),
      })
      .strict(),
  },
  storeCachedDiagrams: {
    input: z.object({ diagrams: z.array(cachedDiagramSchema).min(1).max(MAX_CACHED_DIAGRAMS_PER_CALL) }).strict(),
    output: z.object({ stored: z.int().min(0) }).strict(),
  },
};
