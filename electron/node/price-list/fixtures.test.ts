import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_ROOT, filesUnder } from './testing/fixture-root';
import { fixtureFiles, writeFixtureTree } from './testing/fixture-tree';

describe('price list fixtures', () => {
  it('are exactly what the generator writes (UPDATE_PRICE_LIST_FIXTURES=1 rewrites them)', async () => {
    if (process.env.UPDATE_PRICE_LIST_FIXTURES === '1') await writeFixtureTree(FIXTURE_ROOT);
    const expected = fixtureFiles();
    const onDisk = (await filesUnder(FIXTURE_ROOT)).filter((f) => f.endsWith('.json') || f.endsWith('.csv'));
    expect(onDisk.map((f) => '/' + path.relative(FIXTURE_ROOT, f).split(path.sep).join('/')).sort()).toEqual(
      [...expected.keys()].sort(),
    );
    for (const [urlPath, text] of expected) {
      expect(await readFile(path.join(FIXTURE_ROOT, ...urlPath.split('/')), 'utf8'), urlPath).toBe(text);
    }
  });

  it('give every product its own SKU within a file', () => {
    for (const [urlPath, text] of fixtureFiles()) {
      if (!urlPath.endsWith('/index.json') || !text.includes('"products"')) continue;
      const skus = Object.keys(JSON.parse(text).products);
      expect(new Set(skus).size, urlPath).toBe(skus.length);
    }
  });
});
