import type { AppInfo } from '../../common/ipc-schemas';
import { createPreferencesStore } from '../store/preferences-store';
import { createHandlerTable, type HandlerTable } from './handler-table';

export interface AppContext {
  shell: AppInfo['shell'];
  dataDir: string;
  version: string;
  versions: Record<string, string>;
}

/** The app's handler table, the same for the desktop app and browser mode. */
export function createAppHandlers(context: AppContext): HandlerTable {
  const preferences = createPreferencesStore(context.dataDir);
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
  });
}
