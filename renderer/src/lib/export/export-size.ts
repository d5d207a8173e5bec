import { formatNumber } from '../../../../electron/common/pricing/format';

/** Chromium's canvas limit per side, and a size that still fits in memory. */
export const MAX_SIDE_PX = 16_384;

export const SCALES = [1, 2, 3, 4] as const;
export type Scale = (typeof SCALES)[number];

export type ExportSizing = { kind: 'scale'; scale: number } | { kind: 'width'; widthPx: number };

export interface Size {
  width: number;
  height: number;
}

export type SizePlan = ({ ok: true; scale: number } & Size) | { ok: false; message: string };

/**
 * The PNG's pixel size for a diagram of `natural` size (its SVG viewBox, in
 * CSS px): the whole picture, scaled, never cropped; refused above the cap.
 */
export function planPngSize(natural: Size, sizing: ExportSizing): SizePlan {
  if (!(natural.width > 0 && natural.height > 0 && Number.isFinite(natural.width + natural.height))) {
    return { ok: false, message: 'The diagram has no size to export yet.' };
  }
  if (sizing.kind === 'width' && !(Number.isInteger(sizing.widthPx) && sizing.widthPx >= 1)) {
    return { ok: false, message: 'Enter the width as a whole number of pixels, at least 1.' };
  }
  if (sizing.kind === 'scale' && !(sizing.scale > 0 && Number.isFinite(sizing.scale))) {
    return { ok: false, message: 'Choose a scale.' };
  }
  const scale = sizing.kind === 'scale' ? sizing.scale : sizing.widthPx / natural.width;
  const width = sizing.kind === 'width' ? sizing.widthPx : Math.max(1, Math.round(natural.width * scale));
  const height = Math.max(1, Math.round(natural.height * scale));
  if (width > MAX_SIDE_PX || height > MAX_SIDE_PX) {
    const remedy = sizing.kind === 'scale' ? 'Choose a smaller scale.' : 'Choose a smaller width.';
    return {
      ok: false,
      message: `This PNG would be ${formatPx(width)} × ${formatPx(height)} px; the limit is ${formatPx(MAX_SIDE_PX)} px a side. ${remedy}`,
    };
  }
  return { ok: true, width, height, scale };
}

export function formatPx(value: number): string {
  return formatNumber(value, 0);
}

/** "1,600 × 900 px", as the announcements name a PNG's size. */
export function pngPixels(png: { width: number; height: number }): string {
  return `${formatPx(png.width)} × ${formatPx(png.height)} px`;
}

/** "@2x" or "-1600px", for file names. */
export function sizingSuffix(sizing: ExportSizing): string {
  return sizing.kind === 'scale' ? `@${sizing.scale}x` : `-${sizing.widthPx}px`;
}
