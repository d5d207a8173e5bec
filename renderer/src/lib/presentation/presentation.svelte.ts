import { tick } from 'svelte';
import { setAsideSelection } from './page-selection';

/**
 * Whether the deck is up, which slide it shows and whether the sliders are
 * out. One write path; the deck component reads these and calls the methods.
 */
class PresentationState {
  active = $state(false);
  index = $state(0);
  slidersOpen = $state(false);
  /** The list of slides to reorder, show or hide. */
  arrangeOpen = $state(false);
  private returnFocus: HTMLElement | null = null;
  private returnSelection: () => void = () => undefined;

  /**
   * Call from a key press or a click: browsers grant full screen only within a
   * user gesture. Refused or unavailable, the deck simply fills the window.
   */
  start(): void {
    if (this.active) return;
    this.returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // Before the page goes under the deck (see page-selection.ts).
    this.returnSelection = setAsideSelection(document.getSelection());
    this.index = 0;
    this.slidersOpen = false;
    this.arrangeOpen = false;
    this.active = true;
    const root = document.documentElement;
    if (!document.fullscreenEnabled || document.fullscreenElement) return;
    root.requestFullscreen({ navigationUI: 'hide' }).then(
      // Left before full screen was granted: leave it again at once.
      () => (this.active ? undefined : exitFullscreen()),
      () => undefined,
    );
  }

  stop(): void {
    if (!this.active) return;
    this.active = false;
    this.slidersOpen = false;
    this.arrangeOpen = false;
    exitFullscreen();
    const target = this.returnFocus;
    const giveBackSelection = this.returnSelection;
    this.returnFocus = null;
    this.returnSelection = () => undefined;
    // The page under the deck is inert until the deck is gone.
    void tick().then(() => {
      giveBackSelection();
      if (target?.isConnected) target.focus({ preventScroll: true });
    });
  }

  goTo(index: number): void {
    this.index = index;
  }

  /** One side panel at a time: the stage keeps room to be read. */
  toggleSliders(): void {
    this.slidersOpen = !this.slidersOpen;
    if (this.slidersOpen) this.arrangeOpen = false;
  }

  toggleArrange(): void {
    this.arrangeOpen = !this.arrangeOpen;
    if (this.arrangeOpen) this.slidersOpen = false;
  }

  /** Esc in full screen is the browser's: it leaves full screen, and the deck follows. */
  onFullscreenChange(): void {
    if (this.active && !document.fullscreenElement) this.stop();
  }
}

function exitFullscreen(): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}

export const presentation = new PresentationState();
