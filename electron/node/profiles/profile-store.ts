import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { EXAMPLE_PROFILES, findExample } from '../../common/profiles/examples';
import { parseProfileText } from '../../common/profiles/parse-profile';
import {
  ProfileStoreError,
  invalidInputError,
  newerVersionError,
  notFoundError,
  staleSaveError,
} from '../../common/profiles/profile-errors';
import {
  copyName,
  displayFileName,
  exportFileName,
  nameFromFileName,
  uniqueName,
} from '../../common/profiles/profile-names';
import {
  PROFILE_SCHEMA_VERSION,
  PROFILE_TEXT_MAX,
  profileSchema,
  type PricedWith,
  type Profile,
  type ProfileSummary,
  type StoreNotice,
} from '../../common/profiles/profile-schema';
import { sortSummaries, toSummary } from '../../common/profiles/profile-summary';
import { watchDirectory } from './directory-watcher';
import { withFileLock } from './file-lock';
import { openProfileIndex } from './profile-index';
import { classifyEntry, namesLockFile } from './profile-paths';
import { scanProfiles } from './profile-scan';
import { createSharedListing } from './shared-listing';
import { createStoreContext, editedInPlace, locked, observe, readStored, remember } from './store-context';
import { unreadableError } from './store-errors';
import {
  checkDeck,
  checkDiagrams,
  checkName,
  checkNotes,
  checkObject,
  checkRevision,
  checkStoredId,
  checkPricedWith,
  checkWorkload,
  isExampleId,
} from './store-input';
import { sweepTempFiles } from './sweep-temp-files';
import { moveToTrash, parseUndoToken, takeFromTrash } from './trash';
import { backUpOriginal, writeProfile } from './write-profile';

export { ProfileStoreError } from '../../common/profiles/profile-errors';

export interface ProfileStore {
  /** User profiles and examples, newest first; notices since the last list. */
  list(): Promise<{ profiles: ProfileSummary[]; notices: StoreNotice[] }>;
  /** Starts listing the folder now (at launch, while the window loads), for the first list() to take. */
  warmUp(): void;
  get(id: string): Promise<{ profile: Profile; readOnly: boolean }>;
  /** `priceBook`: the book the workload's Region is priced with now, recorded with it. */
  create(input: {
    name: string;
    notes?: string;
    workload: unknown;
    priceBook?: PricedWith;
    diagrams?: unknown;
    deck?: unknown;
  }): Promise<Profile>;
  /** `deck` left out keeps the slide arrangement the file has. */
  save(input: {
    id: string;
    name: string;
    notes: string;
    workload: unknown;
    diagrams?: unknown;
    deck?: unknown;
    baseRevision: number;
    priceBook?: PricedWith;
  }): Promise<Profile>;
  rename(input: { id: string; name: string; baseRevision: number }): Promise<Profile>;
  duplicate(id: string): Promise<Profile>;
  remove(id: string): Promise<{ undoToken: string }>;
  restore(undoToken: string): Promise<Profile>;
  importText(text: string, suggestedName?: string): Promise<Profile>;
  exportProfile(id: string): Promise<{ fileName: string; text: string }>;
  /** Long poll: the change counter once it is above `since`, or after `timeoutMs` whatever it is. */
  waitForChange(since: number, timeoutMs: number): Promise<number>;
  close(): Promise<void>;
}

export interface ProfileStoreOptions {
  /** `<data dir>/profiles`. */
  dir: string;
  now?: () => Date;
}

/** "“checkout.json” cannot be imported", so a message about one of several files says which. */
function importRefused(fileName: unknown): string {
  const shown = typeof fileName === 'string' ? displayFileName(fileName.slice(-1000)) : '';
  return shown === '' ? 'This file cannot be imported' : `“${shown}” cannot be imported`;
}

// The store remembers what it last saw; callers get their own copy to change.
const detached = (profile: Profile): Profile => structuredClone(profile);

const profileText = (profile: Profile) => `${JSON.stringify(profile, null, 2)}\n`;

