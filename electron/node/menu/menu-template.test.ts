import { describe, expect, it } from 'vitest';
import { COMMAND_IDS, COMMANDS } from '../../common/commands';
import { buildMenuTemplate, flattenMenu } from './menu-template';

const PLATFORMS = ['darwin', 'win32', 'linux'] as const;

/** What the standard roles bring with them, so our accelerators never shadow one. */
const ROLE_ACCELERATORS = [
  'CmdOrCtrl+Z',
  'Shift+CmdOrCtrl+Z',
  'CmdOrCtrl+Y',
  'CmdOrCtrl+X',
  'CmdOrCtrl+C',
  'CmdOrCtrl+V',
  'CmdOrCtrl+A',
  'CmdOrCtrl+0',
  'CmdOrCtrl+Plus',
  'CmdOrCtrl+-',
  'CmdOrCtrl+Q',
  'CmdOrCtrl+W',
  'CmdOrCtrl+M',
  'CmdOrCtrl+H',
  'F11',
];

/** `Shift+CmdOrCtrl+Z` and `CmdOrCtrl+Shift+Z` are the same keys. */
const normalise = (accelerator: string) => accelerator.toLowerCase().split('+').sort().join('+');

describe.each(PLATFORMS)('the application menu on %s', (platform) => {
  const template = buildMenuTemplate({ platform, appName: 'Compute Explorer' });
  const items = flattenMenu(template);

  it('has the standard Edit, Window and Help menus by role', () => {
    const roles = template.map((menu) => menu.role);
    expect(roles).toEqual(expect.arrayContaining(['editMenu', 'windowMenu', 'help']));
    expect(template.map((menu) => menu.label ?? menu.role)).toEqual(
      expect.arrayContaining(['File', 'editMenu', 'View', 'windowMenu', 'help']),
    );
  });

  it('lists every command exactly once, with its label and accelerator', () => {
    for (const id of COMMAND_IDS) {
      const found = items.filter((item) => item.id === id);
      expect(found, id).toHaveLength(1);
      expect(found[0]!.label).toBe(COMMANDS[id].label);
      expect(found[0]!.accelerator).toBe(COMMANDS[id].accelerator);
    }
  });

  it('gives no two items the same accelerator, nor one a standard role already uses', () => {
    const ours = items.flatMap((item) => (item.accelerator ? [normalise(item.accelerator)] : []));
    expect(new Set(ours).size).toBe(ours.length);
    const taken = new Set(ROLE_ACCELERATORS.map(normalise));
    expect(ours.filter((accelerator) => taken.has(accelerator))).toEqual([]);
  });

  it('quits from the menu', () => {
    expect(items.some((item) => item.role === 'quit')).toBe(true);
  });
});

describe('platform differences', () => {
  it('macOS starts with the app menu: About runs our panel, then Services, Hide and Quit', () => {
    const [appMenu, ...rest] = buildMenuTemplate({ platform: 'darwin', appName: 'Compute Explorer' });
    expect(appMenu!.label).toBe('Compute Explorer');
    const entries = appMenu!.submenu!.map((item) => item.id ?? item.role ?? item.type);
    expect(entries).toEqual([
      'about',
      'separator',
      'services',
      'separator',
      'hide',
      'hideOthers',
      'unhide',
      'separator',
      'quit',
    ]);
    expect(rest.map((menu) => menu.label ?? menu.role)).toEqual(['File', 'editMenu', 'View', 'windowMenu', 'help']);
  });

  it.each(['win32', 'linux'] as const)(
    '%s has no app menu; About is under Help and File ends with Quit',
    (platform) => {
      const template = buildMenuTemplate({ platform, appName: 'Compute Explorer' });
      expect(template[0]!.label).toBe('File');
      expect(template[0]!.submenu!.at(-1)).toEqual({ role: 'quit' });
      expect(template.find((menu) => menu.role === 'help')!.submenu!.map((item) => item.id)).toEqual(['about']);
    },
  );
});
