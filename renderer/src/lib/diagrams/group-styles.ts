import type { Theme } from '../theme.svelte';
import type { GroupKind } from './model/types';

/**
 * AWS architecture-icon group conventions (the AWS Architecture Icons deck,
 * as awslabs/aws-icons-for-plantuml encodes it): each group's border colour
 * and style, and the icon in its corner. Border colours are AWS's own; label
 * colours are the same hues made dark enough (light theme) or light enough
 * (dark theme) to read at 4.5:1 on the diagram and on the subnets' tint.
 */
export interface GroupStyle {
  stroke: string;
  /** SVG dash pattern; null for a solid line. */
  dash: string | null;
  fill: string;
  text: string;
  /** Icon in the top-left corner, from the bundled pack; null where AWS draws none (Availability Zone). */
  icon: string | null;
}

/** Group icons are drawn this size, in the group's top-left corner, as in AWS's own diagrams. */
export const GROUP_ICON_PX = 20;
/**
 * A word as wide as the icon, written after a title so that Mermaid sizes the
 * group for title and icon; the SVG decoration takes it out again. (Mermaid
 * trims spaces, so it cannot be blank.)
 */
export const GROUP_TITLE_ROOM = ' \u2063MM\u2063';

const DASHED = '8 4';
const DOTTED = '2 4';

const LIGHT: Record<GroupKind, GroupStyle> = {
  'aws-cloud': { stroke: '#232F3E', dash: null, fill: 'none', text: '#232F3E', icon: 'group-aws-cloud' },
  region: { stroke: '#00A4A6', dash: DOTTED, fill: 'none', text: '#00767A', icon: 'group-region' },
  vpc: { stroke: '#8C4FFF', dash: null, fill: 'none', text: '#7D3CF0', icon: 'group-vpc' },
  'availability-zone': { stroke: '#00A4A6', dash: DASHED, fill: 'none', text: '#00767A', icon: null },
  'public-subnet': { stroke: '#7AA116', dash: null, fill: '#F2F6E8', text: '#3B6E0F', icon: 'group-public-subnet' },
  'private-subnet': { stroke: '#00A4A6', dash: null, fill: '#E6F6F7', text: '#00767A', icon: 'group-private-subnet' },
  'auto-scaling-group': { stroke: '#ED7100', dash: DASHED, fill: 'none', text: '#B0500A', icon: 'group-auto-scaling' },
  'ecs-cluster': { stroke: '#ED7100', dash: null, fill: 'none', text: '#B0500A', icon: 'ecs' },
  'eks-cluster': { stroke: '#ED7100', dash: null, fill: 'none', text: '#B0500A', icon: 'eks' },
  'batch-environment': { stroke: '#ED7100', dash: null, fill: 'none', text: '#B0500A', icon: 'batch' },
  lightsail: { stroke: '#ED7100', dash: null, fill: 'none', text: '#B0500A', icon: 'lightsail' },
  generic: { stroke: '#7D8998', dash: DASHED, fill: 'none', text: '#5F6B7A', icon: null },
};

const DARK: Record<GroupKind, GroupStyle> = {
  'aws-cloud': { stroke: '#FFFFFF', dash: null, fill: 'none', text: '#E9EBED', icon: 'group-aws-cloud-dark' },
  region: { stroke: '#00A4A6', dash: DOTTED, fill: 'none', text: '#3DC4C6', icon: 'group-region' },
  vpc: { stroke: '#8C4FFF', dash: null, fill: 'none', text: '#B794FF', icon: 'group-vpc' },
  'availability-zone': { stroke: '#00A4A6', dash: DASHED, fill: 'none', text: '#3DC4C6', icon: null },
  'public-subnet': { stroke: '#7AA116', dash: null, fill: '#1D2812', text: '#9BC34A', icon: 'group-public-subnet' },
  'private-subnet': { stroke: '#00A4A6', dash: null, fill: '#0E2A2E', text: '#3DC4C6', icon: 'group-private-subnet' },
  'auto-scaling-group': { stroke: '#ED7100', dash: DASHED, fill: 'none', text: '#FF9940', icon: 'group-auto-scaling' },
  'ecs-cluster': { stroke: '#ED7100', dash: null, fill: 'none', text: '#FF9940', icon: 'ecs' },
  'eks-cluster': { stroke: '#ED7100', dash: null, fill: 'none', text: '#FF9940', icon: 'eks' },
  'batch-environment': { stroke: '#ED7100', dash: null, fill: 'none', text: '#FF9940', icon: 'batch' },
  lightsail: { stroke: '#ED7100', dash: null, fill: 'none', text: '#FF9940', icon: 'lightsail' },
  generic: { stroke: '#7D8998', dash: DASHED, fill: 'none', text: '#A7B0BA', icon: null },
};

export interface DiagramPalette {
  groups: Record<GroupKind, GroupStyle>;
  /** Node labels. */
  text: string;
  /** Arrows and their heads. */
  line: string;
  /** The node with the largest cost: its label in this colour, and the words "largest cost". */
  largestCost: string;
  /** Backgrounds the text must read on: the app's surfaces and the export's solid background. */
  backgrounds: readonly string[];
}

const PALETTES: Record<Theme, DiagramPalette> = {
  light: {
    groups: LIGHT,
    text: '#16191F',
    line: '#545B64',
    largestCost: '#0A5EA8',
    backgrounds: ['#FFFFFF', '#F8F9FA'],
  },
  dark: {
    groups: DARK,
    text: '#E9EBED',
    line: '#A7B0BA',
    largestCost: '#7CC4FF',
    backgrounds: ['#171D25', '#0F141A'],
  },
};

export function diagramPalette(theme: Theme): DiagramPalette {
  return PALETTES[theme];
}
