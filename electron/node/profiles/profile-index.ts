import type { Stats } from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import {
  PROFILE_SCHEMA_VERSION,
  profileSummarySchema,
  type ProfileSummary,
} from '../../common/profiles/profile-schema';
import { writeFileAtomic } from '../store/write-file-atomic';
import { isUnreadable, readCapped } from './read-capped';

/**
 * What the profiles list shows of each file, kept beside the files so a start
 * with thousands of profiles reads one file and stats the rest instead of
 * opening and schema-checking every one. It is a cache, never the truth: an
 * entry counts only while its file still has the size, times and inode it had
 * when it was read, and an index that fails its schema is simply rebuilt.
 */
export const INDEX_FILE = '.index.json';

// 10,000 profiles take about 3.8 MB; far beyond that it is no index of ours.
const INDEX_MAX_BYTES = 64 * 1024 * 1024;

const fileStampSchema = z
  .object({ size: z.number(), mtimeMs: z.number(), ctimeMs: z.number(), ino: z.number() })
  .strict();

export type FileStamp = z.output<typeof fileStampSchema>;

const indexEntrySchema = z
  .object({
    stamp: fileStampSchema,
    // Only current-format files the user can edit are kept: the others owe the user a notice at every start.
    summary: profileSummarySchema.extend({ readOnly: z.literal(false), example: z.literal(false) }),
  })
  .strict();

type IndexEntry = z.output<typeof indexEntrySchema>;

const indexFileSchema = z
  .object({
    format: z.literal('compute-explorer.profile-index'),
    version: z.literal(1),
    // Summaries read under another profile format are not trusted to match this app's reading.
    profileSchemaVersion: z.literal(PROFILE_SCHEMA_VERSION),
    entries: z.record(z.string(), indexEntrySchema),
  })
  .strict();

export const stampOf = (stats: Stats): FileStamp => ({
  size: stats.size,
  mtimeMs: stats.mtimeMs,
  ctimeMs: stats.ctimeMs,
  ino: stats.ino,
});

const sameStamp = (a: FileStamp, b: FileStamp) =>
  a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;

/**
 * A file changed again within its file system's timestamp tick keeps its
 * mtime, so a file is indexed only once that tick has surely passed. Whole
 * seconds mean a coarse file system (FAT keeps 2 s); otherwise allow for a
 * coarse kernel clock.
 */
export function settledAt(stamp: FileStamp, statedAtMs: number): boolean {
  const tick = stamp.mtimeMs % 1000 === 0 ? 3000 : 100;
  return statedAtMs - stamp.mtimeMs >= tick;
}

export interface ProfileIndex {
  /** The summary kept for `id`, if its file still has the stamp it had when read. */
  lookup(id: string, stamp: FileStamp): ProfileSummary | null;
  /** Starts a pass over the folder: entries not kept or recorded in it are dropped at its end. */
  beginPass(): IndexPass;
  /** Waits for a write under way (close, tests). */
  flush(): Promise<void>;
}

export interface IndexPass {
  keep(id: string): void;
  record(id: string, stamp: FileStamp, summary: ProfileSummary): void;
  /** Replaces the index with what the pass saw, writing it out if that changed. */
  end(): void;
}

async function loadEntries(file: string): Promise<Map<string, IndexEntry>> {
  const bytes = await readCapped(file, INDEX_MAX_BYTES).catch(() => 'missing' as const);
  if (!Buffer.isBuffer(bytes) || isUnreadable(bytes)) return new Map();
  let data: unknown;
  try {
    data = JSON.parse(bytes.toString('utf8'));
  } catch {
    return new Map();
  }
  const parsed = indexFileSchema.safeParse(data);
  if (!parsed.success) return new Map();
  // An entry must describe the file it is filed under.
  return new Map(Object.entries(parsed.data.entries).filter(([id, entry]) => entry.summary.id === id));
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The index of `dir`, read from disk once, as the store opens. */
export async function openProfileIndex(dir: string): Promise<ProfileIndex> {
  const file = path.join(dir, INDEX_FILE);
  let entries = await loadEntries(file);
  let writing: Promise<void> | null = null;
  let dirty = false;

  const text = () =>
    JSON.stringify({
      format: 'compute-explorer.profile-index',
      version: 1,
      profileSchemaVersion: PROFILE_SCHEMA_VERSION,
      entries: Object.fromEntries(entries),
    });

  function writeSoon() {
    dirty = true;
    writing ??= (async () => {
      // After the list that changed it has gone out.
      await nextTurn();
      while (dirty) {
        dirty = false;
        // A folder that can't take it (read-only, full) just starts without an index next time.
        await writeFileAtomic(file, text()).catch(() => undefined);
      }
      writing = null;
    })();
  }

  return {
    lookup(id, stamp) {
      const entry = entries.get(id);
      return entry && sameStamp(entry.stamp, stamp) ? entry.summary : null;
    },
    beginPass() {
      const seen = new Map<string, IndexEntry>();
      let recorded = 0;
      return {
        keep(id) {
          const entry = entries.get(id);
          if (entry) seen.set(id, entry);
        },
        record(id, stamp, summary) {
          seen.set(id, indexEntrySchema.parse({ stamp, summary }));
          recorded++;
        },
        end() {
          const changed = recorded > 0 || [...entries.keys()].some((id) => !seen.has(id));
          entries = seen;
          if (changed) writeSoon();
        },
      };
    },
    async flush() {
      await writing;
    },
  };
}
