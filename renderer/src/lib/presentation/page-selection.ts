/** The part of the DOM's Selection the deck uses; a test passes a stand-in. */
export type PageSelection = Pick<Selection, 'rangeCount' | 'getRangeAt' | 'removeAllRanges' | 'addRange'>;

/**
 * Takes the page's selection off while the deck covers the page, and returns
 * the call that gives it back. Even the caret a click leaves in the page is a
 * selection, and a selection inside the page hidden under the deck
 * (`content-visibility: hidden`) makes Chromium style and lay that page out
 * again at the start of every frame it changed in: a slider moved on a slide
 * changes the Costs page underneath, so each move's frame cost ~1.5 ms more
 * and the next frame came ~3 ms late (docs/performance.md, "A caret under
 * the deck"). Given back, it is the same ranges; any whose text was removed
 * meanwhile are left out.
 */
export function setAsideSelection(selection: PageSelection | null): () => void {
  if (!selection || selection.rangeCount === 0) return () => undefined;
  const ranges = Array.from({ length: selection.rangeCount }, (_, index) => selection.getRangeAt(index));
  selection.removeAllRanges();
  return () => {
    const kept = ranges.filter((range) => range.startContainer.isConnected && range.endContainer.isConnected);
    if (kept.length === 0) return;
    // Whatever was selected on a slide went with the deck.
    selection.removeAllRanges();
    for (const range of kept) selection.addRange(range);
  };
}
