/**
 * Drops what Mermaid writes into a flowchart's SVG that draws nothing, so that
 * each visit of a page clones, styles and lays out fewer elements (issue 15: a
 * diagram's ~300 elements were most of a re-visit's frame):
 *
 * - the arrowhead markers no edge points at (Mermaid writes all twelve kinds),
 *   and the drop-shadow filters and gradients nothing refers to;
 * - `<rect>`s with no size (no rule of Mermaid's or ours gives one a size),
 *   and label backgrounds, which Mermaid draws without a stroke and our theme
 *   fills with `none` (mermaid-loader.ts);
 * - `<g>`s with no attributes at all: a group without a transform, class or
 *   style changes nothing of what it holds, and no rule (Mermaid's or ours)
 *   selects children by their parent.
 *
 * The picture is the same to the pixel (e2e/diagram-snapshots.spec.ts). Left
 * as Mermaid writes it: one `<tspan>` per word. Joining a line's words into
 * one moved a few anti-aliased pixels, as the line is then shaped as one run.
 *
 * Works in place on an inert copy of the SVG (decorate-svg.ts).
 */
export function slimDiagramSvg(root: Element): void {
  // What is known to draw nothing is known for Mermaid's flowchart; other kinds are left alone.
  if (root.getAttribute('aria-roledescription') !== 'flowchart-v2') return;
  dropUnreferenced(root);
  for (const rect of root.querySelectorAll('rect')) {
    const sized = rect.hasAttribute('width') && rect.hasAttribute('height');
    if (!sized || rect.matches(':is(.label, .edgeLabel) rect.background')) rect.remove();
  }
  for (const group of root.querySelectorAll('g')) {
    if (group.attributes.length === 0) group.replaceWith(...group.childNodes);
  }
}

/** Painting resources are drawn only where a `url(#id)` names them (an attribute or Mermaid's style). */
function dropUnreferenced(root: Element): void {
  const markup = root.innerHTML;
  for (const resource of root.querySelectorAll('marker[id], filter[id], linearGradient[id], radialGradient[id]')) {
    if (!markup.includes(`url(#${resource.id})`)) resource.remove();
  }
}
