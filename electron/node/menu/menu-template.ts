import { COMMANDS, type CommandId } from '../../common/commands';

/** The roles this menu uses; each is one of Electron's `MenuItemConstructorOptions['role']`. */
export type MenuRole =
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'close'
  | 'editMenu'
  | 'windowMenu'
  | 'help'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen';

/**
 * Shaped like Electron's MenuItemConstructorOptions, without importing
 * Electron: items that run one of our commands carry its id, and the main
 * process adds the click handler.
 */
export interface MenuItemSpec {
  id?: CommandId;
  label?: string;
  accelerator?: string;
  role?: MenuRole;
  type?: 'separator';
  submenu?: MenuItemSpec[];
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
}

const SEPARATOR: MenuItemSpec = { type: 'separator' };

function command(id: CommandId): MenuItemSpec {
  const { label, accelerator } = COMMANDS[id];
  return accelerator ? { id, label, accelerator } : { id, label };
}

/**
 * The application menu: the standard menus by role, and every command of the
 * app exactly once with its accelerator. macOS adds the app menu (About
 * there runs our About panel, not the stock one) and closes windows from
 * File; elsewhere File ends with Quit and About sits under Help.
 */
export function buildMenuTemplate({ platform, appName }: MenuOptions): MenuItemSpec[] {
  const mac = platform === 'darwin';
  const appMenu: MenuItemSpec = {
    label: appName,
    submenu: [
      command('about'),
      SEPARATOR,
      { role: 'services' },
      SEPARATOR,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      SEPARATOR,
      { role: 'quit' },
    ],
  };
  const file: MenuItemSpec = {
    label: 'File',
    submenu: [
      command('new-profile'),
      command('open-profile'),
      SEPARATOR,
      command('save-profile'),
      command('save-profile-as'),
      SEPARATOR,
      command('import-profile'),
      command('export-profile'),
      command('export-costs'),
      command('export-report'),
      SEPARATOR,
      command('import-prices'),
      command('update-prices'),
      SEPARATOR,
      command('export-diagram'),
      command('copy-diagram'),
      command('export-all'),
      SEPARATOR,
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const view: MenuItemSpec = {
    label: 'View',
    submenu: [
      command('command-palette'),
      SEPARATOR,
      command('next-service'),
      command('previous-service'),
      SEPARATOR,
      command('toggle-sliders'),
      command('toggle-theme'),
      command('present'),
      SEPARATOR,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      SEPARATOR,
      { role: 'togglefullscreen' },
    ],
  };
  // On macOS, About lives in the app menu; Help keeps the system's search field.
  const help: MenuItemSpec = { role: 'help', submenu: mac ? [] : [command('about')] };
  return [...(mac ? [appMenu] : []), file, { role: 'editMenu' }, view, { role: 'windowMenu' }, help];
}

/** Every item of a template, submenus included, in menu order. */
export function flattenMenu(items: readonly MenuItemSpec[]): MenuItemSpec[] {
  return items.flatMap((item) => [item, ...flattenMenu(item.submenu ?? [])]);
}
