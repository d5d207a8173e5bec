/**
 * Profile step: a profile gains `deck`, how its presentation is arranged
 * (slide order, slides shown or hidden). A file from before has none: its
 * deck is the default one. Anything else is kept for the schema to judge.
 */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function addDeckLayout(old: unknown): unknown {
  if (!isRecord(old)) return old;
  const version = typeof old.schemaVersion === 'number' ? old.schemaVersion : 0;
  return { ...old, schemaVersion: version + 1, deck: old.deck ?? { order: [], visibility: {} } };
}
