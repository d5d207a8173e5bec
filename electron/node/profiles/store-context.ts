import { PROFILE_SCHEMA_VERSION, type Profile, type StoreNotice } from '../../common/profiles/profile-schema';
import { createChangeSignal, type ChangeSignal } from './change-signal';
import { withFileLock } from './file-lock';
import { createKeyedQueue, type KeyedQueue } from './keyed-queue';
import { lockFile, profileFile } from './profile-paths';
import { readProfileFile, type ProfileFileRead } from './read-profile-file';
import { setAside } from './set-aside';
import { isSettling, SETTLE_MS } from './settling';
import { writeProfile } from './write-profile';

interface KnownContent {
  revision: number;
  profile: Profile;
  /** The file's text when it was read; unknown for the store's own writes until read back. */
  text: string | null;
}

/** What the store's parts share; one per open store. */
export interface StoreContext {
  dir: string;
  now: () => Date;
  queue: KeyedQueue;
  signal: ChangeSignal;
  /** The last content this store saw or wrote per id, to notice edits that keep the revision. */
  known: Map<string, KnownContent>;
  /** Files set aside (or converted) since the last list. */
  pending: StoreNotice[];
  migratedNoticed: Set<string>;
  /** Ids whose file could not be read, with the reason last reported. */
  unreadableNoticed: Map<string, string>;
  /** Asks for another look after SETTLE_MS, for files that were mid-write. */
  recheckSoon: () => void;
}

export function createStoreContext(dir: string, now: () => Date): StoreContext & { dispose(): void } {
  let recheck: NodeJS.Timeout | undefined;
  const ctx: StoreContext & { dispose(): void } = {
    dir,
    now,
    queue: createKeyedQueue(),
    signal: createChangeSignal(),
    known: new Map(),
    pending: [],
    migratedNoticed: new Set(),
    unreadableNoticed: new Map(),
    recheckSoon() {
      if (recheck) return;
      recheck = setTimeout(() => {
        recheck = undefined;
        ctx.signal.bump();
      }, SETTLE_MS + 100);
      recheck.unref();
    },
    dispose: () => clearTimeout(recheck),
  };
  return ctx;
}

export type StoredRead =
  Exclude<ProfileFileRead, { kind: 'invalid' }> | { kind: 'invalid'; reason: string; keptAs: string | null };

/** Writes to one profile: one at a time in this process (queue), and across processes (lock file). */
export function locked<T>(ctx: StoreContext, id: string, work: () => Promise<T>): Promise<T> {
  return ctx.queue.run(id, () => withFileLock(lockFile(ctx.dir, id), work));
}

/** Reads a stored profile; an unreadable file is set aside at once and reported at the next list. */
export async function readStored(ctx: StoreContext, id: string): Promise<StoredRead> {
  const file = profileFile(ctx.dir, id);
  const read = await readProfileFile(file, id, 'Imported workload');
  if (read.kind !== 'invalid') return read;
  if (await isSettling(file)) {
    ctx.recheckSoon();
    return { kind: 'invalid', reason: `${read.reason}; it is being written`, keptAs: null };
  }
  const keptAs = await setAside(file, ctx.now());
  if (keptAs) {
    ctx.pending.push({
      kind: 'corrupt',
      file: keptAs,
      message: `The profile file ${id}.json could not be read (${read.reason}). It was kept as ${keptAs}; your other profiles are unaffected.`,
    });
    ctx.signal.bump();
  }
  return { kind: 'invalid', reason: read.reason, keptAs };
}

export function remember(ctx: StoreContext, profile: Profile, text: string | null): void {
  ctx.known.set(profile.id, { revision: profile.revision, profile, text });
}

type OkRead = Extract<StoredRead, { kind: 'ok' }>;

/**
 * Same text is the quick answer; otherwise compare meaning, so a hand edit
 * that only reformats isn't a change (parsed profiles list their keys in
 * schema order, so their JSON compares).
 */
function sameContent(known: KnownContent, read: OkRead): boolean {
  if (known.text !== null && known.text === read.text) return true;
  const same = JSON.stringify(known.profile) === JSON.stringify(read.profile);
  if (same) known.text = read.text;
  return same;
}

/** True when the file holds different content under a revision this store has already seen. */
export function editedInPlace(ctx: StoreContext, read: OkRead): boolean {
  const known = ctx.known.get(read.profile.id);
  return known !== undefined && known.revision === read.profile.revision && !sameContent(known, read);
}

/**
 * A hand edit that kept the revision would let a window holding the old
 * content save over it. Giving the edit a revision of its own makes that
 * save stale, like any other change.
 */
async function acceptHandEdit(ctx: StoreContext, id: string): Promise<Profile | null> {
  return locked(ctx, id, async () => {
    const read = await readStored(ctx, id);
    if (read.kind !== 'ok') return null;
    if (!editedInPlace(ctx, read)) {
      remember(ctx, read.profile, read.text);
      return read.profile;
    }
    const profile = { ...read.profile, revision: read.profile.revision + 1, updatedAt: ctx.now().toISOString() };
    await writeProfile(ctx.dir, profile);
    remember(ctx, profile, null);
    ctx.signal.bump();
    return profile;
  });
}

/**
 * Records what a read found. Observations only move forward, so a list that
 * read just before a save can't roll back what the save recorded. `holder`
 * reads (get) hand the content to someone who may save it back.
 */
export async function observe(ctx: StoreContext, read: OkRead, holder: boolean): Promise<Profile | null> {
  const known = ctx.known.get(read.profile.id);
  if (known && read.profile.revision < known.revision) return read.profile;
  if (!editedInPlace(ctx, read)) {
    remember(ctx, read.profile, read.text);
    return read.profile;
  }
  // Older formats can't take a new revision without a migrated write; a holder now has the edit.
  if (read.fromVersion < PROFILE_SCHEMA_VERSION) {
    if (holder) remember(ctx, read.profile, read.text);
    return read.profile;
  }
  return acceptHandEdit(ctx, read.profile.id);
}
