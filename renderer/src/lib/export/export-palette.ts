import type { Theme } from '../theme.svelte';

export interface ExportPalette {
  text: string;
  muted: string;
  /** The "solid" background; the app's own surface colours. */
  background: string;
  badgeFill: string;
  badgeText: string;
}

const PALETTES: Record<Theme, ExportPalette> = {
  light: { text: '#16191f', muted: '#545b64', background: '#ffffff', badgeFill: '#0a6fc2', badgeText: '#ffffff' },
  dark: { text: '#e9ebed', muted: '#a7b0ba', background: '#171d25', badgeFill: '#5fb0f2', badgeText: '#0f141a' },
};

export function paletteFor(theme: Theme): ExportPalette {
  return PALETTES[theme];
}

/** Mermaid's font stack, single-quoted to sit in a double-quoted attribute; Inter is embedded in every export. */
export const EXPORT_FONT = "Inter, 'Helvetica Neue', Arial, sans-serif";
