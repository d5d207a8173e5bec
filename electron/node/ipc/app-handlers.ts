import path from 'node:path';
import { BUNDLED_REGION, type PriceBook } from '../../common/pricing';
import type { ShellEvent } from '../../common/desktop-ipc';
import type { AppInfo } from '../../common/ipc-schemas';
import { priceBookReply } from '../../common/pricing-ipc';
import type { PricingService } from '../pricing/pricing-service';
import { RegionBooks } from '../price-books/region-books';
import type { ProfileStore } from '../profiles/profile-store';
import { createPreferencesStore } from '../store/preferences-store';
import { WorkerUnavailableError, type LaneOutcome } from '../workers/latest-wins-worker';
import { createHandlerTable, HandlerError, type HandlerTable, type Implementations } from './handler-table';
import { keyFiguresHandler } from './key-figures-handler';
import { profileHandlers } from './profile-handlers';
import { priceImportHandlers } from './price-import-handlers';
import type { ChooseOfferFiles } from '../price-jobs/price-import-jobs';
import { createDiagramSvgCache } from '../diagram-cache/diagram-svg-cache';

export interface AppContext {
  shell: AppInfo['shell'];
  dataDir: string;
  version: string;
  versions: Record<string, string>;
  pricing: PricingService;
  profiles: ProfileStore;
  /** Native dialogs and the system clipboard: the desktop shell only. */
  desktop?: DesktopServices;
  /** Menu commands and files to open, fed by the shell; the renderer long-polls it. */
  shellEvents: ShellEventFeed;
  /** Each Region's price book; read from `<dataDir>/price-books/` when not given. */
  books?: RegionBooks;
  /** The desktop shell's native picker for AWS Price List files; browser mode uploads them instead. */
  chooseOfferFiles?: ChooseOfferFiles;
  /** Where Update prices for a Region… fetches from; AWS's public endpoint when not given (tests set it). */
  priceListUrl?: string;
}

export type DesktopMethod =
  'saveExportFile' | 'chooseExportFolder' | 'writeExportFile' | 'copyImageToClipboard' | 'exportReportPdf';
export type DesktopServices = Pick<Implementations, DesktopMethod>;

export interface ShellEventFeed {
  wait(since: number, timeoutMs?: number): Promise<{ counter: number; events: ShellEvent[] }>;
}

const DESKTOP_ONLY =
  'is only available in the desktop app; browser mode downloads the file (or uses the browser clipboard) instead.';

function desktopOnly(services: DesktopServices | undefined): DesktopServices {
  const refuse = (what: string) => async (): Promise<never> => {
    throw new HandlerError('unsupported', `${what} ${DESKTOP_ONLY}`);
  };
  return (
    services ?? {
      saveExportFile: refuse('Saving with a dialog'),
      chooseExportFolder: refuse('Choosing a folder'),
      writeExportFile: refuse('Writing into a folder'),
      copyImageToClipboard: refuse('The system clipboard'),
      exportReportPdf: async (): Promise<never> => {
        throw new HandlerError(
          'unsupported',
          'Saving the report as PDF is only available in the desktop app; in a browser, use Print / Save as PDF.',
        );
      },
    }
  );
}

/** The app's handler table, the same for the desktop app and browser mode. */
export function createAppHandlers(context: AppContext): HandlerTable {
  const preferences = createPreferencesStore(context.dataDir);
  const books = context.books ?? RegionBooks.inDataDir(context.dataDir);
  const diagramCache = createDiagramSvgCache(context.dataDir);
  // The first diagram of a start is asked for within a second: have its picture in memory by then.
  diagramCache.warmUp();
  const bookFor = async (region: string): Promise<PriceBook> => {
    const found = await books.forRegion(region);
    if (!found.ok) throw new HandlerError('not-found', found.message);
    return found.book;
  };
  return createHandlerTable({
    getAppInfo: async () => ({
      name: 'Compute Explorer',
      version: context.version,
      shell: context.shell,
      platform: process.platform,
      dataDir: context.dataDir,
      versions: context.versions,
    }),
    getPreferences: () => preferences.get(),
    updatePreferences: (patch) => preferences.update(patch),
    getPriceBook: async (input) => priceBookReply(await bookFor(input?.region ?? BUNDLED_REGION)),
    listPriceBooks: () => books.list(),
    getPriceBookData: async (input) => bookFor(input?.region ?? BUNDLED_REGION),
    evaluatePricing: async (workload) => fromWorker(context.pricing.evaluate(workload, await bookFor(workload.region))),
    findBreakEven: async (workload) => fromWorker(context.pricing.breakEven(workload, await bookFor(workload.region))),
    evaluateProfiles: async ({ workloads }) => {
      const withBooks = await Promise.all(workloads.map(async (w) => ({ workload: w, book: await bookFor(w.region) })));
      const outcome = await fromWorker(context.pricing.evaluateMany(withBooks));
      // Only sliders' lanes are ever superseded; a comparison waits its turn.
      if (outcome.status !== 'done')
        throw new HandlerError('unavailable', 'The comparison was interrupted; try again.');
      return { results: outcome.result };
    },
    ...keyFiguresHandler(context.profiles, context.pricing, (region) => books.forRegion(region)),
    ...profileHandlers(context.profiles, async (region) => {
      const found = await books.forRegion(region);
      return found.ok ? { region, version: found.book.version } : undefined;
    }),
    ...desktopOnly(context.desktop),
    waitForShellEvents: ({ since, timeoutMs }) => context.shellEvents.wait(since, timeoutMs),
    getCachedDiagrams: ({ keys }) => diagramCache.get(keys),
    storeCachedDiagrams: ({ diagrams }) => diagramCache.put(diagrams),
    ...priceImportHandlers({
      books,
      pricing: context.pricing,
      spoolDir: path.join(context.dataDir, 'price-imports'),
      ...(context.chooseOfferFiles ? { chooseFiles: context.chooseOfferFiles } : {}),
      ...(context.priceListUrl ? { priceListUrl: context.priceListUrl } : {}),
    }),
  });
}

async function fromWorker<T>(outcome: Promise<LaneOutcome<T>>) {
  try {
    const settled = await outcome;
    return settled.status === 'done' ? { status: 'done' as const, result: settled.value } : settled;
  } catch (error) {
    if (error instanceof WorkerUnavailableError) throw new HandlerError('unavailable', error.message);
    throw new HandlerError('invalid-input', (error as Error).message);
  }
}
