/**
 * The app's commands: what the application menu, the command palette and
 * keyboard shortcuts all run. Plain data shared by the main process and the
 * renderer, so the menu and the palette show the same names and shortcuts.
 * Ids are stable: menus, shell events and tests refer to them.
 */
export const COMMAND_IDS = [
  'new-profile',
  'open-profile',
  'save-profile',
  'save-profile-as',
  'import-profile',
  'export-profile',
  'export-costs',
  'export-report',
  'import-prices',
  'update-prices',
  'export-diagram',
  'copy-diagram',
  'export-all',
  'present',
  'next-service',
  'previous-service',
  'toggle-sliders',
  'toggle-theme',
  'command-palette',
  'about',
] as const;

export type CommandId = (typeof COMMAND_IDS)[number];

export type CommandGroup = 'Profile' | 'Diagram' | 'View' | 'Go' | 'Help';

export interface CommandInfo {
  /** Title case, as menus write it; the palette shows the same words. */
  label: string;
  group: CommandGroup;
  /**
   * Electron's accelerator syntax (`CmdOrCtrl+Shift+S`); the renderer formats
   * it per platform and matches key presses against it.
   */
  accelerator?: string;
}

export const COMMANDS: Record<CommandId, CommandInfo> = {
  'new-profile': { label: 'New Profile', group: 'Profile', accelerator: 'CmdOrCtrl+N' },
  'open-profile': { label: 'Open Profile…', group: 'Profile', accelerator: 'CmdOrCtrl+O' },
  'save-profile': { label: 'Save Profile', group: 'Profile', accelerator: 'CmdOrCtrl+S' },
  'save-profile-as': { label: 'Save Profile As…', group: 'Profile', accelerator: 'CmdOrCtrl+Shift+S' },
  'import-profile': { label: 'Import Profile…', group: 'Profile' },
  'export-profile': { label: 'Export Profile…', group: 'Profile' },
  'export-costs': { label: 'Export Costs…', group: 'Profile' },
  'export-report': { label: 'Export Report (PDF)…', group: 'Profile' },
  'import-prices': { label: 'Import Price Files…', group: 'Profile' },
  'update-prices': { label: 'Update Prices for a Region…', group: 'Profile' },
  'export-diagram': { label: 'Export Diagram as PNG', group: 'Diagram', accelerator: 'CmdOrCtrl+E' },
  'copy-diagram': { label: 'Copy Diagram as PNG', group: 'Diagram', accelerator: 'CmdOrCtrl+Shift+C' },
  'export-all': { label: 'Export All Diagrams…', group: 'Diagram', accelerator: 'CmdOrCtrl+Shift+E' },
  present: { label: 'Present', group: 'View', accelerator: 'F5' },
  'toggle-sliders': { label: 'Toggle Sliders Panel', group: 'View', accelerator: 'CmdOrCtrl+B' },
  'toggle-theme': { label: 'Toggle Light/Dark Theme', group: 'View' },
  'next-service': { label: 'Next Service', group: 'Go', accelerator: 'Alt+Down' },
  'previous-service': { label: 'Previous Service', group: 'Go', accelerator: 'Alt+Up' },
  'command-palette': { label: 'Command Palette…', group: 'View', accelerator: 'CmdOrCtrl+K' },
  about: { label: 'About Compute Explorer', group: 'Help' },
};

export function isCommandId(value: string): value is CommandId {
  return (COMMAND_IDS as readonly string[]).includes(value);
}
