import { rename } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod';
import { cachedDiagramSchema, type CachedDiagram, type DiagramCacheKey } from '../../common/diagram-cache-ipc';
import { describeZodError } from '../../common/schema-error';
import { isUnreadable, readCapped } from '../profiles/read-capped';
import { writeJsonFileAtomic } from '../store/json-file';

export const DIAGRAM_CACHE_FILE = 'diagram-cache.json';
/** The most diagrams kept: every option in both themes, and a few workloads back. */
export const MAX_CACHED_DIAGRAMS = 48;
/** The SVG text kept at most; the oldest pictures go first. */
export const MAX_CACHED_SVG_TOTAL_CHARS = 6 * 1024 * 1024;
/** Larger than the cap above can ever write: a bigger file is not ours. */
const MAX_FILE_BYTES = 8 * 1024 * 1024;

const cacheFileSchema = z
  .object({ version: z.literal(1), diagrams: z.array(cachedDiagramSchema).max(MAX_CACHED_DIAGRAMS) })
  .strict();

export interface DiagramSvgCache {
  /** The SVG stored for each key (null when none), and a notice once if the file was damaged. */
  get(keys: DiagramCacheKey[]): Promise<{ svgs: (string | null)[]; notice?: string }>;
  /** Remembers freshly drawn diagrams (the newest first out of the cap last); written to disk in the background. */
  put(diagrams: CachedDiagram[]): Promise<{ stored: number }>;
  /** Resolves once everything put so far is on disk. */
  flush(): Promise<void>;
  /** Reads the file now, in the background: the first `get` of a start is then a lookup, not a read and a parse. */
  warmUp(): void;
}

const idOf = ({ renderer, theme, source }: DiagramCacheKey): string => JSON.stringify([renderer, theme, source]);

/**
 * The last-drawn diagram SVGs, in `<dataDir>/diagram-cache.json`, so a start
 * can paint the first diagram before Mermaid is even loaded. A hit needs the
 * exact source, theme and renderer; the renderer still runs every SVG through
 * its guard before inserting it. A damaged file is set aside and reported
 * once, never trusted and never fatal: the diagrams are simply drawn afresh.
 */
export function createDiagramSvgCache(
  dataDir: string,
  log: (message: string) => void = console.error,
): DiagramSvgCache {
  const file = path.join(dataDir, DIAGRAM_CACHE_FILE);
  // Insertion order is recency: the first entry is the one to drop.
  const entries = new Map<string, CachedDiagram>();
  let loading: Promise<void> | null = null;
  let notice: string | undefined;
  let writing: Promise<void> = Promise.resolve();
  let writeQueued = false;

  async function load(): Promise<void> {
    const read = await readCapped(file, MAX_FILE_BYTES);
    if (read === 'missing') return;
    let problem: string;
    if (read === 'too-big') problem = `it is over ${MAX_FILE_BYTES / 1024 / 1024} MB`;
    else if (isUnreadable(read)) problem = read.unreadable;
    else {
      const parsed = parseCacheFile(read.toString('utf8'));
      if (parsed.ok) {
        // Stored oldest first, as the map keeps them.
        for (const diagram of parsed.diagrams) entries.set(idOf(diagram), diagram);
        return;
      }
      problem = parsed.problem;
    }
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const movedTo = path.join(dataDir, `diagram-cache.corrupt-${stamp}.json`);
    await rename(file, movedTo).catch((error: Error) => log(`Could not set ${file} aside: ${error.message}`));
    notice = `The saved diagram pictures (${file}) could not be used (${problem}); the file was set aside as ${path.basename(movedTo)} and the diagrams are drawn afresh.`;
  }

  function trim(): void {
    let total = 0;
    for (const diagram of entries.values()) total += diagram.svg.length;
    for (const [id, diagram] of entries) {
      if (entries.size <= MAX_CACHED_DIAGRAMS && total <= MAX_CACHED_SVG_TOTAL_CHARS) break;
      entries.delete(id);
      total -= diagram.svg.length;
    }
  }

  function scheduleWrite(): void {
    if (writeQueued) return;
    writeQueued = true;
    writing = writing.then(async () => {
      writeQueued = false;
      await writeJsonFileAtomic(file, { version: 1, diagrams: [...entries.values()] }).catch((error: Error) =>
        log(`The diagram pictures could not be saved to ${file}: ${error.message}`),
      );
    });
  }

  return {
    async get(keys) {
      await (loading ??= load());
      const svgs = keys.map((key) => {
        const id = idOf(key);
        const hit = entries.get(id);
        if (!hit) return null;
        // A picture shown at start is worth keeping: it moves to the back of the eviction queue.
        entries.delete(id);
        entries.set(id, hit);
        return hit.svg;
      });
      const reply = notice === undefined ? { svgs } : { svgs, notice };
      notice = undefined;
      return reply;
    },
    async put(diagrams) {
      await (loading ??= load());
      for (const diagram of diagrams) {
        const id = idOf(diagram);
        entries.delete(id);
        entries.set(id, diagram);
      }
      trim();
      scheduleWrite();
      return { stored: diagrams.length };
    },
    async flush() {
      await loading;
      await writing;
    },
    warmUp() {
      // load() never throws: a damaged file is set aside and reported on the first get.
      loading ??= load();
    },
  };
}

function parseCacheFile(text: string): { ok: true; diagrams: CachedDiagram[] } | { ok: false; problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problem: text.trim() === '' ? 'the file is empty' : `not valid JSON (${(error as Error).message})`,
    };
  }
  const parsed = cacheFileSchema.safeParse(data);
  return parsed.success
    ? { ok: true, diagrams: parsed.data.diagrams }
    : { ok: false, problem: describeZodError(parsed.error) };
}
