import { app, BrowserWindow } from 'electron';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { APP_VERSION } from '../node/build-info';
import { createAppHandlers } from '../node/ipc/app-handlers';
import { createPricingService } from '../node/pricing/pricing-service';
import { openProfileStore } from '../node/profiles/profile-store';
import { createProfileFileOpener, profileFilePaths } from '../node/shell/open-profile-files';
import { createShellEventQueue } from '../node/shell/shell-event-queue';
import { installAppMenu } from './app-menu';
import { registerAppScheme, serveRendererOnAppScheme } from './app-protocol';
import { createDesktopServices } from './desktop-export';
import { exposeHandlersOverIpc } from './ipc-adapter';
import { hardenWebContents } from './security';
import { chooseOfferFiles } from './price-file-dialog';
import { createMainWindow } from './window';

// Tests and portable setups point the app at another data folder; it must be
// set before anything reads userData (the single-instance lock included), and
// it must exist first: setPath throws on a missing folder.
const dataDirOverride = process.env.COMPUTE_EXPLORER_DATA_DIR;
if (dataDirOverride) {
  const dataDir = path.resolve(dataDirOverride);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  app.setPath('userData', dataDir);
}

// Profile files from the command line, a second launch or the dock icon; they wait for the store.
const profileFiles = createProfileFileOpener();

// One window, one process: a second launch focuses the first.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.on('second-instance', (_event, argv, workingDirectory) => {
    profileFiles.open(profileFilePaths(argv, workingDirectory));
    const window = BrowserWindow.getAllWindows()[0];
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.on('window-all-closed', () => app.quit());
  // macOS sends files dropped on the dock icon (even the one that launched the app) this way.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    profileFiles.open([file]);
  });
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  hardenWebContents();
  serveRendererOnAppScheme(path.resolve(__dirname, '..', 'renderer'));
  const pricing = createPricingService();
  pricing.warmUp();
  const profiles = await openProfileStore({ dir: path.join(app.getPath('userData'), 'profiles') });
  // The page's first list is then served from a listing made while the window loads.
  profiles.warmUp();
  const shellEvents = createShellEventQueue();
  app.on('will-quit', () => {
    shellEvents.close();
    void pricing.close();
    void profiles.close();
  });
  exposeHandlersOverIpc(
    createAppHandlers({
      shell: 'electron',
      dataDir: app.getPath('userData'),
      version: APP_VERSION,
      versions: {
        electron: process.versions.electron ?? '',
        chrome: process.versions.chrome ?? '',
        node: process.versions.node,
      },
      pricing,
      profiles,
      desktop: createDesktopServices(app.getPath('userData')),
      chooseOfferFiles,
      shellEvents,
    }),
  );
  installAppMenu({ shellEvents, files: profileFiles });
  profileFiles.attach({ importText: profiles.importText, push: shellEvents.push });
  profileFiles.open(profileFilePaths(process.argv, process.cwd()));
  await createMainWindow(app.getPath('userData'));
}
