import { api } from '../api';

let shell: Promise<'electron' | 'browser'> | null = null;

/**
 * Whether the app runs in the desktop shell (native dialogs, the system
 * clipboard) rather than browser mode; asked of the host once. If the
 * question fails, browser mode's download is the safe answer: it is asked
 * again next time.
 */
export async function inDesktopApp(): Promise<boolean> {
  shell ??= api.getAppInfo().then(
    (info) => info.shell,
    () => {
      shell = null;
      return 'browser' as const;
    },
  );
  return (await shell) === 'electron';
}