export async function openProfileStore(options: ProfileStoreOptions): Promise<ProfileStore> {
  const dir = path.resolve(options.dir);
  await mkdir(dir, { recursive: true });
  await sweepTempFiles(dir);
  const ctx = createStoreContext(dir, options.now ?? (() => new Date()));
  const index = await openProfileIndex(dir);
  const relevant = (name: string) => ['profile', 'foreign'].includes(classifyEntry(name).kind);
  const watcher = watchDirectory(dir, relevant, () => ctx.signal.bump());
  let firstScan = true;

  async function scan() {
    const result = await scanProfiles(ctx, index, { adopt: firstScan });
    firstScan = false;
    return result;
  }

  const listings = createSharedListing(scan, () => ctx.signal.current);

  async function takenNames(): Promise<string[]> {
    const { profiles } = await scan();
    return [...profiles.map((p) => p.name), ...EXAMPLE_PROFILES.map((e) => e.name)];
  }

  /** A profile to show, copy or export: examples, current files, and what can be shown of newer ones. */
  async function load(id: unknown): Promise<{ profile: Profile; readOnly: boolean; newerText?: string }> {
    const example = typeof id === 'string' ? findExample(id) : undefined;
    if (example) return { profile: structuredClone(example), readOnly: true };
    if (isExampleId(id)) throw notFoundError();
    const read = await readStored(ctx, checkStoredId(id));
    if (read.kind === 'missing') throw notFoundError();
    if (read.kind === 'invalid' || read.kind === 'unreadable') throw unreadableError(read);
    if (read.kind === 'newer') {
      if (!read.profile) throw newerVersionError(read.version, PROFILE_SCHEMA_VERSION);
      return { profile: read.profile, readOnly: true, newerText: read.text };
    }
    const profile = await observe(ctx, read, true);
    if (!profile) throw notFoundError();
    return { profile: detached(profile), readOnly: false };
  }

  /** Picks a name no other profile has and writes under it, as one step across processes. */
  function writeWithUniqueName(profile: Profile): Promise<Profile> {
    return ctx.queue.run(namesLockFile(dir), () =>
      withFileLock(namesLockFile(dir), async () =>
        writeNew({ ...profile, name: uniqueName(profile.name, await takenNames()) }),
      ),
    );
  }

  async function writeNew(profile: Profile): Promise<Profile> {
    return locked(ctx, profile.id, async () => {
      await writeProfile(dir, profile);
      remember(ctx, profile, null);
      ctx.signal.bump();
      return detached(profile);
    });
  }

  function fresh(fields: Pick<Profile, 'name' | 'notes' | 'workload' | 'priceBook' | 'diagrams' | 'deck'>): Profile {
    const at = ctx.now().toISOString();
    const { name, notes, workload, priceBook, diagrams, deck } = fields;
    const id = randomUUID();
    return {
      schemaVersion: PROFILE_SCHEMA_VERSION,
      id,
      name,
      notes,
      workload,
      // In the schema's key order: the store compares what it wrote with what it reads back.
      ...(priceBook ? { priceBook } : {}),
      ...(diagrams ? { diagrams } : {}),
      deck,
      createdAt: at,
      updatedAt: at,
      revision: 1,
    };
  }

  /** Applies a change only if the file on disk is still the revision the change was based on. */
  function update(id: string, baseRevision: number, change: (current: Profile) => Profile): Promise<Profile> {
    return locked(ctx, id, async () => {
      const read = await readStored(ctx, id);
      if (read.kind === 'missing') throw notFoundError();
      if (read.kind === 'invalid' || read.kind === 'unreadable') throw unreadableError(read);
      if (read.kind === 'newer') throw newerVersionError(read.version, PROFILE_SCHEMA_VERSION);
      const current = read.profile;
      if (current.revision !== baseRevision || editedInPlace(ctx, read)) {
        throw staleSaveError(current.name, baseRevision, current.revision);
      }
      if (read.fromVersion < PROFILE_SCHEMA_VERSION) await backUpOriginal(dir, id, read.fromVersion, read.bytes);
      // Parsed, so its fields are in the schema's order, as they are when read back.
      const next = profileSchema.parse({
        ...change(current),
        revision: current.revision + 1,
        updatedAt: ctx.now().toISOString(),
      });
      await writeProfile(dir, next);
      remember(ctx, next, null);
      ctx.signal.bump();
      return detached(next);
    });
  }

  return {
    async list() {
      const { profiles, notices } = await listings.take();
      const summaries = sortSummaries([
        ...profiles,
        ...EXAMPLE_PROFILES.map((example) => toSummary(example, { readOnly: true, example: true })),
      ]);
      return { profiles: summaries, notices: [...ctx.pending.splice(0), ...notices] };
    },

    warmUp() {
      listings.warmUp();
    },

    async get(id) {
      const { profile, readOnly } = await load(id);
      return { profile, readOnly };
    },

    async create(input) {
      const fields = checkObject(input, 'The new profile');
      const profile = fresh({
        name: checkName(fields.name),
        notes: checkNotes(fields.notes),
        workload: checkWorkload(fields.workload),
        priceBook: checkPricedWith(fields.priceBook),
        diagrams: checkDiagrams(fields.diagrams),
        deck: checkDeck(fields.deck),
      });
      return writeNew(profile);
    },

    async save(input) {
      const fields = checkObject(input, 'The profile');
      const id = checkStoredId(fields.id);
      const name = checkName(fields.name);
      const notes = checkNotes(fields.notes);
      const workload = checkWorkload(fields.workload);
      // Left out, the diagrams on disk stay; given (even empty), they replace them.
      const given = fields.diagrams !== undefined;
      const diagrams = checkDiagrams(fields.diagrams);
      const deck = fields.deck === undefined ? undefined : checkDeck(fields.deck);
      const base = checkRevision(fields.baseRevision);
      const priceBook = checkPricedWith(fields.priceBook);
      return update(id, base, ({ priceBook: previous, diagrams: previousDiagrams, ...current }) => {
        // A book recorded for another Region no longer says what this workload was priced with.
        const kept = priceBook ?? (previous?.region === workload.region ? previous : undefined);
        const nextDiagrams = given ? diagrams : previousDiagrams;
        return {
          ...current,
          name,
          notes,
          workload,
          deck: deck ?? current.deck,
          ...(kept ? { priceBook: kept } : {}),
          ...(nextDiagrams ? { diagrams: nextDiagrams } : {}),
        };
      });
    },

    async rename(input) {
      const fields = checkObject(input, 'The profile');
      const id = checkStoredId(fields.id);
      const name = checkName(fields.name);
      const base = checkRevision(fields.baseRevision);
      return update(id, base, (current) => ({ ...current, name }));
    },

    async duplicate(id) {
      const { profile } = await load(id);
      return writeWithUniqueName(fresh({ ...profile, name: copyName(profile.name) }));
    },

    async remove(id) {
      const storedId = checkStoredId(id);
      return locked(ctx, storedId, async () => {
        const undoToken = await moveToTrash(dir, storedId);
        if (!undoToken) throw notFoundError();
        ctx.known.delete(storedId);
        ctx.signal.bump();
        return { undoToken };
      });
    },

    async restore(undoToken) {
      const token = parseUndoToken(undoToken);
      if (!token) throw new ProfileStoreError('invalid', 'This undo is not valid; nothing was restored.');
      return locked(ctx, token.id, async () => {
        const outcome = await takeFromTrash(dir, token);
        if (outcome === 'missing') throw new ProfileStoreError('not-found', 'There is nothing left to restore.');
        if (outcome === 'exists') {
          throw new ProfileStoreError(
            'exists',
            'This profile exists again, so the removed copy was not put back over it.',
          );
        }
        ctx.signal.bump();
        const read = await readStored(ctx, token.id);
        if (read.kind === 'invalid' || read.kind === 'unreadable') throw unreadableError(read);
        if (read.kind === 'missing') throw notFoundError();
        if (read.kind === 'newer') {
          if (!read.profile) throw newerVersionError(read.version, PROFILE_SCHEMA_VERSION);
          return read.profile;
        }
        remember(ctx, read.profile, read.text);
        return detached(read.profile);
      });
    },

    async importText(text, suggestedName) {
      if (typeof text !== 'string')
        throw invalidInputError(importRefused(suggestedName), 'expected the text of a JSON file');
      if (text.length > PROFILE_TEXT_MAX)
        throw invalidInputError(importRefused(suggestedName), 'the file is larger than 1 MB');
      const fallbackName =
        (typeof suggestedName === 'string' ? nameFromFileName(suggestedName.slice(-1000)) : null) ??
        'Imported workload';
      const at = ctx.now().toISOString();
      const parsed = parseProfileText(text, { id: randomUUID(), fallbackName, now: at });
      if (parsed.kind === 'invalid') throw invalidInputError(importRefused(suggestedName), parsed.reason);
      if (parsed.kind === 'newer') {
        throw invalidInputError(
          importRefused(suggestedName),
          `it was saved by a newer version of Compute Explorer (format ${parsed.version}; this app reads up to ${PROFILE_SCHEMA_VERSION}); update the app to import it`,
        );
      }
      return writeWithUniqueName({ ...parsed.profile, createdAt: at, updatedAt: at, revision: 1 });
    },

    async exportProfile(id) {
      const { profile, newerText } = await load(id);
      return { fileName: exportFileName(profile.name), text: newerText ?? profileText(profile) };
    },

    waitForChange(since, timeoutMs) {
      return ctx.signal.waitForChange(since, timeoutMs);
    },

    async close() {
      watcher.close();
      await listings.idle();
      ctx.dispose();
      ctx.signal.releaseAll();
      await ctx.queue.idle();
      await index.flush();
    },
  };
}
