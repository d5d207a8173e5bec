import { stat } from 'node:fs/promises';
import path from 'node:path';
import { knownRegion } from '../../common/pricing/aws-regions';
import { BUNDLED_PRICE_BOOK, BUNDLED_REGION, type PriceBook } from '../../common/pricing/price-book';
import { PriceBookStore, type StoreProblem } from './price-book-store';

export type RegionBook = { ok: true; book: PriceBook } | { ok: false; message: string };

/** A Region the app can price, as the Region picker lists it. */
export interface ListedBook {
  region: string;
  regionName: string;
  version: string;
  asOf: string;
  source: PriceBook['source']['kind'];
}

interface Cached {
  mtimeMs: number;
  size: number;
  book: PriceBook;
}

/** "eu-central-1 (EU (Frankfurt))", or the bare code for a Region the app doesn't know by name. */
export function regionLabel(code: string): string {
  const known = knownRegion(code);
  return known ? `${code} (${known.name})` : code;
}

/**
 * The book each Region is priced with: the store's current book for it, or
 * for us-east-1 the bundled one when none was imported. Books are read once
 * and kept while their file is unchanged, so a slider move costs a `stat`,
 * not a parse; a file replaced by an import or `npm run prices` is read again.
 */
export class RegionBooks {
  private readonly cache = new Map<string, Cached>();
  /** Files found damaged (and set aside) since start-up, to report. */
  readonly problems: StoreProblem[] = [];

  constructor(readonly store: PriceBookStore) {}

  static inDataDir(dataDir: string): RegionBooks {
    return new RegionBooks(PriceBookStore.inDataDir(dataDir));
  }

  /**
   * The Regions with a usable book: every current book in the store, and the
   * bundled us-east-1 one unless the store replaces it. Damaged files are set
   * aside and reported, now and on every later listing, never fatal.
   */
  async list(): Promise<{ books: ListedBook[]; problems: StoreProblem[] }> {
    const stored = await this.store.list();
    this.problems.push(...stored.problems);
    const current = stored.books.filter((b) => b.current).map((b) => b.book);
    if (!current.some((book) => book.region.code === BUNDLED_REGION)) current.push(BUNDLED_PRICE_BOOK);
    const books = current
      .map((book) => ({
        region: book.region.code,
        regionName: book.region.name,
        version: book.version,
        asOf: book.asOf,
        source: book.source.kind,
      }))
      .sort((a, b) => a.region.localeCompare(b.region));
    return { books, problems: [...this.problems] };
  }

  async forRegion(region: string): Promise<RegionBook> {
    const file = path.join(this.store.dir, `${region}.json`);
    let stamp: { mtimeMs: number; size: number } | null;
    try {
      stamp = await stat(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      stamp = null;
    }
    if (stamp === null) {
      this.cache.delete(region);
      return region === BUNDLED_REGION ? { ok: true, book: BUNDLED_PRICE_BOOK } : noBook(region);
    }
    const cached = this.cache.get(region);
    if (cached && cached.mtimeMs === stamp.mtimeMs && cached.size === stamp.size)
      return { ok: true, book: cached.book };
    const read = await this.store.get(region);
    if (read.kind === 'ok') {
      this.cache.set(region, { mtimeMs: stamp.mtimeMs, size: stamp.size, book: read.book });
      return { ok: true, book: read.book };
    }
    this.cache.delete(region);
    if (read.kind === 'missing') return this.forRegion(region);
    this.problems.push(read.problem);
    const { file: name, message, movedTo } = read.problem;
    return {
      ok: false,
      message:
        `The price book ${name} cannot be used: ${message}.` +
        (movedTo ? ` It was set aside as ${movedTo}; import the Region's prices again.` : ''),
    };
  }
}

function noBook(region: string): RegionBook {
  return {
    ok: false,
    message:
      `There is no price book for ${regionLabel(region)}: import its prices from AWS's Price List ` +
      `(npm run prices -- import DIR --region ${region}, or update ${region}) first.`,
  };
}
