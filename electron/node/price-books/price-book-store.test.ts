import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUNDLED_PRICE_BOOK } from '../../common/pricing/price-book';
import { priceBookDataSchema, type PriceBookData } from '../../common/pricing/price-book-data';
import { PriceBookStore, PriceBookStoreError } from './price-book-store';

let dataDir: string;
let store: PriceBookStore;
const NOW = new Date('2025-11-02T10:20:30.456Z');

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'price-books-'));
  store = PriceBookStore.inDataDir(dataDir, () => NOW);
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

const frankfurt = (version: string, m5Large = 0.115): PriceBookData => {
  const book = BUNDLED_PRICE_BOOK;
  return {
    ...book,
    region: { code: 'eu-central-1', name: 'EU (Frankfurt)' },
    version,
    prices: { ...book.prices, 'ec2.m5.large': { ...book.prices['ec2.m5.large']!, usd: m5Large } },
  };
};
const folder = () => path.join(dataDir, 'price-books');
const filesIn = async () => (await readdir(folder())).sort();

describe('price book store', () => {
  it('has no books in a new data folder', async () => {
    expect(await store.list()).toEqual({ books: [], problems: [] });
  });

  it("stores a book as its Region's current book, a file the schema reads back", async () => {
    expect(await store.put(frankfurt('aws-20251028195310'))).toEqual({ name: 'eu-central-1' });
    expect(await filesIn()).toEqual(['eu-central-1.json']);
    const onDisk = JSON.parse(await readFile(path.join(folder(), 'eu-central-1.json'), 'utf8'));
    expect(priceBookDataSchema.parse(onDisk).prices['ec2.m5.large']!.usd).toBe(0.115);
    expect(await store.get('eu-central-1')).toEqual({ kind: 'ok', book: frankfurt('aws-20251028195310') });
  });

  it('keeps the book an update replaces, under its version, and lists the current one first', async () => {
    await store.put(frankfurt('aws-20250905000000', 0.111));
    const put = await store.put(frankfurt('aws-20251028195310'));
    expect(put).toEqual({ name: 'eu-central-1', replaced: 'eu-central-1@aws-20250905000000' });
    expect(await filesIn()).toEqual(['eu-central-1.json', 'eu-central-1@aws-20250905000000.json']);
    const { books } = await store.list();
    expect(books.map((b) => [b.name, b.current, b.book.prices['ec2.m5.large']!.usd])).toEqual([
      ['eu-central-1', true, 0.115],
      ['eu-central-1@aws-20250905000000', false, 0.111],
    ]);
  });

  it('sets a damaged file aside as NAME.corrupt-<timestamp>.json, reports it, and keeps its bytes', async () => {
    await mkdir(folder(), { recursive: true });
    await writeFile(path.join(folder(), 'eu-west-1.json'), '{"schemaVersion": 1, "region": ');
    await store.put(frankfurt('aws-20251028195310'));
    const { books, problems } = await store.list();
    expect(books.map((b) => b.name)).toEqual(['eu-central-1']);
    expect(problems).toEqual([
      {
        file: 'eu-west-1.json',
        message: expect.stringMatching(/^not valid JSON/),
        movedTo: 'eu-west-1.corrupt-2025-11-02T10-20-30-456Z.json',
      },
    ]);
    expect(await readFile(path.join(folder(), 'eu-west-1.corrupt-2025-11-02T10-20-30-456Z.json'), 'utf8')).toBe(
      '{"schemaVersion": 1, "region": ',
    );
    expect((await store.list()).problems).toEqual([]);
  });

  it('names the field a book fails the schema on', async () => {
    await mkdir(folder(), { recursive: true });
    const bad = frankfurt('x', -1);
    await writeFile(path.join(folder(), 'eu-central-1.json'), JSON.stringify(bad));
    const read = await store.get('eu-central-1');
    expect(read).toMatchObject({
      kind: 'unreadable',
      problem: { file: 'eu-central-1.json', message: 'prices.ec2.m5.large.usd: a price cannot be negative' },
    });
  });

  it('leaves a book from a newer app alone and says so', async () => {
    await mkdir(folder(), { recursive: true });
    const text = JSON.stringify({ ...frankfurt('x'), schemaVersion: 2 });
    await writeFile(path.join(folder(), 'eu-central-1.json'), text);
    const { problems } = await store.list();
    expect(problems[0]?.message).toMatch(/newer version of Compute Explorer \(format 2\); left as it is/);
    expect(await filesIn()).toEqual(['eu-central-1.json']);
    expect(await readFile(path.join(folder(), 'eu-central-1.json'), 'utf8')).toBe(text);
  });

  it('refuses to store an invalid book and changes nothing', async () => {
    await store.put(frankfurt('aws-20251028195310'));
    const before = await readFile(path.join(folder(), 'eu-central-1.json'), 'utf8');
    const invalid = { ...frankfurt('aws-2'), currency: 'EUR' } as unknown as PriceBookData;
    await expect(store.put(invalid)).rejects.toThrow(PriceBookStoreError);
    expect(await filesIn()).toEqual(['eu-central-1.json']);
    expect(await readFile(path.join(folder(), 'eu-central-1.json'), 'utf8')).toBe(before);
  });

  it('ignores names that are not book files', async () => {
    expect(await store.get('../profiles/x')).toEqual({ kind: 'missing' });
    expect(await store.get('eu-central-1')).toEqual({ kind: 'missing' });
  });
});
