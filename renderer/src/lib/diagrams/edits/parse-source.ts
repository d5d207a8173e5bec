import {
  DIAGRAM_EDGES_MAX,
  DIAGRAM_GROUP_KINDS,
  DIAGRAM_LABEL_MAX,
  DIAGRAM_LINES_MAX,
  DIAGRAM_PARTS_MAX,
  diagramIdSchema,
  type DiagramDirection,
} from '../../../../../electron/common/diagrams/user-diagrams-schema';
import { className } from '../model/to-mermaid';
import type { DiagramEdge, DiagramGroup, DiagramModel, DiagramNode, GroupKind } from '../model/types';
import { readNodeRef, readArrow, SourceError, type NodeRef } from './source-tokens';

export type ParsedSource = { ok: true; model: DiagramModel } | { ok: false; line: number; message: string };

/** Generated parts plus the user's: room for both, yet small enough to lay out in a moment. */
const MAX_NODES = DIAGRAM_PARTS_MAX * 2;
const MAX_GROUPS = DIAGRAM_PARTS_MAX;
const MAX_DEPTH = 12;

const KIND_BY_CLASS = new Map<string, GroupKind>(DIAGRAM_GROUP_KINDS.map((kind) => [className(kind), kind]));
const CLASS_NAMES = [...KIND_BY_CLASS.keys()].join(', ');
const HEADER = /^(?:flowchart|graph)\s+(LR|TB|TD|RL|BT)$/;

/**
 * Reads the editor's text: the flowchart statements the app writes (AWS icon
 * nodes, boxes, subgraphs, arrows, `class` lines giving groups their kind)
 * and nothing else, so that what is typed can be kept as a model and drawn
 * the app's way. The first problem is reported with its line number.
 */
export function parseEditableSource(source: string, knownIcons: ReadonlySet<string>): ParsedSource {
  try {
    return { ok: true, model: new Reader(knownIcons).read(source) };
  } catch (error) {
    if (error instanceof SourceError) return { ok: false, line: error.line, message: error.message };
    throw error;
  }
}

class Reader {
  private direction: DiagramDirection | null = null;
  private readonly groups = new Map<string, DiagramGroup>();
  private readonly nodes = new Map<string, DiagramNode>();
  /** Nodes given a label or icon (not only named in an arrow), with the line that did it. */
  private readonly declared = new Map<string, number>();
  private readonly edges: DiagramEdge[] = [];
  private readonly stack: string[] = [];
  private inDescription = false;

  constructor(private readonly knownIcons: ReadonlySet<string>) {}

  read(source: string): DiagramModel {
    const lines = source.split(/\r\n|\r|\n/);
    lines.forEach((raw, index) => this.statement(raw.trim().replace(/;$/, '').trim(), index + 1));
    if (!this.direction) throw new SourceError(1, 'A diagram starts with “flowchart LR” (or TB, RL, BT).');
    if (this.stack.length > 0) {
      throw new SourceError(lines.length, `The group “${this.stack.at(-1)}” has no “end”.`);
    }
    // An arrow may name a group declared after it: that name is the group, not a new node.
    for (const id of this.groups.keys()) {
      const line = this.declared.get(id);
      if (line !== undefined) throw new SourceError(line, `“${id}” is already the id of a group.`);
      this.nodes.delete(id);
    }
    return {
      direction: this.direction,
      groups: [...this.groups.values()],
      nodes: [...this.nodes.values()],
      edges: this.edges,
    };
  }

