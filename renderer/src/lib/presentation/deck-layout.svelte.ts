import { defaultDeckLayout, type DeckLayout } from '../../../../electron/common/profiles/deck-layout-schema';

/**
 * How the open workload's deck is arranged (slide order, slides shown or
 * hidden). Saved with the profile, like the workload; the profile store
 * compares it with what was last loaded to know whether there are unsaved changes.
 */
class DeckLayoutState {
  current = $state.raw<DeckLayout>(defaultDeckLayout());

  set(layout: DeckLayout): void {
    this.current = layout;
  }

  reset(): void {
    this.current = defaultDeckLayout();
  }
}

export const deckLayout = new DeckLayoutState();
