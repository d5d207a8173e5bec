import type { DiagramEdits } from '../../../../electron/common/diagrams/user-diagrams-schema';
import type { OptionDiagram } from '../../lib/diagrams/option-diagram';
import { lazyComponent } from '../../lib/lazy-component.svelte';
import type { Theme } from '../../lib/theme.svelte';

export type DiagramEditorProps = {
  /** Whose diagram: an option's id, or "extra-<id>" for one of the user's own; names the test ids. */
  subject: string;
  /** "Lambda", "“Data flow”": how the editor's labels name the diagram. */
  label: string;
  theme: Theme;
  /** The diagram as shown now (with any saved edits): the text starts from it. */
  diagram: OptionDiagram;
  /** The diagram the draft's edits make, as the views would draw it. */
  draw: (edits: DiagramEdits) => OptionDiagram | null;
  /** Keeps the edits with the profile (the editor then saves the profile). */
  onsave: (edits: DiagramEdits) => void;
  onclose: () => void;
};

// CodeMirror comes with the editor, in its own chunk: cold start does not pay for it.
export const diagramEditorCode = lazyComponent<DiagramEditorProps>(() => import('./DiagramEditor.svelte'));
