import { className } from '../model/to-mermaid';
import type { DiagramGroup, DiagramModel, DiagramNode } from '../model/types';

/**
 * A model as the text the editor shows: Mermaid flowchart statements, one per
 * line, without what the app adds when it draws (colours, costs, the
 * accessible title and description). Reading it back gives the same model.
 */
export function toEditableSource(model: DiagramModel): string {
  const out = [`flowchart ${model.direction}`];
  const children = new Map<string | undefined, DiagramGroup[]>();
  for (const group of model.groups) children.set(group.parent, [...(children.get(group.parent) ?? []), group]);
  const emit = (parent: string | undefined, depth: number): void => {
    const indent = '  '.repeat(depth + 1);
    for (const node of model.nodes.filter((candidate) => candidate.group === parent)) {
      out.push(`${indent}${nodeStatement(node)}`);
    }
    for (const group of children.get(parent) ?? []) {
      out.push(`${indent}subgraph ${group.id}["${quoted(group.label)}"]`);
      emit(group.id, depth + 1);
      out.push(`${indent}end`);
    }
  };
  emit(undefined, 0);
  // Nodes in a group that is gone are still listed, at the top level.
  const groupIds = new Set(model.groups.map((group) => group.id));
  for (const node of model.nodes.filter((candidate) => candidate.group && !groupIds.has(candidate.group))) {
    out.push(`  ${nodeStatement(node)}`);
  }
  for (const edge of model.edges) {
    const arrow = edge.style === 'dashed' ? '-.->' : '-->';
    const label = edge.label ? `|"${quoted(edge.label)}"|` : '';
    out.push(`  ${edge.from} ${arrow}${label} ${edge.to}`);
  }
  const kinds = [...new Set(model.groups.map((group) => group.kind))].filter((kind) => kind !== 'generic');
  for (const kind of kinds) {
    const ids = model.groups.filter((group) => group.kind === kind).map((group) => group.id);
    out.push(`  class ${ids.join(',')} ${className(kind)}`);
  }
  return `${out.join('\n')}\n`;
}

function nodeStatement(node: DiagramNode): string {
  const label = node.lines.map(quoted).join('\\n');
  return node.icon ? `${node.id}@{ icon: "aws:${node.icon}", label: "${label}" }` : `${node.id}["${label}"]`;
}

/** Inside double quotes only the quote itself needs Mermaid's entity code. */
function quoted(text: string): string {
  return text.replace(/"/g, '#quot;');
}
