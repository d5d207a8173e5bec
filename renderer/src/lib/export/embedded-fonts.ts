// Inlined as data: URLs at build time: an exported SVG (or the SVG drawn into
// a canvas, which cannot reach the page's fonts) must carry its own Inter.
// Loaded lazily by export-diagram.ts, so the app's first paint does not pay for it.
import inter400 from '../../../../assets/fonts/inter-latin-400-normal.woff2?inline';
import inter600 from '../../../../assets/fonts/inter-latin-600-normal.woff2?inline';
import inter700 from '../../../../assets/fonts/inter-latin-700-normal.woff2?inline';

const FACES: readonly [weight: number, dataUrl: string][] = [
  [400, inter400],
  [600, inter600],
  [700, inter700],
];

export const INTER_FONT_CSS = FACES.map(
  ([weight, dataUrl]) =>
    `@font-face{font-family:'Inter';font-style:normal;font-weight:${weight};src:url(${dataUrl}) format('woff2');}`,
).join('');
