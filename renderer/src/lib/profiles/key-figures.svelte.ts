import { SvelteMap } from 'svelte/reactivity';
import { MAX_KEY_FIGURES_PER_CALL, type KeyFigures } from '../../../../electron/common/profile-key-figures';
import { api } from '../api';

/**
 * Each profile row's key figures (requests/month, cheapest option and its cost),
 * fetched for the rows that are drawn: rows mounted in the same tick are asked
 * for in one call, so a screenful is one pricing round trip and a virtualised
 * list of 10,000 profiles never prices the ones off screen. Keyed by revision:
 * a save asks again, an unchanged profile is never priced twice.
 */
const figures = new SvelteMap<string, KeyFigures | 'failed'>();
// Bookkeeping, not state: nothing on screen reads these.
let queued: string[] = [];
/** The revision last asked for, per profile id. */
const asked: Record<string, number> = Object.create(null) as Record<string, number>;

const keyOf = (id: string, revision: number) => `${id}@${revision}`;

/** The figures of this revision of the profile: undefined while they are being worked out. */
export function keyFigures(id: string, revision: number): KeyFigures | 'failed' | undefined {
  return figures.get(keyOf(id, revision));
}

export function requestKeyFigures(id: string, revision: number): void {
  const key = keyOf(id, revision);
  if (figures.has(key) || asked[id] === revision) return;
  asked[id] = revision;
  if (queued.length === 0) queueMicrotask(flush);
  if (!queued.includes(id)) queued.push(id);
}

function flush(): void {
  const ids = queued;
  queued = [];
  for (let start = 0; start < ids.length; start += MAX_KEY_FIGURES_PER_CALL) {
    void fetchBatch(ids.slice(start, start + MAX_KEY_FIGURES_PER_CALL));
  }
}

async function fetchBatch(ids: string[]): Promise<void> {
  try {
    const reply = await api.profileKeyFigures({ ids });
    for (const entry of reply.figures) figures.set(keyOf(entry.id, entry.revision), entry);
  } catch {
    // The row says the figures could not be worked out; opening the profile shows why.
    for (const id of ids) figures.set(keyOf(id, asked[id] ?? 0), 'failed');
  } finally {
    // A revision asked for but not answered (saved again meanwhile) may be asked again.
    for (const id of ids) if (!figures.has(keyOf(id, asked[id] ?? 0))) delete asked[id];
  }
}
