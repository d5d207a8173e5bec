/**
 * At the strict security level Mermaid runs DOMPurify over every finished SVG
 * and silently drops what it dislikes; then the app's SVG guard
 * (renderer/src/lib/diagrams/svg-guard.ts) runs DOMPurify again over the
 * decorated result, with a narrower allow-list (SVG only, no HTML, no MathML,
 * no foreignObject), and refuses the picture if anything would be removed.
 * Everything Mermaid's pass would remove, the guard would refuse, and the
 * guard sees the exact text that goes into the page; so Mermaid's pass only
 * cost a parse and a walk of the whole SVG (a tenth of a layout). This build
 * step removes it. Mermaid is drawn only through render-diagram.ts, which
 * always runs the guard.
 */
export const MERMAID_FINAL_SANITISE =
  /\} else if \(!isLooseSecurityLevel\) \{\n\s*code = DOMPurify\.sanitize\(code, \{\n\s*ADD_TAGS: DOMPURIFY_TAGS,\n\s*ADD_ATTR: DOMPURIFY_ATTR,\n\s*HTML_INTEGRATION_POINTS: \{ foreignobject: true \}\n\s*\}\);\n(\s*)\}/;

/** Mermaid's module text without its final sanitising pass, or null when the module does not hold it. */
export function withoutMermaidFinalSanitise(code: string): string | null {
  if (!code.includes('isLooseSecurityLevel')) return null;
  if (!MERMAID_FINAL_SANITISE.test(code))
    throw new Error('Mermaid’s final DOMPurify pass changed: review scripts/build/mermaid-single-sanitise.ts');
  return code.replace(MERMAID_FINAL_SANITISE, '}');
}
