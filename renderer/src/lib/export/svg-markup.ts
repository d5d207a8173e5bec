/**
 * String-level edits of Mermaid's SVG text. Mermaid's output is regular
 * (one root <svg>, a viewBox, flat attribute quoting), so these stay small;
 * anything unexpected is left untouched rather than guessed at.
 */

export interface ViewBox {
  minX: number;
  minY: number;
  width: number;
  height: number;
}

const ROOT_TAG = /<svg\b[^>]*>/;

export function escapeXml(text: string): string {
  return (
    text
      // Characters XML 1.0 cannot carry at all; matching them is the point here.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

/**
 * Mermaid serialises its SVG as HTML, where a no-break space becomes
 * `&nbsp;`, an entity XML does not know; everything else it writes is XML.
 */
export function toXmlText(svg: string): string {
  return svg.replace(/&nbsp;/g, '&#160;');
}

export function rootTag(svg: string): string | undefined {
  return ROOT_TAG.exec(svg)?.[0];
}

export function readViewBox(svg: string): ViewBox | undefined {
  const match = /\sviewBox="([^"]*)"/.exec(rootTag(svg) ?? '');
  const numbers =
    match?.[1]
      ?.trim()
      .split(/[\s,]+/)
      .map(Number) ?? [];
  if (numbers.length !== 4 || numbers.some((n) => !Number.isFinite(n))) return undefined;
  const [minX = 0, minY = 0, width = 0, height = 0] = numbers;
  return width > 0 && height > 0 ? { minX, minY, width, height } : undefined;
}

export function formatViewBox({ minX, minY, width, height }: ViewBox): string {
  return [minX, minY, width, height].map((n) => Number(n.toFixed(3))).join(' ');
}

/** Sets (or, with null, removes) attributes of the root <svg> element only. */
export function setRootAttributes(svg: string, attributes: Readonly<Record<string, string | null>>): string {
  const tag = rootTag(svg);
  if (tag === undefined) return svg;
  let next = tag;
  for (const [name, value] of Object.entries(attributes)) {
    next = next.replace(new RegExp(`\\s${name}="[^"]*"`), '');
    if (value !== null) next = next.replace(/^<svg\b/, `<svg ${name}="${escapeXml(value)}"`);
  }
  return svg.replace(tag, () => next);
}

/** Inserts markup just before the root's closing tag, i.e. drawn on top of everything. */
export function appendToRoot(svg: string, markup: string): string {
  const close = svg.lastIndexOf('</svg>');
  return close < 0 ? svg : svg.slice(0, close) + markup + svg.slice(close);
}
