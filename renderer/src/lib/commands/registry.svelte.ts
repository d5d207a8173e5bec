import { COMMAND_IDS, COMMANDS, type CommandId, type CommandInfo } from '../../../../electron/common/commands';
import { announcer } from '../announcer.svelte';
import { nextServiceId, optionById, previousServiceId, SERVICES } from '../catalog';
import type { ComputeOptionId } from '../catalog/types';
import { requestExportAll } from '../export/export-all-request.svelte';
import { presentation } from '../presentation/presentation.svelte';
import { profileActions } from '../profiles/profile-actions.svelte';
import { profiles } from '../profiles/profiles.svelte';
import { router } from '../router.svelte';
import { availability, diagramOptionFor, type Availability, type CommandContext, type Shell } from './command-context';
import { commandUi } from './command-ui.svelte';
import { copyDiagramPng, exportDiagramPng } from '../export/diagram-actions';
import { copyUserDiagramPng, saveUserDiagram } from '../export/export-user-diagram';
import { userDiagrams } from '../diagrams/user-diagrams.svelte';
import { pickJsonFile } from './pick-file';
import { api } from '../api';
import { theme } from '../theme.svelte';
import { priceImport } from '../pricing/price-import.svelte';
import { priceUpdate } from '../pricing/price-update.svelte';
import { pricing } from '../pricing/pricing.svelte';

/**
 * The one place commands run: the palette, the keyboard and the desktop
 * menu (through shell events) all call `runCommand`. Each body calls the
 * app's existing actions; none re-implements one.
 */

/** The desktop app's preload exposes `window.explorer`; browser mode has none. */
export const SHELL: Shell = 'explorer' in window ? 'electron' : 'browser';

function diagramOption() {
  const id = diagramOptionFor(router.current, commandUi.lastOptionId);
  return id ? optionById(id as ComputeOptionId) : null;
}

/** On a page of the profile's own diagrams, that diagram: Export/Copy Diagram act on it rather than an option's. */
function userDiagramOnScreen() {
  const route = router.current;
  return route.name === 'diagram' ? (userDiagrams.extra.find((extra) => extra.id === route.id) ?? null) : null;
}

function currentContext(): CommandContext {
  return {
    route: router.current,
    presenting: presentation.active,
    openProfileName: profiles.open?.profile.name ?? null,
    diagramLabel: userDiagramOnScreen()?.title ?? diagramOption()?.label ?? null,
    costsPriced: pricing.result !== null,
  };
}

/** Reads reactive state: call it inside `$derived` to follow changes. */
export function commandAvailability(id: CommandId): Availability {
  return availability(id, currentContext());
}

function goToService(step: 'next' | 'previous'): void {
  const route = router.current;
  const id =
    route.name === 'service'
      ? (step === 'next' ? nextServiceId : previousServiceId)(route.id)
      : (step === 'next' ? SERVICES[0]! : SERVICES.at(-1)!).id;
  router.go({ name: 'service', id });
}

async function importProfile(): Promise<void> {
  const file = await pickJsonFile();
  if (file) await profileActions.importFile(file);
}

function toggleSliders(): void {
  if (presentation.active) presentation.toggleSliders();
  else commandUi.costsSlidersHidden = !commandUi.costsSlidersHidden;
  const shown = presentation.active ? presentation.slidersOpen : !commandUi.costsSlidersHidden;
  announcer.say(shown ? 'Sliders shown.' : 'Sliders hidden.');
}

/** Light ↔ dark from what is shown now (a system choice included), kept as the user's preference. */
async function toggleTheme(): Promise<void> {
  const next = theme.effective === 'dark' ? 'light' : 'dark';
  theme.preference = next;
  announcer.say(next === 'dark' ? 'Dark theme.' : 'Light theme.');
  await api.updatePreferences({ theme: next });
}

/** A failure is shown in the notice bar, where other refusals are. */
async function announcing(work: () => Promise<string>): Promise<void> {
  try {
    announcer.say(await work());
  } catch (error) {
    profiles.say(error instanceof Error ? error.message : String(error));
  }
}

const RUN: Record<CommandId, () => unknown> = {
  'new-profile': async () => {
    await profileActions.startNew();
    router.go({ name: 'costs' });
  },
  'open-profile': () => {
    router.go({ name: 'profiles' });
    announcer.say('Pick a profile to open.');
  },
  'save-profile': () => profileActions.save(),
  'save-profile-as': () => profileActions.saveAs(),
  'import-profile': importProfile,
  'export-profile': () =>
    announcing(async () => {
      const open = profiles.open!.profile;
      await profiles.exportProfile(open.id);
      return `Exported “${open.name}”.`;
    }),
  'export-costs': () => (commandUi.exportCostsOpen = true),
  'export-report': () => router.go({ name: 'report' }),
  'import-prices': () => priceImport.open(),
  'update-prices': () => priceUpdate.open(),
  'export-diagram': () => {
    const extra = userDiagramOnScreen();
    return announcing(() => (extra ? saveUserDiagram(extra, 'png') : exportDiagramPng(diagramOption()!)));
  },
  'copy-diagram': () => {
    const extra = userDiagramOnScreen();
    return announcing(() => (extra ? copyUserDiagramPng(extra) : copyDiagramPng(diagramOption()!)));
  },
  'export-all': requestExportAll,
  // Pressed again while presenting, it starts over, as in slide software.
  present: () => (presentation.active ? presentation.goTo(0) : presentation.start()),
  'next-service': () => goToService('next'),
  'previous-service': () => goToService('previous'),
  'toggle-sliders': toggleSliders,
  'toggle-theme': () => toggleTheme().catch((error: Error) => profiles.say(error.message)),
  'command-palette': () => (commandUi.paletteOpen = true),
  about: () => (commandUi.aboutOpen = true),
};

/**
 * Runs a command if it can run now; otherwise says why (the announcer, and
 * the notice bar when asked from the menu, where nothing else would show it).
 */
export async function runCommand(id: CommandId, from: 'palette' | 'keyboard' | 'menu'): Promise<void> {
  const state = commandAvailability(id);
  if (!state.enabled) {
    announcer.say(`${COMMANDS[id].label}: ${state.reason}`);
    if (from === 'menu') profiles.say(`${COMMANDS[id].label}: ${state.reason}`);
    return;
  }
  await RUN[id]();
}

export interface CommandEntry extends CommandInfo {
  id: CommandId;
}

/** The commands the palette lists: all but the palette itself. */
export const PALETTE_COMMANDS: readonly CommandEntry[] = COMMAND_IDS.filter((id) => id !== 'command-palette').map(
  (id) => ({ id, ...COMMANDS[id] }),
);

/** Remembers the diagram shown, for Export/Copy Diagram on pages without one. */
export function rememberDiagram(): void {
  const route = router.current;
  if (route.name === 'service') commandUi.lastOptionId = diagramOptionFor(route, commandUi.lastOptionId);
}
