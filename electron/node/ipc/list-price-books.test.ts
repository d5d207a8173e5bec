import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUNDLED_PRICE_BOOK } from '../../common/pricing/price-book';
import type { PriceBookData } from '../../common/pricing/price-book-data';
import { PriceBookStore } from '../price-books/price-book-store';
import type { PricingService } from '../pricing/pricing-service';
import type { ProfileStore } from '../profiles/profile-store';
import { createShellEventQueue } from '../shell/shell-event-queue';
import { createAppHandlers } from './app-handlers';

let dataDir: string;
let store: PriceBookStore;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'list-price-books-'));
  store = PriceBookStore.inDataDir(dataDir);
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

function listPriceBooks() {
  const handlers = createAppHandlers({
    shell: 'browser',
    dataDir,
    version: '1',
    versions: {},
    // Listing books neither prices nor touches profiles.
    pricing: {} as PricingService,
    profiles: {} as ProfileStore,
    shellEvents: createShellEventQueue(),
  });
  return handlers.dispatch('listPriceBooks', undefined);
}

const imported = (code: string, name: string, version: string): PriceBookData => ({
  ...BUNDLED_PRICE_BOOK,
  region: { code, name },
  version,
  asOf: '2025-11-01',
  source: {
    kind: 'aws-price-list',
    importedAt: '2025-11-02T10:00:00.000Z',
    offers: [
      {
        offerCode: 'AWSLambda',
        version: '20251101000000',
        publicationDate: '2025-11-01T00:00:00Z',
        format: 'json',
        url: 'https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AWSLambda/20251101000000/x/index.json',
      },
    ],
  },
});

const bundled = {
  region: 'us-east-1',
  regionName: 'US East (N. Virginia)',
  version: BUNDLED_PRICE_BOOK.version,
  asOf: BUNDLED_PRICE_BOOK.asOf,
  source: 'bundled',
};

describe('listPriceBooks', () => {
  it('lists the bundled us-east-1 book when the store is empty', async () => {
    expect(await listPriceBooks()).toEqual({ ok: true, value: { books: [bundled], problems: [] } });
  });

  it('lists each stored Region beside the bundled book, and names a damaged file without failing', async () => {
    await store.put(imported('eu-central-1', 'EU (Frankfurt)', 'aws-1'));
    await store.put(imported('sa-east-1', 'South America (Sao Paulo)', 'aws-2'));
    await store.put(imported('sa-east-1', 'South America (Sao Paulo)', 'aws-3'));
    await mkdir(store.dir, { recursive: true });
    await writeFile(path.join(store.dir, 'ap-southeast-2.json'), '{ not json');

    const reply = await listPriceBooks();
    expect(reply.ok).toBe(true);
    const { books, problems } = (reply as { value: { books: unknown[]; problems: { file: string }[] } }).value;
    expect(books).toEqual([
      {
        region: 'eu-central-1',
        regionName: 'EU (Frankfurt)',
        version: 'aws-1',
        asOf: '2025-11-01',
        source: 'aws-price-list',
      },
      // The replaced São Paulo book (aws-2) is kept in the store but is not a Region to pick.
      {
        region: 'sa-east-1',
        regionName: 'South America (Sao Paulo)',
        version: 'aws-3',
        asOf: '2025-11-01',
        source: 'aws-price-list',
      },
      bundled,
    ]);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'ap-southeast-2.json', message: expect.stringMatching(/not valid JSON/) }),
    ]);
    expect((await readdir(store.dir)).some((name) => name.startsWith('ap-southeast-2.corrupt-'))).toBe(true);
  });

  it('lists an imported us-east-1 book instead of the bundled one', async () => {
    await store.put(imported('us-east-1', 'US East (N. Virginia)', 'aws-9'));
    const reply = await listPriceBooks();
    expect(reply).toMatchObject({ ok: true, value: { books: [{ region: 'us-east-1', version: 'aws-9' }] } });
    expect((reply as { value: { books: unknown[] } }).value.books).toHaveLength(1);
  });
});
