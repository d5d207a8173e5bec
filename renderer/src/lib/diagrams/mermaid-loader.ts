import type { Mermaid } from 'mermaid';
import iconSet from '../../../../assets/aws-icons/aws-icons.json';
import type { Theme } from '../theme.svelte';

export const DIAGRAM_FONT = 'Inter, "Helvetica Neue", Arial, sans-serif';

let loading: Promise<Mermaid> | null = null;
let configuredTheme: Theme | null = null;

/** Mermaid is large; load it once, on first use, with the bundled AWS icons. */
export function loadMermaid(): Promise<Mermaid> {
  loading ??= import('mermaid').then(({ default: mermaid }) => {
    mermaid.registerIconPacks([{ name: 'aws', icons: iconSet }]);
    // Mermaid fetches each diagram type's code on first use; start on the
    // flowchart's now rather than when the first diagram is laid out.
    void mermaid.parse('flowchart LR\n  a --> b').catch(() => undefined);
    return mermaid;
  });
  return loading;
}

/** Mermaid's config is global, so it is set per render, only when the theme changes. */
export function configureMermaid(mermaid: Mermaid, theme: Theme): void {
  if (configuredTheme === theme) return;
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    theme: theme === 'dark' ? 'dark' : 'default',
    fontFamily: DIAGRAM_FONT,
    // AWS's generic icons use currentColor (see scripts/build-icon-pack.mjs).
    themeCSS: `[data-aws-icon] { color: ${theme === 'dark' ? '#e9ebed' : '#232f3e'}; }`,
    // Plain SVG text instead of <foreignObject> HTML: renders the same in an
    // exported image as on screen.
    htmlLabels: false,
    flowchart: { htmlLabels: false, useMaxWidth: true, padding: 12 },
  });
  configuredTheme = theme;
}
