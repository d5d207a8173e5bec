import { PRESET_COMPARISONS, SERVICES } from '../catalog';
import { profileActions } from '../profiles/profile-actions.svelte';
import { profiles } from '../profiles/profiles.svelte';
import { userDiagrams } from '../diagrams/user-diagrams.svelte';
import { router } from '../router.svelte';
import type { Availability } from './command-context';
import type { Searchable } from './command-filter';
import { goToEntries, type GoToEntry } from './go-to-entries';
import { commandAvailability, PALETTE_COMMANDS, runCommand } from './registry.svelte';

/** One line of the palette: a command, or a place to go. */
export interface PaletteEntry extends Searchable {
  /** Stable and DOM-id safe; a command's id for commands. */
  key: string;
  accelerator?: string;
  state: Availability;
  run(): Promise<void> | void;
}

const ALWAYS: Availability = { enabled: true };

async function goTo(entry: GoToEntry): Promise<void> {
  if ('route' in entry.target) return router.go(entry.target.route);
  if (await profileActions.open(entry.target.profileId)) router.go({ name: 'costs' });
}

/** Commands first, as the menus order them, then every place. Reads reactive state: call it in `$derived`. */
export function paletteEntries(): PaletteEntry[] {
  const commands = PALETTE_COMMANDS.map((command) => ({
    key: command.id,
    label: command.label,
    group: command.group,
    accelerator: command.accelerator,
    state: commandAvailability(command.id),
    run: () => runCommand(command.id, 'palette'),
  }));
  const places = goToEntries(SERVICES, PRESET_COMPARISONS, profiles.list, userDiagrams.extra).map((entry) => ({
    key: entry.key,
    label: entry.label,
    group: entry.group,
    keywords: entry.keywords,
    state: ALWAYS,
    run: () => goTo(entry),
  }));
  return [...commands, ...places];
}
