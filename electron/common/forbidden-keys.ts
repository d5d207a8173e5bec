/**
 * Own keys named like this are harmless after JSON.parse, but a later
 * Object.assign, a spread into a record or a careless merge turns them into
 * prototype writes, and a schema building a record drops `__proto__`
 * without a word. Input holding one is refused, with where it was.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface ForbiddenKey {
  key: string;
  /** Where it sits: the keys and indexes leading to it, the key itself last. */
  path: PropertyKey[];
}

/** The first forbidden key anywhere in a value; a walk, safe on cycles (IPC's structured clone allows them). */
export function findForbiddenKey(root: unknown): ForbiddenKey | null {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: root, path: [] }];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    for (const key of Object.keys(value)) {
      const at = [...path, Array.isArray(value) ? Number(key) : key];
      if (FORBIDDEN_KEYS.has(key)) return { key, path: at };
      stack.push({ value: (value as Record<string, unknown>)[key], path: at });
    }
  }
  return null;
}
