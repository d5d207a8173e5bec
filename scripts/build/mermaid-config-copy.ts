/**
 * Mermaid copies its whole configuration (every diagram type's settings and
 * some 300 theme colours) each time any part of a drawing asks for it — a
 * few hundred times per flowchart. The copy (`assignWithDepth`) defines every
 * property with `Object.defineProperty`, which V8 cannot optimise: profiling
 * put a fifth of a layout's time there. This swaps in the same function with
 * plain assignment where that is provably the same thing (a fresh plain
 * object, any key but `__proto__`); every other case still goes through
 * `defineProperty`, so Mermaid's guard against prototype pollution stays.
 */
export const ORIGINAL_HEAD = 'var assignWithDepth = /* @__PURE__ */ __name((dst, src, { depth = 2 } = {}) => {';
const ORIGINAL_TAIL = '}, "assignWithDepth");';
/** The one loop that differs from Mermaid's; everything before it is kept as Mermaid wrote it. */
const ORIGINAL_LOOP =
  /\n( *)const dstWithKeys = dst;\n\s*Object\.entries\(src\)\.forEach\(\(\[key, srcValue\]\) => \{\n([\s\S]*?)\n\s*\}\);\n(\s*\}\n\s*return dst;)/;

/** Mermaid's loop body, with `return` (leave this callback) as `continue` and each defineProperty through `own`. */
function fasterLoop(indent: string, body: string): string {
  const rewritten = body
    .replace(/return;/g, 'continue;')
    .replace(
      /Object\.defineProperty\(dst, key, \{\s*value: ([^,]+),\s*writable: true,\s*enumerable: true,\s*configurable: true\s*\}\);/g,
      'own(key, $1);',
    );
  if (/Object\.defineProperty|return/.test(rewritten))
    throw new Error('Mermaid’s assignWithDepth changed: review scripts/build/mermaid-config-copy.ts');
  return [
    `${indent}const dstWithKeys = dst;`,
    `${indent}const plain = Object.getPrototypeOf(dst) === Object.prototype;`,
    `${indent}const own = (key, value) => {`,
    `${indent}  if (plain && key !== "__proto__") dstWithKeys[key] = value;`,
    `${indent}  else Object.defineProperty(dst, key, { value, writable: true, enumerable: true, configurable: true });`,
    `${indent}};`,
    `${indent}const keys = Object.keys(src);`,
    `${indent}const values = Object.values(src);`,
    `${indent}for (let index = 0; index < keys.length; index++) {`,
    `${indent}  const key = keys[index];`,
    `${indent}  const srcValue = values[index];`,
    rewritten,
    `${indent}}`,
  ].join('\n');
}

/** Mermaid's module text with the faster copy, or null when it does not hold `assignWithDepth`. */
export function withFasterConfigCopy(code: string): string | null {
  const start = code.indexOf(ORIGINAL_HEAD);
  if (start < 0) return null;
  const end = code.indexOf(ORIGINAL_TAIL, start);
  const original = code.slice(start, end);
  const match = end > 0 ? ORIGINAL_LOOP.exec(original) : null;
  if (!match) throw new Error('Mermaid’s assignWithDepth changed: review scripts/build/mermaid-config-copy.ts');
  const [whole, indent = '', body = '', rest = ''] = match;
  const faster = original.replace(whole, `\n${fasterLoop(indent, body)}\n${rest}`);
  return code.slice(0, start) + faster + code.slice(end);
}
