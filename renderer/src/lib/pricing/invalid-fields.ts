/** A field whose typed value was refused: the workload keeps its last valid value meanwhile. */
export interface InvalidField {
  key: string;
  label: string;
  error: string;
}

function names(fields: readonly InvalidField[]): string {
  const labels = fields.map((field) => `“${field.label}”`);
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

/** Why Save refuses, naming each field and what it needs: nothing invalid is ever written. */
export function saveRefusal(fields: readonly InvalidField[]): string | null {
  if (fields.length === 0) return null;
  const detail = fields.map((field) => `${field.label}: ${field.error}`).join(' ');
  return `Not saved: fix ${names(fields)} first. ${detail}`;
}

/** The banner over the results while a field is refused. */
export function lastValidNotice(fields: readonly InvalidField[]): string | null {
  if (fields.length === 0) return null;
  const verb = fields.length === 1 ? 'is' : 'are';
  return `Showing costs for the last valid inputs: ${names(fields)} ${verb} not valid yet.`;
}
