import { diagramEditorCode } from './editor-code';

/**
 * Whether a diagram's editor is open, for the button that opens it. The
 * editor's code (CodeMirror) is a chunk of its own, loaded on the first open: a
 * load that fails is said beside the button rather than thrown.
 */
export class EditorOpening {
  editing = $state(false);
  loadError = $state<string | null>(null);
  /** The button that opens the editor: the focus goes back to it on close. */
  opener: HTMLElement | undefined = undefined;

  async open(): Promise<void> {
    this.loadError = null;
    try {
      await diagramEditorCode.load();
      this.editing = true;
    } catch (failure) {
      this.loadError = `The editor could not be loaded: ${failure instanceof Error ? failure.message : String(failure)}`;
    }
  }

  /** Closes the editor and gives the focus back to the button that opened it. */
  close(): void {
    this.editing = false;
    this.opener?.focus();
  }
}
