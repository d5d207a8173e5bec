/**
 * Profile format 3 → 4: a profile may carry the user's own diagram work
 * (`diagrams`: edits to the generated diagrams and diagrams of their own).
 *
 * Nothing in a format 2 file changes; the version moves so that an older app
 * opens a file with diagrams read-only (a newer format) instead of setting it
 * aside as corrupt over a field it does not know, and so never saves over the
 * user's diagrams without them.
 */
export const USER_DIAGRAMS_FORMAT = 4;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function makeRoomForUserDiagrams(old: unknown): unknown {
  if (!isRecord(old)) return old;
  return { ...old, schemaVersion: USER_DIAGRAMS_FORMAT };
}
