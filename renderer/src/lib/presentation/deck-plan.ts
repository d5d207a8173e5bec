import type { DeckLayout } from '../../../../electron/common/profiles/deck-layout-schema';
import type { Slide } from './deck';

/** A slide where the user's arrangement puts it, and whether the deck shows it. */
export interface ArrangedSlide {
  slide: Slide;
  shown: boolean;
  /** What the deck would do without the user's say: an option that cannot run this kind of workload is left out. */
  shownByDefault: boolean;
}

/** An option slide for an option that cannot run this kind of workload (Batch for a web service) says nothing worth a slide. */
export function shownByDefault(slide: Slide): boolean {
  return !(slide.kind === 'option' && !slide.runsThisKind);
}

/**
 * The deck in the user's order. Slides the order does not name (a slide a
 * newer app added, an arrangement saved before a slide existed) go right after
 * the slide they follow by default, so they turn up where the deck means them to.
 * Keys naming no slide are ignored.
 */
export function arrangeDeck(slides: readonly Slide[], layout: DeckLayout): ArrangedSlide[] {
  const byKey = new Map(slides.map((slide) => [slide.key, slide]));
  const ordered: Slide[] = layout.order.flatMap((key) => byKey.get(key) ?? []);
  const placed = new Set(ordered.map((slide) => slide.key));
  slides.forEach((slide, i) => {
    if (placed.has(slide.key)) return;
    const before = slides[i - 1];
    const at = before ? ordered.findIndex((s) => s.key === before.key) + 1 : 0;
    ordered.splice(at, 0, slide);
    placed.add(slide.key);
  });
  return ordered.map((slide) => {
    const byDefault = shownByDefault(slide);
    const chosen = layout.visibility[slide.key];
    return { slide, shownByDefault: byDefault, shown: chosen === undefined ? byDefault : chosen === 'shown' };
  });
}

/** The slides the deck presents, in order. Never empty: with everything hidden the title stays. */
export function shownSlides(arranged: readonly ArrangedSlide[]): Slide[] {
  const shown = arranged.filter((a) => a.shown).map((a) => a.slide);
  if (shown.length > 0) return shown;
  const first = arranged[0];
  return first ? [first.slide] : [];
}

/** The arrangement with `key` moved `by` places (−1 earlier, +1 later); the ends hold. */
export function moveSlide(layout: DeckLayout, arranged: readonly ArrangedSlide[], key: string, by: number): DeckLayout {
  const order = arranged.map((a) => a.slide.key);
  const from = order.indexOf(key);
  if (from < 0) return layout;
  const to = Math.min(order.length - 1, Math.max(0, from + by));
  if (to === from) return layout;
  order.splice(from, 1);
  order.splice(to, 0, key);
  return { ...layout, order };
}

/**
 * The arrangement with `key` shown or hidden. A choice that matches the
 * default is not written down, so the slide keeps following the workload
 * (a Batch slide comes back by itself when the workload becomes batch jobs).
 */
export function setSlideShown(layout: DeckLayout, item: ArrangedSlide, shown: boolean): DeckLayout {
  const visibility = { ...layout.visibility };
  if (shown === item.shownByDefault) delete visibility[item.slide.key];
  else visibility[item.slide.key] = shown ? 'shown' : 'hidden';
  return { ...layout, visibility };
}
