import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  PRICE_BOOK_SCHEMA_VERSION,
  PRICE_BOOK_TEXT_MAX,
  priceBookDataSchema,
  type PriceBookData,
} from '../../common/pricing/price-book-data';
import { describeZodError } from '../../common/schema-error';
import { setAside } from '../profiles/set-aside';
import { writeFileAtomic } from '../store/write-file-atomic';

/**
 * `<data dir>/price-books/`: one file per Region's current book
 * (`eu-central-1.json`) and the books it replaced (`eu-central-1@aws-20250905….json`),
 * kept so a later version can say what changed. Every file is parsed by the
 * schema when read; one that fails is renamed `NAME.corrupt-<timestamp>.json`
 * and reported, never deleted; one from a newer app is left alone.
 */
export interface StoredBook {
  /** The file name without `.json`: the Region code for the current book. */
  name: string;
  current: boolean;
  book: PriceBookData;
}

export interface StoreProblem {
  file: string;
  message: string;
  /** Where a damaged file was moved. */
  movedTo?: string;
}

export type BookRead =
  { kind: 'ok'; book: PriceBookData } | { kind: 'missing' } | { kind: 'unreadable'; problem: StoreProblem };

export class PriceBookStoreError extends Error {}

const BOOK_FILE = /^([a-z0-9-]+)(?:@([A-Za-z0-9._-]+))?\.json$/;
const isBookFile = (name: string) => BOOK_FILE.test(name) && !name.includes('.corrupt-');

export const PRICE_BOOKS_FOLDER = 'price-books';

export class PriceBookStore {
  constructor(
    readonly dir: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  static inDataDir(dataDir: string, now?: () => Date): PriceBookStore {
    return new PriceBookStore(path.join(dataDir, PRICE_BOOKS_FOLDER), now);
  }

  /** Every readable book, current ones first, and what was wrong with the others. */
  async list(): Promise<{ books: StoredBook[]; problems: StoreProblem[] }> {
    let names: string[];
    try {
      names = (await readdir(this.dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { books: [], problems: [] };
      throw error;
    }
    const books: StoredBook[] = [];
    const problems: StoreProblem[] = [];
    for (const file of names.filter(isBookFile).sort()) {
      const name = file.slice(0, -'.json'.length);
      const read = await this.get(name);
      if (read.kind === 'ok') books.push({ name, current: !name.includes('@'), book: read.book });
      if (read.kind === 'unreadable') problems.push(read.problem);
    }
    books.sort((a, b) => Number(b.current) - Number(a.current) || a.name.localeCompare(b.name));
    return { books, problems };
  }

  /** A book by name (`eu-central-1`, `eu-central-1@aws-2025…`); a damaged file is set aside. */
  async get(name: string): Promise<BookRead> {
    if (!BOOK_FILE.test(`${name}.json`)) return { kind: 'missing' };
    const file = path.join(this.dir, `${name}.json`);
    let text: string;
    try {
      if ((await stat(file)).size > PRICE_BOOK_TEXT_MAX) return this.damaged(file, 'too big to be a price book');
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
      throw error;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return this.damaged(
        file,
        text.trim() === '' ? 'the file is empty' : `not valid JSON (${(error as Error).message})`,
      );
    }
    const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (typeof version === 'number' && version > PRICE_BOOK_SCHEMA_VERSION) {
      const message = `written by a newer version of Compute Explorer (format ${version}); left as it is`;
      return { kind: 'unreadable', problem: { file: path.basename(file), message } };
    }
    const parsed = priceBookDataSchema.safeParse(data);
    if (!parsed.success) return this.damaged(file, describeZodError(parsed.error));
    return { kind: 'ok', book: parsed.data };
  }

  /**
   * Makes `book` its Region's current book. The book it replaces (another
   * version) is kept beside it under its version. Atomic: a reader sees the
   * old book or the new one, never half.
   */
  async put(book: PriceBookData): Promise<{ name: string; replaced?: string }> {
    const parsed = priceBookDataSchema.safeParse(book);
    if (!parsed.success) throw new PriceBookStoreError(`Not a valid price book: ${describeZodError(parsed.error)}`);
    const region = parsed.data.region.code;
    await mkdir(this.dir, { recursive: true });
    const previous = await this.get(region);
    let replaced: string | undefined;
    if (previous.kind === 'ok' && previous.book.version !== parsed.data.version) {
      replaced = `${region}@${previous.book.version}`;
      if (!BOOK_FILE.test(`${replaced}.json`)) replaced = `${region}@replaced-${this.now().getTime()}`;
      await writeFileAtomic(path.join(this.dir, `${replaced}.json`), toText(previous.book));
    }
    await writeFileAtomic(path.join(this.dir, `${region}.json`), toText(parsed.data));
    return { name: region, ...(replaced ? { replaced } : {}) };
  }

  private async damaged(file: string, message: string): Promise<BookRead> {
    const movedTo = await setAside(file, this.now());
    return {
      kind: 'unreadable',
      problem: { file: path.basename(file), message, ...(movedTo ? { movedTo } : {}) },
    };
  }
}

const toText = (book: PriceBookData) => `${JSON.stringify(book, null, 2)}\n`;
