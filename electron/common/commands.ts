/**
 * The app's commands: what the application menu, the command palette and
 * keyboard shortcuts all run. Ids only here (plain data, shared by the main
 * process and the renderer); labels and accelerators live beside them.
 */
export const COMMAND_IDS = [
  'new-profile',
  'open-profile',
  'save-profile',
  'save-profile-as',
  'import-profile',
  'export-profile',
  'export-diagram',
  'copy-diagram',
  'export-all',
  'present',
  'next-service',
  'previous-service',
  'toggle-sliders',
  'command-palette',
  'about',
] as const;

export type CommandId = (typeof COMMAND_IDS)[number];
