import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ORIGINAL_HEAD, withFasterConfigCopy } from './mermaid-config-copy';

type Assign = (dst: unknown, src: unknown, options?: { depth?: number }) => unknown;

const CHUNKS = path.resolve('node_modules/mermaid/dist/chunks/mermaid.core');
const chunk = readdirSync(CHUNKS)
  .filter((name) => name.endsWith('.mjs'))
  .map((name) => readFileSync(path.join(CHUNKS, name), 'utf8'))
  .find((code) => code.includes(ORIGINAL_HEAD));

/** The `assignWithDepth` a module text defines, as a function. */
function assignIn(code: string): Assign {
  const start = code.indexOf(ORIGINAL_HEAD);
  const end = code.indexOf('"assignWithDepth");', start) + '"assignWithDepth");'.length;
  return new Function('__name', `${code.slice(start, end)}\nreturn assignWithDepth;`)((f: unknown) => f) as Assign;
}

class Theme {
  primaryColor = '#fff';
}

/** Inputs shaped like Mermaid's configuration, plus the cases the original guards against. */
const cases: [string, () => unknown, () => unknown, number?][] = [
  [
    'a configuration copied into a fresh object',
    () => ({}),
    () => ({
      theme: 'base',
      flowchart: { padding: 12, htmlLabels: false, nested: { deep: 1 } },
      themeVariables: { fontSize: '14px', nodeBorder: '#123' },
      secure: ['secure', 'securityLevel'],
      nothing: null,
      maxEdges: 500,
    }),
  ],
  [
    'a merge into settings already there',
    () => ({ flowchart: { padding: 1, curve: 'basis' }, a: 1 }),
    () => ({ flowchart: { padding: 12 }, a: { b: 2 } }),
  ],
  ['a merge into a class instance', () => new Theme(), () => ({ primaryColor: '#000', lineColor: '#111' })],
  ['a list of sources', () => ({}), () => [{ a: 1 }, { b: { c: 2 } }]],
  ['arrays merged without repeats', () => [1, 2], () => [2, 3]],
  ['depth 0', () => ({ a: 1 }), () => ({ b: { c: 1 } }), 0],
  ['depth 3', () => ({}), () => ({ a: { b: { c: { d: 1 } } } }), 3],
  [
    'a source whose own key is __proto__',
    () => ({}),
    () => JSON.parse('{"__proto__": {"polluted": true}, "x": 1}') as unknown,
  ],
  ['a scalar __proto__', () => ({}), () => JSON.parse('{"__proto__": "polluted"}') as unknown],
];

describe('the faster copy of Mermaid’s configuration', () => {
  it('finds Mermaid’s assignWithDepth to patch', () => {
    expect(chunk).toBeDefined();
    expect(withFasterConfigCopy(chunk!)).not.toBe(chunk);
  });

  it.each(cases)('gives what Mermaid’s own copy gives: %s', (_name, dst, src, depth) => {
    const original = assignIn(chunk!);
    const faster = assignIn(withFasterConfigCopy(chunk!)!);
    const options = depth === undefined ? undefined : { depth };
    const expected = original(dst(), src(), options);
    const actual = faster(dst(), src(), options);
    expect(actual).toStrictEqual(expected);
    expect(Object.getOwnPropertyNames(actual)).toEqual(Object.getOwnPropertyNames(expected));
    expect(Object.getPrototypeOf(actual)).toBe(Object.getPrototypeOf(expected));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('leaves modules without the function alone', () => {
    expect(withFasterConfigCopy('export const a = 1;')).toBeNull();
  });
});
