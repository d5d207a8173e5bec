import DOMPurify, { type Config } from 'dompurify';

/**
 * DOMPurify's SVG profiles (no scripts, no event handlers, no foreign HTML, no
 * links out), plus the ARIA role Mermaid gives its pictures.
 */
const SVG_ONLY: Config = { USE_PROFILES: { svg: true, svgFilters: true }, ADD_ATTR: ['role'] };
/** The document DOMPurify parses into, not content: its removal means nothing. */
const WRAPPERS = new Set(['HTML', 'HEAD', 'BODY']);

/**
 * What DOMPurify would remove from this SVG text: the last check before a
 * diagram goes into the page, the same for a fresh render and a picture from
 * the disk cache. Passing is all or nothing — a picture that needs cleaning is
 * not shown cleaned, it is drawn afresh (or refused), so what is shown is
 * always exactly the text Mermaid wrote.
 */
export function unsafeParts(svg: string): string[] {
  const purify = DOMPurify(window);
  purify.sanitize(svg, SVG_ONLY);
  return purify.removed.flatMap((removed) => {
    if ('attribute' in removed) return removed.attribute ? [`@${removed.attribute.name}`] : [];
    const name = removed.element.nodeName;
    return WRAPPERS.has(name.toUpperCase()) ? [] : [`<${name}>`];
  });
}

export function svgIsSafe(svg: string): boolean {
  return unsafeParts(svg).length === 0;
}
