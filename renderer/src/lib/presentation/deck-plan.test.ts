import { describe, expect, it } from 'vitest';
import { defaultDeckLayout, type DeckLayout } from '../../../../electron/common/profiles/deck-layout-schema';
import type { Slide } from './deck';
import { arrangeDeck, moveSlide, setSlideShown, shownSlides } from './deck-plan';

const plain = (key: string): Slide => ({ kind: 'comparison', key, title: key, options: null, recommendedId: null });
const optionSlide = (key: string, runsThisKind: boolean): Slide =>
  ({
    kind: 'option',
    key,
    title: key,
    cost: runsThisKind
      ? { kind: 'feasible', monthly: '$1.00', yearly: '$12.00' }
      : { kind: 'infeasible', reason: 'no' },
    runsThisKind,
  }) as Slide;

// The default deck in miniature: a title, two options (batch cannot run this workload), the verdict.
const SLIDES = [plain('title'), optionSlide('option-ec2', true), optionSlide('option-batch', false), plain('verdict')];
const keys = (layout: DeckLayout) => shownSlides(arrangeDeck(SLIDES, layout)).map((s) => s.key);

describe('arrangeDeck', () => {
  it('shows every slide in the default order, leaving out an option that cannot run this kind of workload', () => {
    expect(keys(defaultDeckLayout())).toEqual(['title', 'option-ec2', 'verdict']);
  });

  it('follows the saved order, and shows a slide the user chose to show', () => {
    const layout: DeckLayout = {
      order: ['verdict', 'title', 'option-batch', 'option-ec2'],
      visibility: { 'option-batch': 'shown', title: 'hidden' },
    };
    expect(keys(layout)).toEqual(['verdict', 'option-batch', 'option-ec2']);
  });

  it('puts a slide the saved order does not name after the slide it follows by default, and ignores unknown keys', () => {
    const layout: DeckLayout = { order: ['verdict', 'gone', 'title'], visibility: {} };
    expect(keys(layout)).toEqual(['verdict', 'title', 'option-ec2']);
  });

  it('keeps the first slide when every slide is hidden', () => {
    const hidden = Object.fromEntries(SLIDES.map((s) => [s.key, 'hidden' as const]));
    expect(keys({ order: [], visibility: hidden })).toEqual(['title']);
  });
});

describe('changing the arrangement', () => {
  const arranged = arrangeDeck(SLIDES, defaultDeckLayout());

  it('moves a slide one place at a time and holds at the ends', () => {
    const later = moveSlide(defaultDeckLayout(), arranged, 'title', 1);
    expect(later.order).toEqual(['option-ec2', 'title', 'option-batch', 'verdict']);
    expect(moveSlide(defaultDeckLayout(), arranged, 'title', -1)).toEqual(defaultDeckLayout());
  });

  it('writes down only a choice that differs from the default', () => {
    const batch = arranged.find((a) => a.slide.key === 'option-batch')!;
    const shown = setSlideShown(defaultDeckLayout(), batch, true);
    expect(shown.visibility).toEqual({ 'option-batch': 'shown' });
    const back = setSlideShown(shown, { ...batch, shown: true }, false);
    expect(back.visibility).toEqual({});
    const title = arranged[0]!;
    expect(setSlideShown(defaultDeckLayout(), title, false).visibility).toEqual({ title: 'hidden' });
  });
});