  private statement(text: string, line: number): void {
    if (this.inDescription) {
      if (text.includes('}')) this.inDescription = false;
      return;
    }
    if (text === '' || text.startsWith('%%')) {
      if (text.startsWith('%%{'))
        throw new SourceError(line, '%%{…}%% directives are not allowed: the app sets the theme.');
      return;
    }
    if (!this.direction) {
      const header = HEADER.exec(text);
      if (!header) throw new SourceError(line, 'A diagram starts with “flowchart LR” (or TB, RL, BT).');
      this.direction = header[1] === 'TD' ? 'TB' : (header[1] as DiagramDirection);
      return;
    }
    const keyword = /^[A-Za-z]+/.exec(text)?.[0] ?? '';
    const rest = text.slice(keyword.length);
    switch (keyword) {
      case 'subgraph':
        return this.openGroup(rest.trim(), line);
      case 'end':
        if (rest.trim() !== '') break;
        if (this.stack.length === 0) throw new SourceError(line, '“end” without a “subgraph” to close.');
        this.stack.pop();
        return;
      case 'class':
        return this.classes(rest.trim(), line);
      case 'classDef':
      case 'style':
      case 'linkStyle':
        throw new SourceError(
          line,
          `Colours follow AWS’s conventions: give a group its kind with “class id privateSubnet” (kinds: ${CLASS_NAMES}).`,
        );
      case 'click':
        throw new SourceError(line, '“click” (links and callbacks) is not allowed.');
      case 'direction':
        throw new SourceError(line, 'A group cannot have its own direction; set it on the first line.');
      case 'accTitle':
      case 'accDescr':
        // The app writes the title and description from the diagram itself.
        if (/^\s*\{/.test(rest) && !rest.includes('}')) this.inDescription = true;
        if (/^\s*[:{]/.test(rest)) return;
        break;
      case 'flowchart':
      case 'graph':
        throw new SourceError(line, 'A diagram has one “flowchart” line, the first.');
    }
    this.chain(text, line);
  }

  private openGroup(rest: string, line: number): void {
    const ref = readNodeRef(rest, 0, line, this.knownIcons);
    if (rest.slice(ref.end).trim() !== '') throw new SourceError(line, 'Write a group as subgraph id["Title"].');
    if (typeof ref.icon === 'string')
      throw new SourceError(line, 'A group cannot have an icon; its kind gives it one.');
    this.checkId(ref.id, line);
    if (this.groups.has(ref.id)) throw new SourceError(line, `There is already a group “${ref.id}”.`);
    if (this.declared.has(ref.id)) throw new SourceError(line, `“${ref.id}” is already the id of a node.`);
    if (this.groups.size >= MAX_GROUPS) throw new SourceError(line, `A diagram can have at most ${MAX_GROUPS} groups.`);
    if (this.stack.length >= MAX_DEPTH) throw new SourceError(line, `Groups nest at most ${MAX_DEPTH} deep.`);
    const parent = this.stack.at(-1);
    const label = ref.lines?.join(' ') ?? ref.id;
    this.groups.set(ref.id, { id: ref.id, kind: 'generic', label, ...(parent ? { parent } : {}) });
    this.stack.push(ref.id);
  }

  private classes(rest: string, line: number): void {
    const parts = /^([A-Za-z0-9_]+(?:\s*,\s*[A-Za-z0-9_]+)*)\s+([A-Za-z0-9_]+)$/.exec(rest);
    if (!parts) throw new SourceError(line, 'Write a group’s kind as “class id1,id2 privateSubnet”.');
    const kind = KIND_BY_CLASS.get(parts[2]!);
    if (!kind) throw new SourceError(line, `“${parts[2]}” is not a kind of group; the kinds are ${CLASS_NAMES}.`);
    for (const id of parts[1]!.split(',').map((name) => name.trim())) {
      const group = this.groups.get(id);
      if (!group) throw new SourceError(line, `“${id}” is not a group declared above; only groups take a kind.`);
      group.kind = kind;
    }
  }

  /** A node, or nodes joined by arrows: a --> b -.-> c */
  private chain(text: string, line: number): void {
    let ref = readNodeRef(text, 0, line, this.knownIcons);
    this.touch(ref, line);
    let at = ref.end;
    while (text.slice(at).trim() !== '') {
      const arrow = readArrow(text, at, line);
      const next = readNodeRef(text, arrow.end, line, this.knownIcons);
      this.touch(next, line);
      if (this.edges.length >= DIAGRAM_EDGES_MAX) {
        throw new SourceError(line, `A diagram can have at most ${DIAGRAM_EDGES_MAX} arrows.`);
      }
      this.edges.push({
        from: ref.id,
        to: next.id,
        style: arrow.style,
        ...(arrow.label ? { label: arrow.label } : {}),
      });
      ref = next;
      at = next.end;
    }
  }

  private touch(ref: NodeRef, line: number): void {
    this.checkId(ref.id, line);
    const declares = ref.lines !== undefined || ref.icon !== undefined;
    if (declares && this.groups.has(ref.id)) throw new SourceError(line, `“${ref.id}” is already the id of a group.`);
    if (ref.lines && ref.lines.length > DIAGRAM_LINES_MAX) {
      throw new SourceError(line, `A label can have at most ${DIAGRAM_LINES_MAX} lines.`);
    }
    if (ref.lines?.some((text) => text.length > DIAGRAM_LABEL_MAX)) {
      throw new SourceError(line, `A label line can be at most ${DIAGRAM_LABEL_MAX} characters.`);
    }
    const existing = this.nodes.get(ref.id);
    if (!existing) {
      if (this.groups.has(ref.id)) return;
      if (this.nodes.size >= MAX_NODES) throw new SourceError(line, `A diagram can have at most ${MAX_NODES} nodes.`);
      const group = this.stack.at(-1);
      this.nodes.set(ref.id, { id: ref.id, lines: ref.lines ?? [ref.id], ...(group ? { group } : {}) });
    }
    const node = this.nodes.get(ref.id)!;
    if (ref.lines) node.lines = ref.lines;
    if (ref.icon !== undefined) {
      if (ref.icon === null) delete node.icon;
      else node.icon = ref.icon;
    }
    if (declares) this.declared.set(ref.id, line);
  }

  private checkId(id: string, line: number): void {
    const checked = diagramIdSchema.safeParse(id);
    if (!checked.success)
      throw new SourceError(line, `The id “${id}” ${checked.error.issues[0]?.message ?? 'is not valid'}.`);
  }
}
