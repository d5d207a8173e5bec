export interface Searchable {
  label: string;
  group: string;
  /** More words that find it, not shown (a service's full name). */
  keywords?: string;
}

const haystackOf = (item: Searchable) =>
  `${item.label} ${item.group} ${item.keywords ?? ''}`.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, ' ');

/** A word start beats the middle of a word; 0 is no match. */
function wordScore(word: string, haystack: string): number {
  const at = haystack.indexOf(word);
  if (at < 0) return 0;
  return at === 0 || haystack[at - 1] === ' ' ? 2 : 1;
}

/** Letters typed in order ("svas" → "Save As"): the closer together, the better; 0 is no match. */
function lettersScore(word: string, haystack: string): number {
  let from = 0;
  let first = -1;
  for (const letter of word) {
    const at = haystack.indexOf(letter, from);
    if (at < 0) return 0;
    if (first < 0) first = at;
    from = at + 1;
  }
  return 1 / (from - first);
}

function rank<T extends Searchable>(items: readonly T[], words: string[], score: typeof wordScore): T[] {
  const scored = items.flatMap((item, index) => {
    const haystack = haystackOf(item);
    let total = 0;
    for (const word of words) {
      const fit = score(word, haystack);
      if (fit === 0) return [];
      total += fit;
    }
    return [{ item, index, total }];
  });
  return scored.sort((a, b) => b.total - a.total || a.index - b.index).map((entry) => entry.item);
}

/**
 * The commands that fit what was typed, best first: every typed word must
 * be in the label or the group. Only when no command has the words does it
 * accept letters in order, so "save" never lists "Toggle Sliders Panel".
 * Ties keep the registry's order; an empty query lists commands as the
 * menus do.
 */
export function filterCommands<T extends Searchable>(items: readonly T[], query: string): T[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...items];
  const byWords = rank(items, words, wordScore);
  return byWords.length > 0 ? byWords : rank(items, words, lettersScore);
}
