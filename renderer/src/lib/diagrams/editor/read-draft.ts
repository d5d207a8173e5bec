import type { DiagramEdits } from '../../../../../electron/common/diagrams/user-diagrams-schema';
import { MAX_SOURCE_CHARS } from '../diagram-guard';
import { diffEdits } from '../edits/diff-edits';
import { parseEditableSource } from '../edits/parse-source';
import { NODE_ICON_NAMES } from '../icon-names';
import type { DiagramModel } from '../model/types';

export type Draft = { ok: true; edits: DiagramEdits } | { ok: false; line: number | null; message: string };

/**
 * What the editor's text makes of the generated diagram: the user's edits,
 * or the first problem and its line. The text is untrusted: over the size
 * limit it is not read at all.
 */
export function readDraft(text: string, generated: DiagramModel): Draft {
  if (text.length > MAX_SOURCE_CHARS) {
    return {
      ok: false,
      line: null,
      message: `The diagram source is ${Math.ceil(text.length / 1024)} KB; the limit is ${MAX_SOURCE_CHARS / 1024} KB.`,
    };
  }
  const parsed = parseEditableSource(text, NODE_ICON_NAMES);
  if (!parsed.ok) return parsed;
  return { ok: true, edits: diffEdits(generated, parsed.model) };
}
