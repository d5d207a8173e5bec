import { describe, expect, it } from 'vitest';
import { deckActionFor } from './deck-keys';
import { NEXT_DIGIT_WITHIN_MS, slideForDigit, type TypedNumber } from './typed-slide-number';

/** The 'go' index the deck's key table gives a digit on its own, as the deck passes it on. */
function freshIndexOf(digit: string): number {
  const action = deckActionFor({
    key: digit,
    shiftKey: false,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    target: 'slide',
  });
  if (action?.kind !== 'go') throw new Error(`${digit} is not a slide key`);
  return action.index;
}

/** Types the digits at the given times on a deck of `count` slides; the slide numbers (from 1) landed on. */
function typeDigits(count: number, keys: [digit: string, at: number][]): number[] {
  let typed: TypedNumber | null = null;
  return keys.map(([digit, at]) => {
    const next = slideForDigit(digit, freshIndexOf(digit), typed, at, count);
    typed = next.typed;
    return next.index + 1;
  });
}

describe('typing a slide number', () => {
  it('jumps at once on one digit, 0 being the tenth', () => {
    expect(typeDigits(12, [['3', 0]])).toEqual([3]);
    expect(typeDigits(12, [['0', 0]])).toEqual([10]);
  });

  it('reaches slides past the ninth with a second digit typed within a moment', () => {
    expect(
      typeDigits(12, [
        ['1', 0],
        ['2', 300],
      ]),
    ).toEqual([1, 12]);
    expect(
      typeDigits(12, [
        ['1', 0],
        ['1', NEXT_DIGIT_WITHIN_MS - 1],
      ]),
    ).toEqual([1, 11]);
  });

  it('starts afresh after a pause, or when the two digits name no slide', () => {
    expect(
      typeDigits(12, [
        ['1', 0],
        ['2', NEXT_DIGIT_WITHIN_MS],
      ]),
    ).toEqual([1, 2]);
    expect(
      typeDigits(12, [
        ['3', 0],
        ['0', 100],
      ]),
    ).toEqual([3, 10]);
    expect(
      typeDigits(9, [
        ['1', 0],
        ['2', 100],
      ]),
    ).toEqual([1, 2]);
  });

  it('keeps a third digit for a number of its own', () => {
    expect(
      typeDigits(12, [
        ['1', 0],
        ['2', 100],
        ['3', 200],
      ]),
    ).toEqual([1, 12, 3]);
  });
});
