import type { CommandId } from '../../../../electron/common/commands';
import { serviceById } from '../catalog';
import type { Route } from '../routes';

/** What a command's availability depends on, read from the app's state. */
export interface CommandContext {
  route: Route;
  presenting: boolean;
  openProfileName: string | null;
  /** The diagram that Export/Copy Diagram would use, if any. */
  diagramLabel: string | null;
  /** The engine has priced the current workload: there are costs to export. */
  costsPriced: boolean;
}

export type Availability = { enabled: true; detail?: string } | { enabled: false; reason: string };

/** Whether a command can run now and, if not, the reason the palette and notices give. */
export function availability(id: CommandId, context: CommandContext): Availability {
  switch (id) {
    case 'export-profile':
      return context.openProfileName
        ? { enabled: true, detail: `“${context.openProfileName}”` }
        : { enabled: false, reason: 'No profile is open: open one or save this workload first.' };
    case 'export-diagram':
    case 'copy-diagram':
      return context.diagramLabel
        ? { enabled: true, detail: `the “${context.diagramLabel}” diagram` }
        : { enabled: false, reason: 'No diagram yet: open a service page to choose one.' };
    case 'export-costs':
      return context.costsPriced
        ? { enabled: true, detail: 'as CSV or an Excel workbook' }
        : { enabled: false, reason: 'The workload is not priced yet: wait for the Costs page to show its figures.' };
    case 'export-report':
      return context.costsPriced
        ? { enabled: true, detail: 'a printable report of this workload, A4 or Letter' }
        : { enabled: false, reason: 'The workload is not priced yet: wait for the Costs page to show its figures.' };
    case 'toggle-sliders':
      return context.presenting || context.route.name === 'costs'
        ? { enabled: true }
        : { enabled: false, reason: 'The sliders are on the Costs page and in presentation mode.' };
    default:
      return { enabled: true };
  }
}

/**
 * The diagram a diagram command works on: the current service's (its first
 * deployment, or the first it appears in), else the last one viewed.
 */
export function diagramOptionFor(route: Route, lastOptionId: string | null): string | null {
  if (route.name !== 'service') return lastOptionId;
  const service = serviceById(route.id);
  return service.optionIds[0] ?? service.seeAlsoOptionIds?.[0] ?? lastOptionId;
}

export type Shell = 'browser' | 'electron';

/**
 * Who acts on a key press, so no command runs twice. In the desktop app the
 * menu owns every command's accelerator; the page leaves those keys alone
 * (not even preventDefault, which would keep the menu from seeing them on
 * Windows and Linux). The page's own keys (`]`, `/`…) stay the page's, and
 * browser mode has no menu: the page owns them all.
 */
export function keyOwner(shortcut: { isAccelerator: boolean }, shell: Shell): 'page' | 'menu' {
  return shell === 'electron' && shortcut.isAccelerator ? 'menu' : 'page';
}
