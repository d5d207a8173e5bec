import { findForbiddenKey } from '../forbidden-keys';

export type JsonTextResult = { ok: true; value: Record<string, unknown> } | { ok: false; reason: string };

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** Parser messages quote the input, which may be binary or huge. */
function printable(message: string): string {
  const clean = message.replace(/[\p{Cc}\p{Cs}]/gu, '?');
  return clean.length > 120 ? `${clean.slice(0, 119)}…` : clean;
}

/**
 * Parses untrusted text that should hold one JSON object, with a reason a
 * person can act on when it doesn't.
 */
export function parseJsonObject(text: string): JsonTextResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, reason: 'the file is empty' };
  if (body.includes('\u0000')) return { ok: false, reason: 'this is a binary file, not JSON text' };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return { ok: false, reason: `it is not valid JSON (${printable((error as Error).message)})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: `expected a JSON object, found ${kindOf(value)}` };
  }
  const forbidden = findForbiddenKey(value);
  if (forbidden !== null) return { ok: false, reason: `it contains the forbidden key "${forbidden.key}"` };
  return { ok: true, value: value as Record<string, unknown> };
}
