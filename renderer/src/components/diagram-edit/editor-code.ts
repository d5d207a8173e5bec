import type { DiagramEdits } from '../../../../electron/common/diagrams/user-diagrams-schema';
import type { OptionDiagram } from '../../lib/diagrams/option-diagram';
import { lazyComponent } from '../../lib/lazy-component.svelte';
import type { Theme } from '../../lib/theme.svelte';

export type DiagramEditorProps = {
  subject: string;
  label: string;
  theme: Theme;
  diagram: OptionDiagram;
  draw: (edits: DiagramEdits) => OptionDiagram | null;
  onsave: (edits: DiagramEdits) => void;
  onclose: () => void;
};

// CodeMirror comes with the editor, in its own chunk: cold start does not pay for it.
export const diagramEditorCode = lazyComponent<DiagramEditorProps>(() => import('./DiagramEditor.svelte'));
