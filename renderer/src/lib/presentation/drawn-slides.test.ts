import { describe, expect, it } from 'vitest';
import { drawnSlides, neighbours } from './drawn-slides';

describe('drawnSlides', () => {
  it('draws the shown slide and its warmed neighbours, inside the deck', () => {
    expect(drawnSlides(0, neighbours(0), 11)).toEqual([0, 1]);
    expect(drawnSlides(10, neighbours(10), 11)).toEqual([9, 10]);
    expect(drawnSlides(4, neighbours(4), 11)).toEqual([3, 4, 5]);
  });

  it('keeps the slides drawn for the last position until the neighbours are warmed again', () => {
    expect(drawnSlides(5, neighbours(4), 11)).toEqual([3, 4, 5]);
    expect(drawnSlides(9, neighbours(4), 11)).toEqual([3, 4, 5, 9]);
  });
});
