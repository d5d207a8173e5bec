import type { ComputeOptionId } from '../../../../electron/common/compute-options';

/**
 * Theme colours for SVG geometry, written inline so an exported chart carries
 * them. The fallbacks are the light theme's values: an SVG copied out of the
 * app, where the variables are undefined, still draws its axes and text.
 */
export const INK = {
  text: 'var(--text, #16191f)',
  muted: 'var(--muted, #545b64)',
  border: 'var(--border, #d5dbdb)',
  surface: 'var(--surface, #f8f9fa)',
  accent: 'var(--accent, #0968b6)',
  accentSoft: 'var(--accent-soft, #e1effa)',
  bg: 'var(--bg, #ffffff)',
} as const;

export const CHART_FONT = "Inter, 'Helvetica Neue', Arial, sans-serif";

export interface SeriesStyle {
  color: string;
  /** SVG stroke-dasharray, or null for a solid line. */
  dash: string | null;
}

/**
 * One fixed style per option, so a bar and its break-even line match across
 * charts and themes. Every colour keeps at least 3:1 contrast against both
 * themes' backgrounds (see the test), which is why there is one palette, not two.
 * The container-orchestrated variants are dashed: ECS on EC2 costs exactly
 * what EC2 does, and a dashed line over a solid one keeps both visible.
 */
const SERIES_STYLES: Record<ComputeOptionId, SeriesStyle> = {
  lambda: { color: '#d9730d', dash: null },
  ec2: { color: '#3d7fd9', dash: null },
  'ecs-ec2': { color: '#13917f', dash: '7 4' },
  fargate: { color: '#9466d6', dash: null },
  'eks-ec2': { color: '#d6455b', dash: '7 4' },
  'eks-fargate': { color: '#c2569c', dash: '2 3' },
  batch: { color: '#8a8a1f', dash: null },
  lightsail: { color: '#4c9a2a', dash: null },
};

export function seriesStyle(id: ComputeOptionId): SeriesStyle {
  return SERIES_STYLES[id];
}
