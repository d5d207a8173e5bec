import { readFile } from 'node:fs/promises';
import { BUNDLED_PRICE_BOOK } from '../../common/pricing/price-book';
import { priceBookDataSchema, type PriceBookData } from '../../common/pricing/price-book-data';
import { diffPriceBooks, type PriceChange } from '../../common/pricing/price-book-diff';
import { formatNumber, formatUnitPriceUSD } from '../../common/pricing/format';
import { describeZodError } from '../../common/schema-error';
import type { PriceBookStore } from '../price-books/price-book-store';
import type { Command } from './args';
import { EXIT_BAD_INPUT, EXIT_OK, type PricesCliIo } from './io';
import { describeSource } from './show-book';

function table(rows: readonly string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => cell.padEnd(widths[c]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export async function runList(store: PriceBookStore, io: PricesCliIo): Promise<number> {
  const { books, problems } = await store.list();
  const bundled = BUNDLED_PRICE_BOOK;
  const rows = [
    ['Book', 'Region', 'Version', 'As of', 'Source', 'Prices', 'Absent'],
    [
      'bundled',
      `${bundled.region.code} (${bundled.region.name})`,
      bundled.version,
      bundled.asOf,
      describeSource(bundled),
      String(Object.keys(bundled.prices).length),
      '0',
    ],
    ...books.map(({ name, current, book }) => [
      current ? name : `${name} (replaced)`,
      `${book.region.code} (${book.region.name})`,
      book.version,
      book.asOf,
      describeSource(book),
      String(Object.keys(book.prices).length),
      String(Object.keys(book.absent).length),
    ]),
  ];
  io.stdout(`${table(rows)}\n`);
  for (const problem of problems) {
    const moved = problem.movedTo ? `; renamed ${problem.movedTo}` : '';
    io.stderr(`${problem.file} in ${store.dir}: ${problem.message}${moved}\n`);
  }
  return EXIT_OK;
}

type Loaded = { ok: true; book: PriceBookData; label: string } | { ok: false; message: string };

/** "bundled", a stored book's name, or a book file. */
async function loadBook(ref: string, store: PriceBookStore): Promise<Loaded> {
  if (ref === 'bundled') return { ok: true, book: BUNDLED_PRICE_BOOK, label: 'bundled' };
  if (!/[\\/]|\.json$/.test(ref)) {
    const read = await store.get(ref);
    if (read.kind === 'ok') return { ok: true, book: read.book, label: ref };
    if (read.kind === 'unreadable') return { ok: false, message: `${read.problem.file}: ${read.problem.message}` };
    return { ok: false, message: `No price book "${ref}" (see npm run prices -- list).` };
  }
  let data: unknown;
  try {
    data = JSON.parse(await readFile(ref, 'utf8'));
  } catch (error) {
    return { ok: false, message: `Cannot read ${ref}: ${(error as Error).message}` };
  }
  const parsed = priceBookDataSchema.safeParse(data);
  if (!parsed.success) return { ok: false, message: `${ref} is not a price book: ${describeZodError(parsed.error)}` };
  return { ok: true, book: parsed.data, label: ref };
}

function changeText(change: PriceChange): string {
  const price = (usd: number | null) => (usd === null ? 'absent' : formatUnitPriceUSD(usd));
  const pct =
    change.changePct === null
      ? ''
      : `  ${change.changePct > 0 ? '+' : change.changePct < 0 ? '−' : ''}${formatNumber(Math.abs(change.changePct), 1)}%`;
  const reason = change.absentReason ? `  (${change.absentReason})` : '';
  return `${price(change.from)} → ${price(change.to)} per ${change.unit}${pct}${reason}`;
}

export async function runDiff(
  command: Extract<Command, { name: 'diff' }>,
  store: PriceBookStore,
  io: PricesCliIo,
): Promise<number> {
  const before = await loadBook(command.before, store);
  const after = await loadBook(command.after, store);
  const failed = [before, after].flatMap((l) => (l.ok ? [] : [l.message]));
  if (!before.ok || !after.ok) {
    io.stderr(`${failed.join('\n')}\n`);
    return EXIT_BAD_INPUT;
  }
  const describe = (l: { book: PriceBookData; label: string }) =>
    `${l.label} (${l.book.region.code}, ${l.book.version}, as of ${l.book.asOf})`;
  const changes = diffPriceBooks(before.book, after.book);
  const rows = [['Price', 'What', 'Old → new'], ...changes.map((c) => [c.id, c.label, changeText(c)])];
  const same = Object.keys(after.book.prices).filter(
    (id) => before.book.prices[id]?.usd === after.book.prices[id]!.usd,
  ).length;
  io.stdout(
    [
      `From ${describe(before)} to ${describe(after)}:`,
      changes.length > 0 ? table(rows) : 'No price differs.',
      `${changes.length} ${changes.length === 1 ? 'price differs' : 'prices differ'}, ${same} the same.`,
      '',
    ].join('\n'),
  );
  return EXIT_OK;
}
