import iconSet from '../../../../assets/aws-icons/aws-icons.json';
import type { Theme } from '../theme.svelte';
import { diagramPalette, GROUP_ICON_PX, GROUP_TITLE_ROOM } from './group-styles';
import { className } from './model/to-mermaid';
import type { GroupKind } from './model/types';
import { slimDiagramSvg } from './slim-svg';

const TITLE_GAP = 6;

const ICONS = iconSet.icons as Record<string, { body: string; width?: number; height?: number }>;

function iconMarkup(name: string, x: number, y: number): string {
  const icon = ICONS[name];
  if (!icon) return '';
  const scale = GROUP_ICON_PX / (icon.width ?? 40);
  return `<g class="group-icon" transform="translate(${x} ${y}) scale(${scale})">${icon.body}</g>`;
}

/**
 * What Mermaid cannot draw itself: each group's AWS icon in its top-left
 * corner with the title beside it, left-aligned, as AWS's group conventions
 * have it; then drops what draws nothing (slim-svg.ts). Works on an inert
 * copy of the SVG; returns it unchanged when the SVG is not what Mermaid
 * writes.
 */
export function decorateDiagramSvg(svg: string, theme: Theme): string {
  const doc = new DOMParser().parseFromString(svg, 'text/html');
  const root = doc.body.querySelector('svg');
  if (!root) return svg;
  const palette = diagramPalette(theme);
  const kinds = new Map<string, GroupKind>(
    (Object.keys(palette.groups) as GroupKind[]).map((kind) => [className(kind), kind]),
  );
  for (const cluster of root.querySelectorAll('g.cluster')) {
    const kind = [...cluster.classList].map((name) => kinds.get(name)).find((found) => found !== undefined);
    const rect = cluster.querySelector(':scope > rect');
    const label = cluster.querySelector(':scope > g.cluster-label');
    if (!kind || !rect || !label) continue;
    const x = Number(rect.getAttribute('x'));
    const y = Number(rect.getAttribute('y'));
    const labelY = /translate\(\s*[-\d.e]+[\s,]+([-\d.e]+)/.exec(label.getAttribute('transform') ?? '')?.[1];
    if (!Number.isFinite(x) || !Number.isFinite(y) || labelY === undefined) continue;
    const icon = palette.groups[kind].icon;
    // Flush left, beside the icon: the title was laid out with room for it (see GROUP_TITLE_ROOM).
    for (const tspan of label.querySelectorAll('tspan')) {
      if (tspan.textContent?.trim() === GROUP_TITLE_ROOM.trim()) tspan.remove();
    }
    label.setAttribute('transform', `translate(${x + (icon ? GROUP_ICON_PX : 0) + TITLE_GAP}, ${labelY})`);
    // Beside the group, not in it: Mermaid paints everything inside a styled group with its stroke.
    if (icon) cluster.insertAdjacentHTML('afterend', iconMarkup(icon, x, y));
  }
  slimDiagramSvg(root);
  return root.outerHTML;
}
