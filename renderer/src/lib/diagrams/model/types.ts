import type { DiagramDirection, DiagramGroupKind } from '../../../../../electron/common/diagrams/user-diagrams-schema';

/**
 * A diagram as data: groups, nodes and edges with stable ids. The generator
 * builds it from the estimate; it renders to Mermaid text, a description and
 * cost labels. Ids never depend on counts, so a later edit step can keep a
 * user's own additions when the generated parts change.
 */

/** AWS architecture-icon group conventions, the container services' clusters, and AWS's generic group. */
export type GroupKind = DiagramGroupKind;

export interface DiagramGroup {
  id: string;
  kind: GroupKind;
  label: string;
  /** The group this one sits in; none for a top-level group. */
  parent?: string;
}

/** Which bill lines a node stands for, and which part of them (its Availability Zone's share). */
export interface CostSource {
  /** A line item belongs to the node when its price id starts with one of these. */
  pricePrefixes: readonly string[];
  /** Fraction of those lines this node carries; 1 unless the fleet is split over zones. */
  share: number;
}

export interface DiagramNode {
  id: string;
  /** Icon name in the bundled AWS pack, without the `aws:` prefix; none for a plain box (the user's). */
  icon?: string;
  /** Label lines, top to bottom. */
  lines: string[];
  group?: string;
  cost?: CostSource;
  /** What the node counts, for tests and descriptions: "4 × t4g.small". */
  fleet?: FleetCount;
}

/** A counted part of the fleet: instances, tasks, pods, jobs or executions. */
export interface FleetCount {
  unit: 'instance' | 'task' | 'pod' | 'job' | 'execution';
  count: number;
  /** Instance type, bundle, or task size as drawn. */
  type: string;
  /** What runs on these instances: ECS tasks, pods or jobs. */
  runs?: { unit: 'task' | 'pod' | 'job'; count: number };
}

export interface DiagramEdge {
  from: string;
  to: string;
  /** Optional words on the arrow; generated diagrams keep arrows bare. */
  label?: string;
  style: 'solid' | 'dashed';
}

export interface DiagramModel {
  direction: DiagramDirection;
  groups: DiagramGroup[];
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

/** A node's cost once the line items are known. */
export interface NodeCost {
  usd: number;
  largest: boolean;
}

/** Bill lines that no node stands for (data transfer, say), listed under the picture. */
export interface UnplacedCost {
  label: string;
  usd: number;
}
