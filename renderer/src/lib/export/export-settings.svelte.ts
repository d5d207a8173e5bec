import type { Theme } from '../theme.svelte';
import type { ExportSizing, Scale } from './export-size';
import type { Background } from './svg-document';

/** What every export is made with: a plain snapshot, so a running export is not changed under it. */
export interface ExportChoices {
  sizing: ExportSizing;
  background: Background;
  theme: Theme;
  footer: boolean;
  costAnnotations: boolean;
}

/**
 * The export options, shared by every diagram's toolbar: a choice made under
 * one diagram holds for the next. Cost annotations also show on screen.
 */
class ExportSettings {
  size = $state<Scale | 'width'>(2);
  widthPx = $state(1600);
  background = $state<Background>('solid');
  theme = $state<Theme>('light');
  footer = $state(true);
  costAnnotations = $state(false);

  sizing: ExportSizing = $derived(
    this.size === 'width' ? { kind: 'width', widthPx: this.widthPx } : { kind: 'scale', scale: this.size },
  );

  snapshot(): ExportChoices {
    return {
      sizing: this.sizing,
      background: this.background,
      theme: this.theme,
      footer: this.footer,
      costAnnotations: this.costAnnotations,
    };
  }
}

export const exportSettings = new ExportSettings();
