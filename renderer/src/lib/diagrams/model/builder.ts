import type { CostSource, DiagramEdge, DiagramModel, DiagramNode, FleetCount, GroupKind } from './types';

/** Collects a model in drawing order; ids must be unique, which the builder checks. */
export class ModelBuilder {
  private readonly model: DiagramModel = { direction: 'LR', groups: [], nodes: [], edges: [] };
  private readonly ids = new Set<string>();

  group(id: string, kind: GroupKind, label: string, parent?: string): string {
    this.claim(id);
    this.model.groups.push({ id, kind, label, ...(parent ? { parent } : {}) });
    return id;
  }

  node(
    id: string,
    icon: string,
    lines: readonly (string | null | undefined | false)[],
    options: { group?: string; cost?: CostSource; fleet?: FleetCount } = {},
  ): string {
    this.claim(id);
    const node: DiagramNode = { id, icon, lines: lines.filter((line): line is string => !!line) };
    if (options.group) node.group = options.group;
    if (options.cost) node.cost = options.cost;
    if (options.fleet) node.fleet = options.fleet;
    this.model.nodes.push(node);
    return id;
  }

  edge(from: string, to: string, style: DiagramEdge['style'] = 'solid'): void {
    this.model.edges.push({ from, to, style });
  }

  build(): DiagramModel {
    return this.model;
  }

  private claim(id: string): void {
    if (this.ids.has(id)) throw new Error(`Diagram id used twice: ${id}`);
    this.ids.add(id);
  }
}
