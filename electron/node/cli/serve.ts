import path from 'node:path';
import { startBrowserHost, startupLine } from '../browser-host/server';
import { APP_VERSION } from '../build-info';
import { defaultDataDir } from '../data-dir';
import { createAppHandlers } from '../ipc/app-handlers';
import { PRICE_LIST_URL_VARIABLE } from '../price-list/download/price-list-url-variable';
import { createPricingService } from '../pricing/pricing-service';
import { openProfileStore } from '../profiles/profile-store';
import { openProfileFiles } from '../shell/open-profile-files';
import { createShellEventQueue } from '../shell/shell-event-queue';
import { openInSystemBrowser, type LaunchFile } from './open-browser';
import { parseServeArgs, SERVE_USAGE } from './serve-args';

const LAUNCH_FILE_KEPT_MS = 5 * 60_000;

/** Starts browser mode and serves until SIGINT/SIGTERM. Returns when stopped. */
export async function runServe(argv: readonly string[]): Promise<number> {
  let args;
  try {
    args = parseServeArgs(argv);
  } catch (error) {
    console.error(`serve: ${(error as Error).message}\n\n${SERVE_USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(SERVE_USAGE);
    return 0;
  }
  const dataDir = path.resolve(args.dataDir ?? defaultDataDir());
  const pricing = createPricingService();
  pricing.warmUp();
  const profiles = await openProfileStore({ dir: path.join(dataDir, 'profiles') });
  // The page's first list is then served from a listing made while the window loads.
  profiles.warmUp();
  const shellEvents = createShellEventQueue();
  // Queued until the page asks: it opens them once it connects.
  const opening = openProfileFiles(
    args.files.map((file) => path.resolve(file)),
    { importText: profiles.importText, push: shellEvents.push },
  );
  let launch: LaunchFile | null = null;
  const host = await startBrowserHost({
    // The bundle lives in dist/electron; the built renderer beside it.
    rendererRoot: path.resolve(__dirname, '..', 'renderer'),
    port: args.port,
    sourceMaps: args.sourceMaps,
    // The launch file has done its work once the page calls in.
    onAuthorisedCall: () => void launch?.remove(),
    handlers: createAppHandlers({
      shell: 'browser',
      dataDir,
      version: APP_VERSION,
      versions: { node: process.versions.node },
      pricing,
      profiles,
      shellEvents,
      // For tests only (a local server with the fixture tree), as for `npm run prices -- update`.
      ...(process.env[PRICE_LIST_URL_VARIABLE] ? { priceListUrl: process.env[PRICE_LIST_URL_VARIABLE] } : {}),
    }),
  });
  await opening;
  console.log(startupLine(host));
  console.log(`Data folder: ${dataDir}. Press Ctrl+C to stop.`);
  if (args.open) {
    launch = await openInSystemBrowser(host.url);
    // A browser that never came (no desktop, a sandbox that cannot see the file) leaves nothing behind.
    setTimeout(() => void launch?.remove(), LAUNCH_FILE_KEPT_MS).unref();
  }

  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      shellEvents.close();
      void Promise.all([host.close(), pricing.close(), profiles.close(), launch?.remove()]).then(() => resolve(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
