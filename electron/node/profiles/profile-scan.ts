import { statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import {
  PROFILE_SCHEMA_VERSION,
  type Profile,
  type ProfileSummary,
  type StoreNotice,
} from '../../common/profiles/profile-schema';
import { toSummary } from '../../common/profiles/profile-summary';
import { adoptForeignFiles } from './adopt-foreign-files';
import { settledAt, stampOf, type FileStamp, type IndexPass, type ProfileIndex } from './profile-index';
import { classifyEntry, profileFile } from './profile-paths';
import { isSettling } from './settling';
import { observe, readStored, type StoreContext } from './store-context';

// Files are read synchronously (see readCappedQuick); the event loop gets a
// turn at least this often, so IPC and other windows don't wait on a long list.
const SLICE_MS = 8;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Profile ids on disk, and dropped-in files ready to adopt (not still being copied in). */
async function listEntries(ctx: StoreContext): Promise<{ ids: string[]; foreign: string[] }> {
  const ids: string[] = [];
  const foreign: string[] = [];
  for (const entry of await readdir(ctx.dir, { withFileTypes: true })) {
    const kind = classifyEntry(entry.name);
    // Whatever the entry is: one that is no file to read gets a notice, never silence.
    if (kind.kind === 'profile') ids.push(kind.id);
    if (kind.kind !== 'foreign' || entry.isDirectory()) continue;
    if (await isSettling(path.join(ctx.dir, entry.name))) ctx.recheckSoon();
    else foreign.push(entry.name);
  }
  return { ids, foreign };
}

interface Scanned {
  profile: Profile;
  readOnly: boolean;
  /** Read from a current-format file: the index may keep what the list shows of it. */
  indexable: boolean;
}

async function scanOne(ctx: StoreContext, id: string, notices: StoreNotice[]): Promise<Scanned | null> {
  const read = await readStored(ctx, id);
  if (read.kind === 'unreadable') {
    // Left where it is (a permission fix or a drive coming back may cure it), and said once.
    if (ctx.unreadableNoticed.get(id) !== read.reason) {
      ctx.unreadableNoticed.set(id, read.reason);
      notices.push({
        kind: 'unreadable',
        file: `${id}.json`,
        message: `The profile file ${id}.json could not be read (${read.reason}); it was left as it is. Your other profiles are unaffected.`,
      });
    }
    return null;
  }
  ctx.unreadableNoticed.delete(id);
  if (read.kind === 'missing' || read.kind === 'invalid') return null;
  if (read.kind === 'newer') {
    const what = read.profile ? `"${read.profile.name}" (${id}.json)` : `${id}.json`;
    const shown = read.profile ? 'it is shown read-only' : 'this version cannot show it, so it was left untouched';
    notices.push({
      kind: 'newer-version',
      file: `${id}.json`,
      message: `${what} was saved by a newer version of Compute Explorer (format ${read.version}); ${shown}.`,
    });
    return read.profile ? { profile: read.profile, readOnly: true, indexable: false } : null;
  }
  if (read.fromVersion < PROFILE_SCHEMA_VERSION && !ctx.migratedNoticed.has(id)) {
    ctx.migratedNoticed.add(id);
    notices.push({
      kind: 'migrated',
      file: `${id}.json`,
      message:
        `"${read.profile.name}" is in an older format (${read.fromVersion}) and was converted as it loaded. ` +
        `Your next save writes the current format and keeps the original as ${id}.v${read.fromVersion}.backup.json.`,
    });
  }
  const profile = await observe(ctx, read, false);
  return profile ? { profile, readOnly: false, indexable: read.fromVersion === PROFILE_SCHEMA_VERSION } : null;
}

/** The file's stamp and when it was taken, or null when stat fails (the read then says why). */
function stamped(ctx: StoreContext, id: string): { stamp: FileStamp; at: number } | null {
  const at = Date.now();
  try {
    const stats = statSync(profileFile(ctx.dir, id), { throwIfNoEntry: false });
    return stats?.isFile() ? { stamp: stampOf(stats), at } : null;
  } catch {
    return null;
  }
}

/**
 * The summary the index keeps while the file is unchanged; otherwise the file
 * is read (stamped first, so a change during the read shows as a new stamp).
 */
async function summaryOf(
  ctx: StoreContext,
  pass: IndexPass,
  index: ProfileIndex,
  id: string,
  notices: StoreNotice[],
): Promise<ProfileSummary | null> {
  const before = stamped(ctx, id);
  const kept = before && index.lookup(id, before.stamp);
  if (kept) {
    pass.keep(id);
    return kept;
  }
  const scanned = await scanOne(ctx, id, notices);
  if (!scanned) return null;
  const summary = toSummary(scanned.profile, { readOnly: scanned.readOnly, example: false });
  if (before && scanned.indexable && settledAt(before.stamp, before.at)) pass.record(id, before.stamp, summary);
  return summary;
}

/**
 * Lists every profile file: from the index where the file is unchanged, else
 * by reading it. Dropped-in files are adopted first; unreadable
 * files are set aside (their notices wait in `ctx.pending`); newer-version and
 * migrated files are reported in the notices returned.
 */
export async function scanProfiles(
  ctx: StoreContext,
  index: ProfileIndex,
  options: { adopt: boolean },
): Promise<{ profiles: ProfileSummary[]; notices: StoreNotice[] }> {
  let entries = await listEntries(ctx);
  if (options.adopt || entries.foreign.length > 0) {
    const notice = (n: StoreNotice) => ctx.pending.push(n);
    if ((await adoptForeignFiles(entries.foreign, { dir: ctx.dir, now: ctx.now, notice })) > 0) {
      entries = await listEntries(ctx);
    }
  }
  const notices: StoreNotice[] = [];
  const profiles: ProfileSummary[] = [];
  const pass = index.beginPass();
  let sliceStart = performance.now();
  for (const id of entries.ids) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTurn();
      sliceStart = performance.now();
    }
    const summary = await summaryOf(ctx, pass, index, id, notices);
    if (summary) profiles.push(summary);
  }
  pass.end();
  return { profiles, notices };
}
