import { addDeckLayout } from './add-deck-layout';
import { moveWorkloadToPerRequestModel } from './per-request-model';
import { PROFILE_SCHEMA_VERSION } from './profile-schema';
import { recordRegionAndPriceBook } from './region-and-price-book';
import { makeRoomForUserDiagrams } from './user-diagrams-step';

/** What a step may need beyond the old data; passed in so steps stay pure. */
export interface MigrationContext {
  /** The id the profile will have (from its file name, or a fresh one on import). */
  id: string;
  /** Used when the old data carries no name, e.g. the file's base name. */
  fallbackName: string;
  /** ISO timestamp for data that never had one (the file's modification time on disk). */
  now: string;
}

type MigrationStep = (old: unknown, context: MigrationContext) => unknown;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Version 0 is what existed before profiles: a bare workload object (the app's
 * state, `npm run price` files), or `{ name?, notes?, workload }`. Anything
 * else it carried is kept, so the strict schema names it instead of dropping it.
 */
function fromVersion0(old: unknown, context: MigrationContext): unknown {
  const wrapped = isRecord(old) && 'workload' in old ? old : { workload: old };
  const { name, notes, workload, ...rest } = wrapped;
  const blankName = name === undefined || (typeof name === 'string' && name.trim() === '');
  return {
    ...rest,
    schemaVersion: 1,
    id: context.id,
    name: blankName ? context.fallbackName : name,
    notes: notes ?? '',
    workload,
    createdAt: context.now,
    updatedAt: context.now,
    revision: 1,
  };
}

/** `MIGRATIONS[n]` turns version n into version n + 1. */
export const MIGRATIONS: Readonly<Record<number, MigrationStep>> = Object.freeze({
  0: fromVersion0,
  1: moveWorkloadToPerRequestModel,
  2: recordRegionAndPriceBook,
  3: makeRoomForUserDiagrams,
  4: addDeckLayout,
});

/**
 * The version a parsed file claims. A malformed `schemaVersion` is taken as
 * current so the schema check reports it rather than a migration guessing.
 */
export function schemaVersionOf(raw: Record<string, unknown>): number {
  if (!('schemaVersion' in raw)) return 0;
  const version = raw.schemaVersion;
  return Number.isSafeInteger(version) && (version as number) >= 1 ? (version as number) : PROFILE_SCHEMA_VERSION;
}

/**
 * Runs every step from the file's version up to the current one. Data from a
 * newer version is returned untouched: only the caller knows to open it read-only.
 */
export function migrateToCurrent(
  raw: Record<string, unknown>,
  context: MigrationContext,
): { profile: unknown; fromVersion: number } {
  const fromVersion = schemaVersionOf(raw);
  let data: unknown = raw;
  for (let version = fromVersion; version < PROFILE_SCHEMA_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`No migration from profile format ${version}`);
    data = step(data, context);
  }
  return { profile: data, fromVersion };
}
