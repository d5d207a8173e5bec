import {
  emptyEdits,
  type DiagramEdits,
  type LabelLine,
} from '../../../../../electron/common/diagrams/user-diagrams-schema';
import type { DiagramEdge, DiagramModel, DiagramNode } from '../model/types';

const sameLines = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((line, i) => line === b[i]);

const edgeKey = (edge: DiagramEdge): string => [edge.from, edge.to, edge.style, edge.label ?? ''].join('\u0000');

/**
 * A line the user left as the estimate wrote it stays "the generated line",
 * so it follows the next estimate; a line they typed stays as typed.
 */
function labelEdit(user: readonly string[], generated: readonly string[]): LabelLine[] {
  return user.map((line, i) => {
    if (generated[i] === line) return { generated: i };
    const found = generated.indexOf(line);
    return found >= 0 ? { generated: found } : line;
  });
}

/**
 * What the user's model changes of the generated one, by id: changed labels,
 * icons, kinds and places of generated parts, the user's own parts, and the
 * generated parts they removed. `applyEdits(base, diffEdits(base, user))`
 * draws the user's model.
 */
export function diffEdits(base: DiagramModel, user: DiagramModel): DiagramEdits {
  const edits = emptyEdits();
  if (user.direction !== base.direction) edits.direction = user.direction;

  const baseGroups = new Map(base.groups.map((group) => [group.id, group]));
  for (const group of user.groups) {
    const generated = baseGroups.get(group.id);
    if (!generated) {
      edits.added.groups.push({
        id: group.id,
        kind: group.kind,
        label: group.label,
        ...(group.parent ? { parent: group.parent } : {}),
      });
      continue;
    }
    const change: DiagramEdits['changed']['groups'][number] = { id: group.id };
    if (group.label !== generated.label) change.label = group.label;
    if (group.kind !== generated.kind) change.kind = group.kind;
    if ((group.parent ?? null) !== (generated.parent ?? null)) change.parent = group.parent ?? null;
    if (Object.keys(change).length > 1) edits.changed.groups.push(change);
  }
  const userGroupIds = new Set(user.groups.map((group) => group.id));
  edits.removed.groups = base.groups.filter((group) => !userGroupIds.has(group.id)).map((group) => group.id);

  const baseNodes = new Map(base.nodes.map((node) => [node.id, node]));
  for (const node of user.nodes) {
    const generated = baseNodes.get(node.id);
    if (!generated) {
      edits.added.nodes.push(addedNode(node));
      continue;
    }
    const change: DiagramEdits['changed']['nodes'][number] = { id: node.id };
    if (!sameLines(node.lines, generated.lines)) change.lines = labelEdit(node.lines, generated.lines);
    if ((node.icon ?? null) !== (generated.icon ?? null)) change.icon = node.icon ?? null;
    if ((node.group ?? null) !== (generated.group ?? null)) change.group = node.group ?? null;
    if (Object.keys(change).length > 1) edits.changed.nodes.push(change);
  }
  const userNodeIds = new Set(user.nodes.map((node) => node.id));
  edits.removed.nodes = base.nodes.filter((node) => !userNodeIds.has(node.id)).map((node) => node.id);

  const baseEdges = new Set(base.edges.map(edgeKey));
  const userEdges = new Set(user.edges.map(edgeKey));
  edits.added.edges = user.edges
    .filter((edge) => !baseEdges.has(edgeKey(edge)))
    .map((edge) => ({ from: edge.from, to: edge.to, style: edge.style, ...(edge.label ? { label: edge.label } : {}) }));
  edits.removed.edges = base.edges
    .filter((edge) => !userEdges.has(edgeKey(edge)))
    .map((edge) => ({ from: edge.from, to: edge.to }));
  return edits;
}

function addedNode(node: DiagramNode): DiagramEdits['added']['nodes'][number] {
  return {
    id: node.id,
    ...(node.icon ? { icon: node.icon } : {}),
    lines: [...node.lines],
    ...(node.group ? { group: node.group } : {}),
  };
}

/** True when the edits change nothing: the diagram is drawn as generated. */
export function isUnedited(edits: DiagramEdits): boolean {
  const lists = [edits.changed, edits.added, edits.removed].flatMap((part) => Object.values(part));
  return edits.direction === undefined && lists.every((list) => list.length === 0);
}
