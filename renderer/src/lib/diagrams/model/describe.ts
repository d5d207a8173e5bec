import type { DiagramModel, DiagramNode, NodeCost, UnplacedCost } from './types';

export interface DescribeOptions {
  costs: ReadonlyMap<string, NodeCost>;
  unplaced: readonly UnplacedCost[];
  formatCost: (usd: number) => string;
}

/** "Region us-east-1 › VPC › Private subnet": the groups a node sits in, outermost first. */
function groupPath(model: DiagramModel, groupId: string | undefined): string[] {
  const path: string[] = [];
  for (let id = groupId; id;) {
    const group = model.groups.find((candidate) => candidate.id === id);
    if (!group) break;
    path.unshift(group.label);
    id = group.parent;
  }
  return path;
}

/** The node's first line, with the Availability Zone it is in when there is one. */
export function nodeName(model: DiagramModel, node: DiagramNode): string {
  const zone = groupPath(model, node.group).find((label) => label.startsWith('Availability Zone'));
  return zone ? `${node.lines[0]} (${zone})` : (node.lines[0] ?? node.id);
}

function component(model: DiagramModel, node: DiagramNode, options: DescribeOptions): string {
  const cost = options.costs.get(node.id);
  const money = cost ? ` — ${options.formatCost(cost.usd)} a month${cost.largest ? ', the largest cost' : ''}` : '';
  const where = groupPath(model, node.group);
  return `${node.lines.join(', ')}${where.length > 0 ? ` [in ${where.join(' › ')}]` : ''}${money}`;
}

/**
 * The diagram in words, from the same model it is drawn from: every component
 * (with where it sits and what it costs) and every connection. Screen readers
 * get it in place of the picture; SVG exports carry it as <desc>.
 */
export function describeDiagram(model: DiagramModel, options: DescribeOptions): string[] {
  const byId = new Map(model.nodes.map((node) => [node.id, node]));
  const name = (id: string): string => {
    const node = byId.get(id);
    return node ? nodeName(model, node) : (model.groups.find((group) => group.id === id)?.label ?? id);
  };
  const connections = model.edges.map(
    (edge) => `${name(edge.from)} → ${name(edge.to)}${edge.style === 'dashed' ? ' (dashed)' : ''}`,
  );
  const lines = [
    `Components: ${model.nodes.map((node) => component(model, node, options)).join('; ')}.`,
    `Connections: ${connections.join('; ')}.`,
  ];
  if (options.unplaced.length > 0) {
    lines.push(
      `Also billed: ${options.unplaced.map((cost) => `${cost.label} ${options.formatCost(cost.usd)} a month`).join('; ')}.`,
    );
  }
  return lines;
}
