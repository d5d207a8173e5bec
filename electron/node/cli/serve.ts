import path from 'node:path';
import { startBrowserHost, startupLine } from '../browser-host/server';
import { APP_VERSION } from '../build-info';
import { defaultDataDir } from '../data-dir';
import { createAppHandlers } from '../ipc/app-handlers';
import { createPricingService } from '../pricing/pricing-service';
import { openProfileStore } from '../profiles/profile-store';
import { openProfileFiles } from '../shell/open-profile-files';
import { createShellEventQueue } from '../shell/shell-event-queue';
import { openInSystemBrowser } from './open-browser';
import { parseServeArgs, SERVE_USAGE } from './serve-args';

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
  const shellEvents = createShellEventQueue();
  // Queued until the page asks: it opens them once it connects.
  const opening = openProfileFiles(
    args.files.map((file) => path.resolve(file)),
    { importText: profiles.importText, push: shellEvents.push },
  );
  const host = await startBrowserHost({
    // The bundle lives in dist/electron; the built renderer beside it.
    rendererRoot: path.resolve(__dirname, '..', 'renderer'),
    port: args.port,
    handlers: createAppHandlers({
      shell: 'browser',
      dataDir,
      version: APP_VERSION,
      versions: { node: process.versions.node },
      pricing,
      profiles,
      shellEvents,
    }),
  });
  await opening;
  console.log(startupLine(host));
  console.log(`Data folder: ${dataDir}. Press Ctrl+C to stop.`);
  if (args.open) openInSystemBrowser(host.url);

  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      shellEvents.close();
      void Promise.all([host.close(), pricing.close(), profiles.close()]).then(() => resolve(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
