import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonSliceError, JsonSlicer, type JsonSliceHandler, type SliceDecision } from './json-slicer';

type Found = [path: string, value: unknown];

/** What a slicer capturing every value `depth` levels down finds, worked out from the parsed value. */
function valuesAtDepth(value: unknown, depth: number, path: string[] = []): Found[] {
  if (depth === 0) return [[path.join('/'), value]];
  if (value === null || typeof value !== 'object') return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  return entries.flatMap(([key, v]) => valuesAtDepth(v, depth - 1, [...path, key]));
}

function slice(chunks: ReadonlyArray<string | Buffer>, decide: (path: readonly string[]) => SliceDecision): Found[] {
  const found: Found[] = [];
  const handler: JsonSliceHandler = {
    decide,
    captured: (path, text) => found.push([path.join('/'), JSON.parse(text)]),
  };
  const slicer = new JsonSlicer(handler);
  for (const chunk of chunks) slicer.write(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  slicer.end();
  return found;
}

/** The UTF-8 bytes of `text`, cut anywhere, even inside a character. */
function splitAt(text: string, cuts: number[]): Buffer[] {
  const bytes = Buffer.from(text);
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  return [0, ...points].map((p, i, all) => bytes.subarray(p, all[i + 1] ?? bytes.length));
}

describe('JSON slicer', () => {
  it('captures exactly the values JSON.parse sees at a depth, however the text is split into chunks', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 12 }),
        (value, depth, pretty, cuts) => {
          const text = JSON.stringify(value, null, pretty ? 2 : undefined) ?? 'null';
          const found = slice(splitAt(text, cuts), (path) => (path.length < depth ? 'descend' : 'capture'));
          expect(found).toEqual(valuesAtDepth(JSON.parse(text), depth));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('skips what it is told to skip and still finds what follows', () => {
    const text = JSON.stringify({
      offerCode: 'AmazonEC2',
      products: { A: { sku: 'A' }, B: { sku: 'B', note: 'a "quoted" }] brace \\' } },
      terms: { Reserved: { A: { x: [1, { y: '}' }] } }, OnDemand: { B: { price: '0.1' } } },
    });
    const decide = (path: readonly string[]): SliceDecision => {
      if (
        path.length === 0 ||
        (path[0] === 'terms' && path.length < 3) ||
        (path[0] === 'products' && path.length === 1)
      ) {
        return path[1] === 'Reserved' ? 'skip' : 'descend';
      }
      if (path[0] === 'offerCode') return 'capture';
      return path[0] === 'products' && path[1] === 'A' ? 'skip' : 'capture';
    };
    for (const chunks of [[text], text.split('')]) {
      expect(slice(chunks, decide)).toEqual([
        ['offerCode', 'AmazonEC2'],
        ['products/B', { sku: 'B', note: 'a "quoted" }] brace \\' }],
        ['terms/OnDemand/B', { price: '0.1' }],
      ]);
    }
  });

  it('reads keys with escapes, split anywhere, and a byte-order mark', () => {
    const text = '\uFEFF{"a\\"b": {"c\\\\": 1}, "\\u00e9": [true, null], "ü": "€"}';
    const bytes = Buffer.from(text);
    for (let cut = 0; cut <= bytes.length; cut++) {
      const chunks = [bytes.subarray(0, cut), bytes.subarray(cut)];
      expect(slice(chunks, (p) => (p.length < 1 ? 'descend' : 'capture'))).toEqual([
        ['a"b', { 'c\\': 1 }],
        ['é', [true, null]],
        ['ü', '€'],
      ]);
    }
  });

  it('says where the JSON goes wrong', () => {
    const descendAll = () => 'descend' as const;
    expect(() => slice(['{"a" 1}'], descendAll)).toThrow(/unexpected "1}" where ':' should be \(byte 6\)/);
    expect(() => slice(['{"a": 1,}'], descendAll)).toThrow(JsonSliceError);
    expect(() => slice(['{"a": 1} x'], descendAll)).toThrow(/after the end of the JSON/);
    expect(() => slice(['<html>'], descendAll)).toThrow(/where a value should be/);
  });

  it('refuses a truncated file', () => {
    const text = JSON.stringify({ products: { A: { sku: 'A', attributes: { x: 'y' } } } });
    for (let cut = 0; cut < text.length; cut++) {
      expect(() => slice([text.slice(0, cut)], (p) => (p.length < 2 ? 'descend' : 'capture')), `cut ${cut}`).toThrow(
        /truncated/,
      );
    }
  });
});
