import type { DiagramEdits, LabelLine } from '../../../../../electron/common/diagrams/user-diagrams-schema';
import type { DiagramEdge, DiagramGroup, DiagramModel, DiagramNode } from '../model/types';

/** A generated label line stands for whatever the estimate writes there now. */
export function resolveLines(lines: readonly LabelLine[], generated: readonly string[]): string[] {
  return lines.flatMap((line) => {
    if (typeof line === 'string') return [line];
    const text = generated[line.generated];
    return text === undefined ? [] : [text];
  });
}

const edgeKey = (edge: Pick<DiagramEdge, 'from' | 'to'>): string => `${edge.from}\u0000${edge.to}`;

/**
 * The generated model with the user's edits on top. Generated parts keep
 * their ids, costs and counts, so a new estimate redraws them while the
 * user's renames, moves and additions stay; what the user changed that the
 * estimate no longer draws is dropped, and so are arrows left without an end.
 */
export function applyEdits(base: DiagramModel, edits: DiagramEdits): DiagramModel {
  const removedGroups = new Set(edits.removed.groups);
  const removedNodes = new Set(edits.removed.nodes);
  const removedEdges = new Set(edits.removed.edges.map(edgeKey));
  const baseGroupIds = new Set(base.groups.map((group) => group.id));
  const baseNodeIds = new Set(base.nodes.map((node) => node.id));

  // An addition whose id the estimate now generates too is the same part: it is taken as a change.
  const groupChanges = new Map<string, DiagramEdits['changed']['groups'][number]>();
  for (const change of edits.changed.groups) groupChanges.set(change.id, change);
  for (const { id, kind, label, parent } of edits.added.groups) {
    if (baseGroupIds.has(id)) groupChanges.set(id, { id, kind, label, parent: parent ?? null });
  }
  const nodeChanges = new Map<string, DiagramEdits['changed']['nodes'][number]>();
  for (const change of edits.changed.nodes) nodeChanges.set(change.id, change);
  for (const { id, icon, lines, group } of edits.added.nodes) {
    if (baseNodeIds.has(id)) nodeChanges.set(id, { id, icon: icon ?? null, lines, group: group ?? null });
  }

  const groups: DiagramGroup[] = [
    ...base.groups.filter((group) => !removedGroups.has(group.id)).map((group) => changedGroup(group, groupChanges)),
    ...edits.added.groups
      .filter((group) => !baseGroupIds.has(group.id) && !baseNodeIds.has(group.id))
      .map((group) => ({ ...group })),
  ];
  settleParents(groups);
  const groupIds = new Set(groups.map((group) => group.id));

  const nodes: DiagramNode[] = [
    ...base.nodes
      .filter((node) => !removedNodes.has(node.id))
      .map((node) => changedNode(node, nodeChanges.get(node.id), groupIds)),
    ...edits.added.nodes
      .filter((node) => !baseNodeIds.has(node.id) && !groupIds.has(node.id))
      .map(({ id, icon, lines, group }) => ({
        id,
        lines: [...lines],
        ...(icon ? { icon } : {}),
        ...(group && groupIds.has(group) ? { group } : {}),
      })),
  ];
  const ends = new Set([...groupIds, ...nodes.map((node) => node.id)]);
  const seen = new Set<string>();
  const edges = [
    ...base.edges.filter((edge) => !removedEdges.has(edgeKey(edge))),
    ...edits.added.edges.map((edge) => ({ ...edge })),
  ].filter((edge) => {
    const key = `${edgeKey(edge)}\u0000${edge.style}\u0000${edge.label ?? ''}`;
    if (seen.has(key) || !ends.has(edge.from) || !ends.has(edge.to)) return false;
    seen.add(key);
    return true;
  });
  return { direction: edits.direction ?? base.direction, groups, nodes, edges };
}

function changedGroup(group: DiagramGroup, changes: ReadonlyMap<string, DiagramEdits['changed']['groups'][number]>) {
  const change = changes.get(group.id);
  const next: DiagramGroup = { ...group };
  if (!change) return next;
  if (change.label !== undefined) next.label = change.label;
  if (change.kind !== undefined) next.kind = change.kind;
  if (change.parent === null) delete next.parent;
  else if (change.parent !== undefined) next.parent = change.parent;
  return next;
}

function changedNode(
  node: DiagramNode,
  change: DiagramEdits['changed']['nodes'][number] | undefined,
  groupIds: ReadonlySet<string>,
): DiagramNode {
  const next: DiagramNode = { ...node, lines: [...node.lines] };
  if (change) {
    if (change.lines !== undefined) next.lines = resolveLines(change.lines, node.lines);
    if (change.icon === null) delete next.icon;
    else if (change.icon !== undefined) next.icon = change.icon;
    if (change.group === null) delete next.group;
    else if (change.group !== undefined && groupIds.has(change.group)) next.group = change.group;
  }
  if (next.group !== undefined && !groupIds.has(next.group)) delete next.group;
  return next;
}

/** A group whose parent is gone moves to the top; a loop of parents (edits made apart) is cut. */
function settleParents(groups: DiagramGroup[]): void {
  const byId = new Map(groups.map((group) => [group.id, group]));
  for (const group of groups) {
    if (group.parent !== undefined && !byId.has(group.parent)) delete group.parent;
  }
  for (const group of groups) {
    const visited = new Set<string>([group.id]);
    for (let parent = group.parent; parent !== undefined; parent = byId.get(parent)?.parent) {
      if (visited.has(parent)) {
        delete group.parent;
        break;
      }
      visited.add(parent);
    }
  }
}
