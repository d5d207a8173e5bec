import path from 'node:path';
import {
  DEFAULT_PREFERENCES,
  preferencesSchema,
  type Preferences,
  type PreferencesReply,
} from '../../common/ipc-schemas';
import { readJsonFile, writeJsonFileAtomic } from './json-file';

export interface PreferencesStore {
  get(): Promise<PreferencesReply>;
  update(patch: Partial<Preferences>): Promise<PreferencesReply>;
}

export const PREFERENCES_FILE = 'preferences.json';

export function createPreferencesStore(dataDir: string): PreferencesStore {
  const file = path.join(dataDir, PREFERENCES_FILE);
  // Writes are chained so two quick updates can't interleave their renames.
  let queue: Promise<unknown> = Promise.resolve();

  async function load(): Promise<PreferencesReply> {
    const read = await readJsonFile(file, preferencesSchema);
    if (read.kind === 'ok') return { preferences: read.value };
    if (read.kind === 'missing') return { preferences: { ...DEFAULT_PREFERENCES } };
    return {
      preferences: { ...DEFAULT_PREFERENCES },
      notice: `Your preferences file could not be read (${read.reason}); it was kept as ${path.basename(read.movedTo)} and defaults are in use.`,
    };
  }

  return {
    get: () => load(),
    update(patch) {
      const next = queue.then(async () => {
        const current = await load();
        const preferences = preferencesSchema.parse({ ...current.preferences, ...patch });
        await writeJsonFileAtomic(file, preferences);
        return { preferences, ...(current.notice ? { notice: current.notice } : {}) };
      });
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
