/**
 * Which slides are in the DOM: the one shown, plus the neighbours drawn out of
 * sight once it is painted, so that → or ← only has to reveal a finished slide.
 * Slides drawn before stay until the next idle moment, so a move removes nothing.
 */
export function drawnSlides(shown: number, warm: readonly number[], count: number): number[] {
  const wanted = new Set([shown, ...warm]);
  return [...wanted].filter((i) => i >= 0 && i < count).sort((a, b) => a - b);
}

export function neighbours(index: number): number[] {
  return [index - 1, index, index + 1];
}
