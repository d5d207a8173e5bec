import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { EditorState, StateEffect, StateField } from '@codemirror/state';
import {
  Decoration,
  drawSelection,
  EditorView,
  highlightActiveLine,
  keymap,
  lineNumbers,
  type DecorationSet,
} from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { mermaidFlowchart } from './mermaid-language';

/** Marks the line the reader stopped at (1-based), or clears the mark with null. */
const markProblem = StateEffect.define<number | null>();

const problemLine = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, transaction) {
    let next = marks.map(transaction.changes);
    for (const effect of transaction.effects) {
      if (!effect.is(markProblem)) continue;
      const line = effect.value;
      next =
        line === null || line > transaction.state.doc.lines
          ? Decoration.none
          : Decoration.set([
              Decoration.line({ class: 'cm-problem-line' }).range(transaction.state.doc.line(line).from),
            ]);
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

// Colours from the app's palette (CSS variables in app.css, one set per theme), so both themes
// keep 4.5:1 on the editor's background, its active line and its problem line.
const highlight = HighlightStyle.define([
  { tag: tags.keyword, color: 'var(--code-keyword)', fontWeight: '600' },
  { tag: tags.string, color: 'var(--code-string)' },
  { tag: tags.comment, color: 'var(--muted)', fontStyle: 'italic' },
  { tag: tags.operator, color: 'var(--code-operator)' },
  { tag: tags.atom, color: 'var(--code-operator)' },
  { tag: tags.propertyName, color: 'var(--muted)' },
]);

const look = EditorView.theme({
  '&': { fontSize: '0.85rem', border: '1px solid var(--border)', borderRadius: '6px', background: 'var(--bg)' },
  '&.cm-focused': { outline: '2px solid var(--accent)', outlineOffset: '1px' },
  '.cm-content': { fontFamily: 'ui-monospace, monospace', color: 'var(--text)', caretColor: 'var(--text)' },
  '.cm-gutters': { background: 'var(--surface)', color: 'var(--muted)', borderRight: '1px solid var(--border)' },
  '.cm-scroller': { maxHeight: '28rem', overflow: 'auto' },
  '.cm-problem-line': { background: 'color-mix(in srgb, var(--danger) 18%, transparent)' },
  '.cm-activeLine': { background: 'color-mix(in srgb, var(--text) 6%, transparent)' },
});

export interface SourceEditor {
  view: EditorView;
  text(): string;
  /** Replaces the whole text as one undoable change. */
  setText(text: string): void;
  /** Inserts a statement on its own line after the cursor's line, and puts the cursor there. */
  insertLine(statement: string): void;
  markProblemAt(line: number | null): void;
  destroy(): void;
}

/** The diagram source editor: line numbers, undo/redo, find, Mermaid highlighting, the problem line marked. */
export function createSourceEditor(
  parent: HTMLElement,
  initial: string,
  options: { label: string; onChange: (text: string) => void; attributes?: Record<string, string> },
): SourceEditor {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: initial,
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        highlightSelectionMatches(),
        search({ top: true }),
        // No Tab binding: Tab moves on to the next control, as everywhere else in the app.
        keymap.of([...defaultKeymap, ...historyKeymap, ...searchKeymap]),
        mermaidFlowchart,
        syntaxHighlighting(highlight),
        problemLine,
        look,
        EditorView.lineWrapping,
        // tabindex 0 names the editable text as the Tab stop it already is, so the scrolling box
        // around it counts as reachable by keyboard (axe: scrollable-region-focusable).
        EditorView.contentAttributes.of({ 'aria-label': options.label, tabindex: '0', ...options.attributes }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    view,
    text: () => view.state.doc.toString(),
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    insertLine(statement) {
      const line = view.state.doc.lineAt(view.state.selection.main.head);
      const indent = /^\s*/.exec(line.text)?.[0] ?? '';
      const insert = `\n${indent || '  '}${statement}`;
      view.dispatch({
        changes: { from: line.to, insert },
        selection: { anchor: line.to + insert.length },
        scrollIntoView: true,
      });
      view.focus();
    },
    markProblemAt(line) {
      view.dispatch({ effects: markProblem.of(line) });
    },
    destroy: () => view.destroy(),
  };
}
