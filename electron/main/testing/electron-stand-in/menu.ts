import type { ContractLog } from './contract';

const ITEM_TYPES = ['normal', 'separator', 'submenu', 'checkbox', 'radio', 'header', 'palette'];

/** `MenuItemConstructorOptions['role']` in Electron's typings, lower-cased as MenuItem does. */
const ROLES = new Set(
  [
    'undo', 'redo', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'delete', 'selectAll', 'reload', 'forceReload',
    'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'toggleSpellChecker', 'togglefullscreen', 'window',
    'minimize', 'close', 'help', 'about', 'services', 'hide', 'hideOthers', 'unhide', 'quit', 'showSubstitutions',
    'toggleSmartQuotes', 'toggleSmartDashes', 'toggleTextReplacement', 'startSpeaking', 'stopSpeaking', 'zoom',
    'front', 'appMenu', 'fileMenu', 'editMenu', 'viewMenu', 'shareMenu', 'recentDocuments', 'toggleTabBar',
    'selectNextTab', 'selectPreviousTab', 'showAllTabs', 'mergeAllWindows', 'clearRecentDocuments',
    'moveTabToNewWindow', 'windowMenu',
  ].map((role) => role.toLowerCase()),
); // prettier-ignore

const MODIFIERS = new Set([
  'command',
  'cmd',
  'control',
  'ctrl',
  'commandorcontrol',
  'cmdorctrl',
  'alt',
  'option',
  'altgr',
  'shift',
  'super',
  'meta',
]);
const NAMED_KEYS = new Set(
  [
    'plus', 'space', 'tab', 'capslock', 'numlock', 'scrolllock', 'backspace', 'delete', 'insert', 'return', 'enter',
    'up', 'down', 'left', 'right', 'home', 'end', 'pageup', 'pagedown', 'escape', 'esc', 'volumeup', 'volumedown',
    'volumemute', 'medianexttrack', 'mediaprevioustrack', 'mediastop', 'mediaplaypause', 'printscreen', 'numdec',
    'numadd', 'numsub', 'nummult', 'numdiv',
  ],
); // prettier-ignore

/** Electron's accelerator syntax: modifiers joined by `+`, then exactly one key code. */
export function isValidAccelerator(accelerator: string): boolean {
  const parts = accelerator.split('+');
  const key = parts.pop()!.toLowerCase();
  if (parts.some((part) => !MODIFIERS.has(part.toLowerCase()))) return false;
  return (
    /^[a-z0-9]$/.test(key) ||
    /^f([1-9]|1[0-9]|2[0-4])$/.test(key) ||
    /^num[0-9]$/.test(key) ||
    /^[)!@#$%^&*(:;<=>,_\-.?/~`{}[\]|\\"']$/.test(key) ||
    NAMED_KEYS.has(key)
  );
}

export interface MenuItemStandIn {
  id?: string;
  label?: string;
  role?: string;
  type: string;
  accelerator?: string;
  click?: () => void;
  submenu?: MenuStandIn;
}

export class MenuStandIn {
  constructor(readonly items: MenuItemStandIn[] = []) {}

  /** Every item, submenus included, in menu order. */
  allItems(): MenuItemStandIn[] {
    return this.items.flatMap((item) => [item, ...(item.submenu?.allItems() ?? [])]);
  }
}

/** `Menu`: builds items from a template with the checks Electron's own buildFromTemplate makes. */
export function createMenuModule(log: ContractLog) {
  let applicationMenu: MenuStandIn | null = null;

  const buildFromTemplate = (template: unknown): MenuStandIn => {
    if (!Array.isArray(template)) log.fail('menuTemplate', 'Invalid template for Menu: Menu template must be an array');
    const valid = template.every(
      (item) =>
        item !== null &&
        typeof item === 'object' &&
        (Object.hasOwn(item, 'label') ||
          Object.hasOwn(item, 'role') ||
          (item as { type?: unknown }).type === 'separator'),
    );
    if (!valid)
      log.fail('menuTemplate', 'Invalid template for MenuItem: must have at least one of label, role or type');
    return new MenuStandIn(
      template.map((options: Record<string, unknown>) => menuItem(options, log, buildFromTemplate)),
    );
  };

  class Menu extends MenuStandIn {
    static buildFromTemplate = buildFromTemplate;
    static setApplicationMenu(menu: MenuStandIn | null): void {
      applicationMenu = menu;
    }
    static getApplicationMenu(): MenuStandIn | null {
      return applicationMenu;
    }
  }
  return { Menu, applicationMenu: () => applicationMenu };
}

function menuItem(
  options: Record<string, unknown>,
  log: ContractLog,
  build: (template: unknown) => MenuStandIn,
): MenuItemStandIn {
  const role = typeof options.role === 'string' ? options.role.toLowerCase() : undefined;
  const submenu = Array.isArray(options.submenu) ? build(options.submenu) : undefined;
  const type = typeof options.type === 'string' ? options.type : submenu ? 'submenu' : 'normal';
  if (!ITEM_TYPES.includes(type)) log.fail('menuTemplate', `Unknown menu item type: ${type}`);
  const label = typeof options.label === 'string' ? options.label : undefined;
  const name = label ?? role ?? type;
  // Electron lets these pass and the item silently does nothing: a broken menu all the same.
  if (role !== undefined && !ROLES.has(role))
    log.note('menuItemRoles', `menu item “${name}” has no such role: ${role}`);
  if (options.click !== undefined && typeof options.click !== 'function') {
    log.note('menuTemplate', `menu item “${name}” has a click that is not a function`);
  }
  const accelerator = typeof options.accelerator === 'string' ? options.accelerator : undefined;
  if (accelerator !== undefined && !isValidAccelerator(accelerator)) {
    log.note('accelerator', `menu item “${name}” has an invalid accelerator: ${accelerator}`);
  }
  return {
    ...(typeof options.id === 'string' ? { id: options.id } : {}),
    ...(label !== undefined ? { label } : {}),
    ...(role !== undefined ? { role } : {}),
    type,
    ...(accelerator !== undefined ? { accelerator } : {}),
    ...(typeof options.click === 'function' ? { click: options.click as () => void } : {}),
    ...(submenu ? { submenu } : {}),
  };
}
