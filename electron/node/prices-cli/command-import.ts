import path from 'node:path';
import { BUNDLED_PRICE_BOOK, PRICE_IDS } from '../../common/pricing/price-book';
import type { PriceBookStore } from '../price-books/price-book-store';
import { importPriceBook } from '../price-list/import-price-book';
import { offerFilesIn } from '../price-list/offer-files';
import type { Command } from './args';
import { endProgress, EXIT_BAD_INPUT, EXIT_OK, progressLine, type PricesCliIo } from './io';
import { showImported, showRefusal, showSkipped } from './show-book';

export async function runImport(
  command: Extract<Command, { name: 'import' }>,
  store: PriceBookStore,
  io: PricesCliIo,
): Promise<number> {
  let files: string[];
  try {
    files = await offerFilesIn(command.dir);
  } catch (error) {
    io.stderr(`Cannot read ${command.dir}: ${(error as Error).message}\n`);
    return EXIT_BAD_INPUT;
  }
  if (files.length === 0) {
    io.stderr(`${command.dir} holds no .json or .csv files.\n`);
    return EXIT_BAD_INPUT;
  }
  const result = await importPriceBook({
    files,
    ids: PRICE_IDS,
    template: BUNDLED_PRICE_BOOK,
    notOffered: command.notOffered,
    ...(command.region ? { region: command.region } : {}),
    ...(io.signal ? { signal: io.signal } : {}),
    ...(io.now ? { now: io.now } : {}),
    onProgress: (p) => progressLine(io, 'Reading', p.bytesRead, p.totalBytes),
  });
  endProgress(io);
  showSkipped(io, result.skipped);
  if (!result.ok) {
    showRefusal(io, `The import from ${command.dir}`, result.problems);
    return EXIT_BAD_INPUT;
  }
  const { name, replaced } = await store.put(result.book);
  showImported(io, result.book, path.join(store.dir, `${name}.json`), replaced);
  return EXIT_OK;
}
