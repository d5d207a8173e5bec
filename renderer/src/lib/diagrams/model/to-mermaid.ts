import { GROUP_TITLE_ROOM, type GroupStyle } from '../group-styles';
import { mermaidLabel, mermaidLines } from './mermaid-text';
import type { DiagramGroup, DiagramModel, GroupKind, NodeCost } from './types';

export interface MermaidOptions {
  /** Costs to write under the nodes that incur them; empty for none. */
  costs: ReadonlyMap<string, NodeCost>;
  groupStyles: Readonly<Record<GroupKind, GroupStyle>>;
  /** Text colour of the node with the largest cost. */
  largestCostColor: string;
  formatCost: (usd: number) => string;
  /** Read by screen readers; written into the SVG as <title> and <desc>. */
  accessibleTitle: string;
  accessibleDescription: string;
}

const ICON_SIZE = 48;

function classDef(name: string, style: GroupStyle): string {
  const dash = style.dash ? `,stroke-dasharray:${style.dash.replace(/\s+/g, ' ')}` : '';
  return `  classDef ${name} fill:${style.fill},stroke:${style.stroke},stroke-width:2px${dash},color:${style.text}`;
}

/** Mermaid flowchart text for a model: groups as styled subgraphs, nodes as AWS icons. */
export function toMermaid(model: DiagramModel, options: MermaidOptions): string {
  const out = [`flowchart ${model.direction}`];
  out.push(`  accTitle: ${mermaidLabel(options.accessibleTitle, 300)}`);
  out.push(`  accDescr: ${mermaidLabel(options.accessibleDescription, 4000)}`);
  const childGroups = new Map<string | undefined, DiagramGroup[]>();
  for (const group of model.groups) childGroups.set(group.parent, [...(childGroups.get(group.parent) ?? []), group]);

  const nodeLine = (indent: string, id: string): string => {
    const node = model.nodes.find((candidate) => candidate.id === id)!;
    const cost = options.costs.get(node.id);
    const lines = cost
      ? [...node.lines, `${options.formatCost(cost.usd)} a month${cost.largest ? ' (largest)' : ''}`]
      : node.lines;
    if (!node.icon) return `${indent}${node.id}["${mermaidLines(lines)}"]`;
    return `${indent}${node.id}@{ icon: "aws:${node.icon}", label: "${mermaidLines(lines)}", pos: "b", h: ${ICON_SIZE} }`;
  };
  const emitMembers = (parent: string | undefined, depth: number): void => {
    const indent = '  '.repeat(depth + 1);
    for (const node of model.nodes.filter((candidate) => candidate.group === parent))
      out.push(nodeLine(indent, node.id));
    // Dagre stacks sibling subgraphs in reverse order of declaration: declaring
    // them last-first puts Availability Zone A above B.
    for (const group of [...(childGroups.get(parent) ?? [])].reverse()) {
      const room = options.groupStyles[group.kind].icon ? GROUP_TITLE_ROOM : '';
      out.push(`${indent}subgraph ${group.id}["${mermaidLabel(group.label)}${room}"]`);
      emitMembers(group.id, depth + 1);
      out.push(`${indent}end`);
    }
  };
  emitMembers(undefined, 0);

  for (const edge of model.edges) {
    const arrow = edge.style === 'dashed' ? '-.->' : '-->';
    const label = edge.label ? `|"${mermaidLabel(edge.label)}"|` : '';
    out.push(`  ${edge.from} ${arrow}${label} ${edge.to}`);
  }
  const kinds = [...new Set(model.groups.map((group) => group.kind))];
  for (const kind of kinds) {
    const name = className(kind);
    out.push(classDef(name, options.groupStyles[kind]));
    out.push(
      `  class ${model.groups
        .filter((group) => group.kind === kind)
        .map((group) => group.id)
        .join(',')} ${name}`,
    );
  }
  const largest = [...options.costs].find(([, cost]) => cost.largest)?.[0];
  if (largest) {
    out.push(`  classDef largestCost color:${options.largestCostColor}`);
    out.push(`  class ${largest} largestCost`);
  }
  return out.join('\n');
}

/** "availability-zone" → "availabilityZone": a class name Mermaid accepts, also found again in the SVG. */
export function className(kind: GroupKind): string {
  return kind.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
