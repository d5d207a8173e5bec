import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUNDLED_PRICE_BOOK } from '../../common/pricing/price-book';
import type { PriceBookData } from '../../common/pricing/price-book-data';
import { RegionBooks } from './region-books';

let dataDir: string;
let books: RegionBooks;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'region-books-'));
  books = RegionBooks.inDataDir(dataDir);
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

const frankfurt = (version: string): PriceBookData => ({
  ...BUNDLED_PRICE_BOOK,
  region: { code: 'eu-central-1', name: 'EU (Frankfurt)' },
  version,
});

describe("each Region's price book", () => {
  it('is the bundled book for us-east-1 until one is imported', async () => {
    expect(await books.forRegion('us-east-1')).toEqual({ ok: true, book: BUNDLED_PRICE_BOOK });
  });

  it('is the imported book for a Region that has one, read again when the file changes', async () => {
    await books.store.put(frankfurt('v1'));
    const first = await books.forRegion('eu-central-1');
    expect(first.ok && first.book.version).toBe('v1');
    expect(await books.forRegion('eu-central-1')).toEqual(first);
    await books.store.put(frankfurt('v2-longer'));
    const second = await books.forRegion('eu-central-1');
    expect(second.ok && second.book.version).toBe('v2-longer');
  });

  it('says how to get prices for a Region without a book', async () => {
    expect(await books.forRegion('sa-east-1')).toEqual({
      ok: false,
      message: expect.stringMatching(/^There is no price book for sa-east-1 \(South America \(Sao Paulo\)\): import/),
    });
  });

  it('names a damaged book file, and sets it aside', async () => {
    await mkdir(books.store.dir, { recursive: true });
    await writeFile(path.join(books.store.dir, 'eu-central-1.json'), '{"schemaVersion": 1, "region": 3}');
    const read = await books.forRegion('eu-central-1');
    expect(read).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^The price book eu-central-1\.json cannot be used: .*set aside as eu-central-1\.corrupt-/,
      ),
    });
    expect(books.problems.map((p) => p.file)).toEqual(['eu-central-1.json']);
  });
});
