import type { ComputeOptionId } from '../../../../../electron/common/compute-options';
import type { DiagramEdits } from '../../../../../electron/common/diagrams/user-diagrams-schema';

type EditsSource = (optionId: ComputeOptionId) => DiagramEdits | undefined;

let source: EditsSource = () => undefined;

/**
 * Where the diagrams find the user's saved edits: the app points this at the
 * open profile's (a rune state, so views redraw when they change); plain
 * modules and their tests see none unless they set one.
 */
export function readEditsFrom(next: EditsSource): void {
  source = next;
}

export function savedEditsFor(optionId: ComputeOptionId): DiagramEdits | undefined {
  return source(optionId);
}
