/**
 * What the commands open or toggle that has no home of its own: the palette,
 * the About panel, the Costs page's sliders, and the diagram last viewed
 * (what Export/Copy Diagram use away from a service page).
 */
export const commandUi = $state({
  paletteOpen: false,
  aboutOpen: false,
  /** The Export costs dialog (CSV or workbook of the Costs page's estimate). */
  exportCostsOpen: false,
  costsSlidersHidden: false,
  lastOptionId: null as string | null,
});
