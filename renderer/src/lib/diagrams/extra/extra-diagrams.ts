import type { ComputeOptionId } from '../../../../../electron/common/compute-options';
import {
  EXTRA_DIAGRAMS_MAX,
  emptyEdits,
  extraDiagramSchema,
  type DiagramEdits,
  type ExtraDiagram,
} from '../../../../../electron/common/diagrams/user-diagrams-schema';

/**
 * The rules for a profile's diagrams of the user's own: names, the blank
 * starter, copies of an option's diagram, and the list's limit. Plain
 * functions over the saved list, so they are unit-tested without the app.
 */

export const FULL_MESSAGE = `A profile holds at most ${EXTRA_DIAGRAMS_MAX} diagrams of your own; delete one to make room.`;

const sameTitle = (a: string, b: string): boolean => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** Why a title cannot be used, or null: the saved file's own rule, and unique within the profile. */
export function titleProblem(title: string, list: readonly ExtraDiagram[], exceptId?: string): string | null {
  const parsed = extraDiagramSchema.shape.title.safeParse(title);
  if (!parsed.success) return `The name ${parsed.error.issues[0]?.message ?? 'is not valid'}.`;
  const taken = list.find((diagram) => diagram.id !== exceptId && sameTitle(diagram.title, title));
  return taken ? `This profile already has a diagram named “${taken.title}”.` : null;
}

/** "Name (copy)", then "Name (copy 2)"…: the first that is free. */
export function copyTitle(title: string, list: readonly ExtraDiagram[]): string {
  for (let n = 1; ; n++) {
    const candidate = `${title} (copy${n === 1 ? '' : ` ${n}`})`;
    if (!list.some((diagram) => sameTitle(diagram.title, candidate))) return candidate;
  }
}

/** A new id, not one the list has (ids name the diagram's page and its files). */
export function freshId(list: readonly ExtraDiagram[], random: () => number = Math.random): string {
  for (;;) {
    const id = Math.floor(random() * 36 ** 8)
      .toString(36)
      .padStart(8, '0');
    if (!list.some((diagram) => diagram.id === id)) return id;
  }
}

/**
 * The blank starter: AWS Cloud around a Region, and one box for the user's
 * own service, so the first picture already looks like AWS's diagrams.
 */
export function blankStarter(region: string): DiagramEdits {
  const edits = emptyEdits();
  edits.direction = 'LR';
  edits.added.groups.push(
    { id: 'cloud', kind: 'aws-cloud', label: 'AWS Cloud' },
    { id: 'region', kind: 'region', label: `Region ${region}`, parent: 'cloud' },
  );
  edits.added.nodes.push({ id: 'service', lines: ['Your service'], group: 'region' });
  return edits;
}

export type NewDiagramStart = { blank: true; region: string } | { option: ComputeOptionId; edits?: DiagramEdits };

export type ListChange = { ok: true; list: ExtraDiagram[]; diagram: ExtraDiagram } | { ok: false; message: string };

/**
 * A new diagram at the end of the list: blank, or a copy of an option's
 * diagram as it is now (its edits copied too; the generated parts go on
 * following the estimate).
 */
export function addDiagram(
  list: readonly ExtraDiagram[],
  title: string,
  start: NewDiagramStart,
  random?: () => number,
): ListChange {
  if (list.length >= EXTRA_DIAGRAMS_MAX) return { ok: false, message: FULL_MESSAGE };
  const problem = titleProblem(title, list);
  if (problem) return { ok: false, message: problem };
  const diagram: ExtraDiagram = {
    id: freshId(list, random),
    title: title.trim(),
    basedOn: 'blank' in start ? null : start.option,
    edits: 'blank' in start ? blankStarter(start.region) : structuredClone(start.edits ?? emptyEdits()),
  };
  return { ok: true, list: [...list, diagram], diagram };
}

/** A copy just after the original, named "… (copy)". */
export function duplicateDiagram(list: readonly ExtraDiagram[], id: string, random?: () => number): ListChange {
  const original = list.find((diagram) => diagram.id === id);
  if (!original) return { ok: false, message: 'That diagram is no longer in this profile.' };
  if (list.length >= EXTRA_DIAGRAMS_MAX) return { ok: false, message: FULL_MESSAGE };
  const diagram: ExtraDiagram = {
    ...structuredClone(original),
    id: freshId(list, random),
    title: copyTitle(original.title, list),
  };
  const at = list.indexOf(original) + 1;
  return { ok: true, list: [...list.slice(0, at), diagram, ...list.slice(at)], diagram };
}

export function renameDiagram(list: readonly ExtraDiagram[], id: string, title: string): ListChange {
  const original = list.find((diagram) => diagram.id === id);
  if (!original) return { ok: false, message: 'That diagram is no longer in this profile.' };
  const problem = titleProblem(title, list, id);
  if (problem) return { ok: false, message: problem };
  const diagram = { ...original, title: title.trim() };
  return { ok: true, list: list.map((each) => (each.id === id ? diagram : each)), diagram };
}

export function withEdits(list: readonly ExtraDiagram[], id: string, edits: DiagramEdits): ExtraDiagram[] {
  return list.map((each) => (each.id === id ? { ...each, edits } : each));
}
