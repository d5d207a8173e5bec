import type { Mermaid } from 'mermaid';
import iconSet from '../../../../assets/aws-icons/aws-icons.json';
import type { Theme } from '../theme.svelte';
import { MAX_DIAGRAM_EDGES, MAX_SOURCE_CHARS } from './diagram-guard';
import { diagramPalette } from './group-styles';

export const DIAGRAM_FONT = 'Inter, "Helvetica Neue", Arial, sans-serif';
/** Label size in the diagram's own units; slides scale the whole picture up. */
export const DIAGRAM_FONT_PX = 14;

let loading: Promise<Mermaid> | null = null;
let configuredTheme: Theme | null = null;

/**
 * Mermaid is large; load it once, on first use, with the bundled AWS icons and
 * the flowchart's code. Mermaid fetches a diagram type's code on its first
 * use; fetched inside the first layout, that layout would resume when the code
 * arrives, on whatever page is up by then, past the render queue's check for
 * a hold. Loaded here, the queue checks for a hold after it has arrived.
 */
export function loadMermaid(): Promise<Mermaid> {
  loading ??= import('mermaid').then(async ({ default: mermaid }) => {
    mermaid.registerIconPacks([{ name: 'aws', icons: iconSet }]);
    await mermaid.parse('flowchart LR\n  a --> b').catch(() => undefined);
    return mermaid;
  });
  return loading;
}

/**
 * Mermaid's "base" theme with every colour set from our palette, so nothing of
 * Mermaid's default look (pale yellow groups, grey label chips) is left.
 */
function themeFor(theme: Theme) {
  const palette = diagramPalette(theme);
  return {
    theme: 'base' as const,
    themeVariables: {
      fontFamily: DIAGRAM_FONT,
      fontSize: `${DIAGRAM_FONT_PX}px`,
      background: 'transparent',
      primaryColor: 'transparent',
      primaryTextColor: palette.text,
      textColor: palette.text,
      titleColor: palette.text,
      // Icon nodes draw AWS's generic (currentColor) icons in the node border colour.
      nodeBorder: palette.text,
      mainBkg: 'transparent',
      lineColor: palette.line,
      clusterBkg: 'none',
      clusterBorder: palette.line,
      edgeLabelBackground: 'transparent',
    },
    // Label chips off; a label coloured by a classDef (the largest cost) keeps its colour.
    themeCSS: [
      '.label rect.background, .edgeLabel rect { fill: none !important; opacity: 1; }',
      '.labelBkg { background: none; }',
      '.label g[style] text { fill: inherit; }',
      '.cluster-label text { font-weight: 600; }',
      `[data-aws-icon] { color: ${palette.text}; }`,
    ].join('\n'),
  };
}

/** Mermaid's config is global, so it is set per render, only when the theme changes. */
export function configureMermaid(mermaid: Mermaid, theme: Theme): void {
  if (configuredTheme === theme) return;
  mermaid.initialize({
    startOnLoad: false,
    // Diagram text is untrusted: no scripts, no click handlers, labels sanitised.
    securityLevel: 'strict',
    ...themeFor(theme),
    fontFamily: DIAGRAM_FONT,
    maxTextSize: MAX_SOURCE_CHARS,
    maxEdges: MAX_DIAGRAM_EDGES,
    // Plain SVG text instead of <foreignObject> HTML: renders the same in an
    // exported image as on screen, and no HTML can ride in a label.
    htmlLabels: false,
    flowchart: {
      htmlLabels: false,
      useMaxWidth: true,
      padding: 12,
      nodeSpacing: 24,
      rankSpacing: 32,
      diagramPadding: 8,
    },
  });
  configuredTheme = theme;
}
