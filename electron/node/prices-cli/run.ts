import path from 'node:path';
import { defaultDataDir } from '../data-dir';
import { PriceBookStore } from '../price-books/price-book-store';
import { FlagError } from '../cli/flag-reader';
import { parsePricesArgs, USAGE } from './args';
import { runImport } from './command-import';
import { runDiff, runList } from './command-list-diff';
import { runUpdate } from './command-update';
import { EXIT_BAD_INPUT, EXIT_CANCELLED, EXIT_OK, type PricesCliIo } from './io';

/**
 * `npm run prices -- import | update | list | diff`. Returns the exit code:
 * 0 done, 2 bad arguments or files (nothing changed), 1 a failed download
 * (nothing changed), 130 cancelled.
 */
export async function runPricesCli(argv: readonly string[], io: PricesCliIo): Promise<number> {
  let parsed;
  try {
    parsed = parsePricesArgs(argv);
  } catch (error) {
    if (!(error instanceof FlagError)) throw error;
    io.stderr(`${error.message}\n\n${USAGE}`);
    return EXIT_BAD_INPUT;
  }
  if ('help' in parsed) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  const dataDir = path.resolve(parsed.dataDir ?? (io.env.COMPUTE_EXPLORER_DATA_DIR || defaultDataDir()));
  const store = PriceBookStore.inDataDir(dataDir, io.now);
  const { command } = parsed;
  try {
    switch (command.name) {
      case 'import':
        return await runImport(command, store, io);
      case 'update':
        return await runUpdate(command, store, io);
      case 'list':
        return await runList(store, io);
      case 'diff':
        return await runDiff(command, store, io);
    }
  } catch (error) {
    if (io.signal?.aborted) {
      io.stderr('\nCancelled; nothing was changed.\n');
      return EXIT_CANCELLED;
    }
    throw error;
  }
}
