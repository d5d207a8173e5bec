import { holdIdleLayouts } from '../diagrams/idle-layouts';

/**
 * The profiles page is up: no background layout (the warm-ups of every
 * option's and the report's pictures) starts until the returned release is
 * called, when the page goes. The page shows no diagram, the click it waits
 * for (opening a profile) replaces the workload those pictures draw, and a
 * layout started in the idle time before that click (a few hundred ms of main
 * thread) would hold the opened profile's costs back until it finished.
 */
export function profilesPageShown(): () => void {
  return holdIdleLayouts();
}
