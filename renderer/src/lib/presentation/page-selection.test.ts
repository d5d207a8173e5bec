import { describe, expect, it } from 'vitest';
import { setAsideSelection, type PageSelection } from './page-selection';

/** A range between two nodes that are in the page, or not. */
const rangeIn = (start: { isConnected: boolean }, end = start) =>
  ({ startContainer: start, endContainer: end }) as unknown as Range;

/** A selection that records what it holds. */
function selectionHolding(...ranges: Range[]): PageSelection & { held: Range[] } {
  const held = [...ranges];
  return {
    held,
    get rangeCount() {
      return held.length;
    },
    getRangeAt: (index) => held[index]!,
    removeAllRanges: () => void held.splice(0),
    addRange: (range) => void held.push(range),
  };
}

describe('the page’s selection while the deck is up', () => {
  it('is taken off when the deck opens and given back, the same ranges, when it closes', () => {
    const heading = { isConnected: true };
    const caret = rangeIn(heading);
    const selection = selectionHolding(caret);
    const giveBack = setAsideSelection(selection);
    expect(selection.held).toEqual([]);

    giveBack();
    expect(selection.held).toEqual([caret]);
  });

  it('replaces what was selected on a slide meanwhile', () => {
    const original = rangeIn({ isConnected: true });
    const selection = selectionHolding(original);
    const giveBack = setAsideSelection(selection);
    const onSlide = rangeIn({ isConnected: false });
    selection.addRange(onSlide);

    giveBack();
    expect(selection.held).toEqual([original]);
  });

  it('leaves out a range whose text left the page meanwhile, and then leaves the selection alone', () => {
    const gone = { isConnected: true };
    const selection = selectionHolding(rangeIn({ isConnected: true }, gone));
    const giveBack = setAsideSelection(selection);
    gone.isConnected = false;
    const later = rangeIn({ isConnected: true });
    selection.addRange(later);

    giveBack();
    expect(selection.held).toEqual([later]);
  });

  it('with nothing selected, takes nothing off and gives nothing back', () => {
    const selection = selectionHolding();
    const giveBack = setAsideSelection(selection);
    const later = rangeIn({ isConnected: true });
    selection.addRange(later);
    giveBack();
    expect(selection.held).toEqual([later]);
    expect(() => setAsideSelection(null)()).not.toThrow();
  });
});
