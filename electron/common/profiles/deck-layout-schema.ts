import '../zod-no-eval';
import * as z from 'zod';

/**
 * How a profile's presentation is arranged: the slides in the user's order,
 * and the ones they chose to show or hide. A slide not named here sits where
 * the deck puts it by default and follows the default visibility.
 */

/** More than any deck has; a file naming thousands of slides is not one of ours. */
export const DECK_LAYOUT_MAX_SLIDES = 100;

/**
 * A slide's stable key ("title", "option-lambda", "break-even"). Kept to a
 * pattern rather than a list: a file may name slides a newer app adds, and
 * the deck ignores keys it has no slide for.
 */
export const slideKeySchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'is not a slide name (lowercase letters, digits and dashes)');

export const slideVisibilitySchema = z.enum(['shown', 'hidden']);
export type SlideVisibility = z.output<typeof slideVisibilitySchema>;

export const deckLayoutSchema = z
  .object({
    order: z
      .array(slideKeySchema)
      .max(DECK_LAYOUT_MAX_SLIDES, `must list at most ${DECK_LAYOUT_MAX_SLIDES} slides`)
      .refine((keys) => new Set(keys).size === keys.length, 'lists a slide more than once'),
    visibility: z
      .record(slideKeySchema, slideVisibilitySchema)
      .refine(
        (entries) => Object.keys(entries).length <= DECK_LAYOUT_MAX_SLIDES,
        `must name at most ${DECK_LAYOUT_MAX_SLIDES} slides`,
      ),
  })
  .strict();

export type DeckLayout = z.output<typeof deckLayoutSchema>;

/** Every slide where the deck puts it, each shown or hidden as the deck decides. */
export function defaultDeckLayout(): DeckLayout {
  return { order: [], visibility: {} };
}

export function isDefaultDeckLayout(layout: DeckLayout): boolean {
  return layout.order.length === 0 && Object.keys(layout.visibility).length === 0;
}
