import * as z from 'zod';
import { describeIssues } from './describe-issues';
import { migrateToCurrent, type MigrationContext } from './migrations';
import { PROFILE_SCHEMA_VERSION, PROFILE_TEXT_MAX, profileSchema, type Profile } from './profile-schema';
import { parseJsonObject } from './safe-json';
import { workloadSchema } from '../pricing/workload-schema';

export type ParsedProfile =
  | { kind: 'ok'; profile: Profile; fromVersion: number }
  /** From a newer app: `profile` is what this app can show of it, if anything. */
  | { kind: 'newer'; version: number; profile: Profile | null }
  | { kind: 'invalid'; reason: string };

// Best effort for a newer file: known fields are shown, unknown ones ignored.
// The result is only ever displayed, never written back.
const newerProfileView = profileSchema.extend({ schemaVersion: z.int(), workload: workloadSchema.strip() }).strip();

function viewOfNewer(raw: Record<string, unknown>, id: string): Profile | null {
  const parsed = newerProfileView.safeParse({ ...raw, id });
  return parsed.success ? { ...parsed.data, schemaVersion: PROFILE_SCHEMA_VERSION } : null;
}

/**
 * A hand-written profile may leave out what the app keeps for itself (when it
 * was made and changed, its revision): they are filled in, as they are for a
 * file without `schemaVersion`. Anything given is left for the schema to judge.
 */
function withBookkeeping(profile: Record<string, unknown>, context: MigrationContext): Record<string, unknown> {
  const createdAt = profile.createdAt ?? context.now;
  return { ...profile, createdAt, updatedAt: profile.updatedAt ?? createdAt, revision: profile.revision ?? 1 };
}

/** Migrates and validates parsed JSON; the id given (from the file name, or fresh) wins over the file's. */
export function parseProfileData(raw: Record<string, unknown>, context: MigrationContext): ParsedProfile {
  const { profile, fromVersion } = migrateToCurrent(raw, context);
  if (fromVersion > PROFILE_SCHEMA_VERSION) {
    return { kind: 'newer', version: fromVersion, profile: viewOfNewer(raw, context.id) };
  }
  const parsed = profileSchema.safeParse({
    ...withBookkeeping(profile as Record<string, unknown>, context),
    id: context.id,
  });
  if (!parsed.success) return { kind: 'invalid', reason: describeIssues(parsed.error) };
  return { kind: 'ok', profile: parsed.data, fromVersion };
}

export function parseProfileText(text: string, context: MigrationContext): ParsedProfile {
  if (text.length > PROFILE_TEXT_MAX) return { kind: 'invalid', reason: 'the file is larger than 1 MB' };
  const json = parseJsonObject(text);
  if (!json.ok) return { kind: 'invalid', reason: json.reason };
  return parseProfileData(json.value, context);
}
