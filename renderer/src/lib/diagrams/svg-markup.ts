import type { Attachment } from 'svelte/attachments';

/** Parsed pictures kept: every option's diagram in both themes, and a few more. */
const KEPT = 24;
const parsed = new Map<string, HTMLTemplateElement>();

/** The markup parsed once (by the same HTML parser `{@html}` uses), the most recently used last. */
function parsedCopy(markup: string): HTMLTemplateElement {
  let template = parsed.get(markup);
  if (template) {
    parsed.delete(markup);
  } else {
    template = document.createElement('template');
    template.innerHTML = markup;
    if (parsed.size >= KEPT) parsed.delete(parsed.keys().next().value as string);
  }
  parsed.set(markup, template);
  return template;
}

/**
 * Shows a diagram's SVG markup in the element. Instead of parsing the markup
 * on every visit, as `{@html}` does, it clones a copy parsed the first time:
 * for the largest diagram (51 kB, 329 elements) 0.4 ms against 1.3 ms, and a
 * re-visit must fit in a frame.
 */
export function svgMarkup(markup: string): Attachment<HTMLElement> {
  return (element) => {
    element.replaceChildren(parsedCopy(markup).content.cloneNode(true));
  };
}
