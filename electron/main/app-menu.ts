import { app, BrowserWindow, dialog, Menu, type MenuItemConstructorOptions } from 'electron';
import type { CommandId } from '../common/commands';
import { PROFILE_FILE_EXTENSIONS } from '../common/profiles/profile-names';
import { buildMenuTemplate, type MenuItemSpec } from '../node/menu/menu-template';
import type { ProfileFileOpener } from '../node/shell/open-profile-files';
import type { ShellEventQueue } from '../node/shell/shell-event-queue';

interface MenuContext {
  shellEvents: ShellEventQueue;
  files: ProfileFileOpener;
}

/**
 * Import asks here, with the native dialog: a menu click is no user gesture
 * in the page, which would refuse to show its own file picker.
 */
async function importWithDialog(files: ProfileFileOpener): Promise<void> {
  const chosen = await dialog.showOpenDialog({
    title: 'Import profile',
    properties: ['openFile', 'multiSelections'],
    filters: [{ name: 'Workload profiles', extensions: [...PROFILE_FILE_EXTENSIONS] }],
  });
  if (!chosen.canceled) files.open(chosen.filePaths);
}

function withClicks(items: MenuItemSpec[], run: (id: CommandId) => void): MenuItemConstructorOptions[] {
  return items.map(({ id, submenu, ...rest }) => ({
    ...rest,
    ...(id ? { id, click: () => run(id) } : {}),
    ...(submenu ? { submenu: withClicks(submenu, run) } : {}),
  }));
}

/**
 * Commands the page can only carry out within a user gesture (Present asks
 * for full screen). A menu click is one, but the page never sees it: running
 * an empty script "as a gesture" gives the page that activation for the
 * moment the command takes to arrive.
 */
const NEEDS_PAGE_GESTURE: ReadonlySet<CommandId> = new Set(['present']);

async function grantPageGesture(): Promise<void> {
  await BrowserWindow.getFocusedWindow()
    ?.webContents.executeJavaScript('undefined', true)
    .catch(() => undefined);
}

/** The menu's commands reach the renderer as shell events, the same feed in every shell. */
export function installAppMenu({ shellEvents, files }: MenuContext): void {
  const run = (command: CommandId): void => {
    if (command === 'import-profile') void importWithDialog(files);
    else if (NEEDS_PAGE_GESTURE.has(command))
      void grantPageGesture().then(() => shellEvents.push({ kind: 'command', command }));
    else shellEvents.push({ kind: 'command', command });
  };
  const template = buildMenuTemplate({ platform: process.platform, appName: app.getName() });
  Menu.setApplicationMenu(Menu.buildFromTemplate(withClicks(template, run)));
}
