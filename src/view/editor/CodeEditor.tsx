// A CodeMirror 6 YAML editor as a React component (loaded only with the manifest panel). Tab is
// not bound, so Tab and Shift+Tab move focus out of the editor as everywhere else on the page;
// indentation is typed with spaces, as YAML wants anyway.
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { basicSetup, EditorView } from 'codemirror';
import { Compartment, EditorState } from '@codemirror/state';
import { yaml } from '@codemirror/lang-yaml';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { tags } from '@lezer/highlight';

export interface EditorProblem {
  line: number;
  column: number;
  message: string;
}

export interface CodeEditorHandle {
  /** Puts the caret at a 1-based line and column and focuses the editor. */
  goTo: (line: number, column: number) => void;
}

interface Props {
  value: string;
  onChange: (text: string) => void;
  /** The accessible name of the text area. */
  label: string;
  /** Id of the text describing how to leave the editor and what it holds. */
  describedBy?: string;
  dark: boolean;
  /** CodeMirror's phrases (its search panel, lint panel, fold markers) in the page's language. */
  phrases: Readonly<Record<string, string>>;
  problems: readonly EditorProblem[];
  ref?: Ref<CodeEditorHandle>;
}

// Colours come from the page's theme variables (app.css / editor.css), so both themes just work.
const highlight = HighlightStyle.define([
  { tag: [tags.propertyName, tags.definition(tags.propertyName)], color: 'var(--cm-key)' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--cm-string)' },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: 'var(--cm-number)' },
  { tag: [tags.comment, tags.lineComment], color: 'var(--cm-comment)', fontStyle: 'italic' },
  { tag: [tags.meta, tags.punctuation, tags.separator, tags.keyword], color: 'var(--cm-punct)' },
]);

const themeFor = (dark: boolean) => EditorView.theme({}, { dark });

function offsetOf(state: EditorState, line: number, column: number): number {
  const l = state.doc.line(Math.min(Math.max(1, line), state.doc.lines));
  return Math.min(l.from + Math.max(0, column - 1), l.to);
}

function diagnostics(state: EditorState, problems: readonly EditorProblem[]): Diagnostic[] {
  return problems.map((p) => {
    const from = offsetOf(state, p.line, p.column);
    const end = state.doc.lineAt(from).to;
    return { from, to: Math.max(from, end), severity: 'error', message: p.message };
  });
}

export function CodeEditor({ value, onChange, label, describedBy, dark, phrases, problems, ref }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const theme = useRef(new Compartment());
  const language = useRef(new Compartment());
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    // tabindex 0 changes nothing for the browser (editable content is in the tab order anyway) but
    // tells checkers such as axe that the scrolling editor has keyboard-reachable content.
    const attrs: Record<string, string> = { 'aria-label': label, tabindex: '0' };
    if (describedBy) attrs['aria-describedby'] = describedBy;
    const v = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: value,
        extensions: [
          basicSetup,
          yaml(),
          syntaxHighlighting(highlight),
          lintGutter(),
          theme.current.of(themeFor(dark)),
          language.current.of(EditorState.phrases.of(phrases)),
          EditorView.contentAttributes.of(attrs),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) onChangeRef.current(u.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = v;
    return () => {
      v.destroy();
      view.current = null;
    };
    // The view is made once; later prop changes are dispatched below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A new text from outside (the live object, a gallery entry) replaces the document.
  useEffect(() => {
    const v = view.current;
    if (!v || v.state.doc.toString() === value) return;
    const head = Math.min(v.state.selection.main.head, value.length);
    v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: value }, selection: { anchor: head } });
  }, [value]);

  useEffect(() => {
    view.current?.dispatch({ effects: theme.current.reconfigure(themeFor(dark)) });
  }, [dark]);

  useEffect(() => {
    view.current?.dispatch({ effects: language.current.reconfigure(EditorState.phrases.of(phrases)) });
  }, [phrases]);

  useEffect(() => {
    const v = view.current;
    if (v) v.dispatch(setDiagnostics(v.state, diagnostics(v.state, problems)));
  }, [problems, value]);

  useImperativeHandle(ref, () => ({
    goTo: (line, column) => {
      const v = view.current;
      if (!v) return;
      const at = offsetOf(v.state, line, column);
      v.dispatch({ selection: { anchor: at }, scrollIntoView: true });
      v.focus();
    },
  }));

  return <div className="code-editor" ref={host} data-testid="editor.code" />;
}
