/**
 * Typing a slide's number, as in slide software: one digit jumps at once
 * (where `deckActionFor` says: 1–9, and 0 for the tenth), and a second digit
 * typed within a moment makes
 * a two-digit number (1 then 2: slide 12) when the deck has that many slides —
 * otherwise it starts afresh. Pure: the deck keeps the last `TypedNumber`.
 */
export interface TypedNumber {
  digits: string;
  /** When the last digit was typed, in ms (any steady clock). */
  at: number;
}

/** How long after a digit the next one still belongs to the same number. */
export const NEXT_DIGIT_WITHIN_MS = 1000;

export function slideForDigit(
  digit: string,
  /** Where the digit alone goes: the 'go' index `deckActionFor` gave it. */
  freshIndex: number,
  previous: TypedNumber | null,
  now: number,
  count: number,
): { index: number; typed: TypedNumber } {
  if (previous && now - previous.at < NEXT_DIGIT_WITHIN_MS) {
    const digits = previous.digits + digit;
    const slide = Number(digits);
    if (slide >= 1 && slide <= count) return { index: slide - 1, typed: { digits, at: now } };
  }
  return { index: freshIndex, typed: { digits: digit, at: now } };
}
