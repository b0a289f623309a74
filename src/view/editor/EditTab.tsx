// The editor view: the live YAML of an object (refreshed while it has no unsaved edits) or a
// gallery example; errors as the API server words them, at their line; "Review changes" shows
// what the apply will change; "Apply" saves the text as a file and runs `kubectl apply -f` on it.
import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import type { DiffResult, ObjectDiff } from '../../manifests/diff.ts';
import { galleryEntry, galleryText } from '../../manifests/gallery.ts';
import type { World } from '../../sim/engine/world.ts';
import { Timeline } from '../../timeline/timeline.ts';
import { useLab, useLabState, useWorld } from '../hooks/lab.ts';
import { useT } from '../hooks/useT.ts';
import { CodeEditor, type CodeEditorHandle, type EditorProblem } from './CodeEditor.tsx';
import {
  applyLine,
  applyText,
  defaultRef,
  editableObjects,
  EDITABLE_KINDS,
  fileFor,
  liveYaml,
  review,
  sameRef,
  type EditableKind,
  type ObjectRef,
} from './manifests.ts';

/** What the panel asks the editor to show: the live objects, or a gallery example. */
export type EditSource = { type: 'live' } | { type: 'gallery'; id: string };

type Origin = { type: 'live'; ref: ObjectRef } | { type: 'gallery'; id: string } | { type: 'none' };

interface Doc {
  origin: Origin;
  text: string;
  /** The text as loaded: edits are unsaved while the text differs from it. */
  baseline: string;
  file: string;
}

const EMPTY: Doc = { origin: { type: 'none' }, text: '', baseline: '', file: 'manifest.yaml' };

function liveDoc(world: World, ref: ObjectRef | undefined): Doc {
  const text = ref ? liveYaml(world, ref) : undefined;
  if (!ref || text === undefined) return EMPTY;
  return { origin: { type: 'live', ref }, text, baseline: text, file: fileFor(ref) };
}

const refKey = (r: ObjectRef) => `${r.kind}/${r.name}`;

/** CodeMirror's English phrases and the keys of their translations. */
const CM_PHRASES = {
  Find: 'editor.cm.find',
  Replace: 'editor.cm.replace',
  next: 'editor.cm.next',
  previous: 'editor.cm.previous',
  all: 'editor.cm.all',
  'match case': 'editor.cm.matchCase',
  regexp: 'editor.cm.regexp',
  'by word': 'editor.cm.byWord',
  replace: 'editor.cm.replaceOne',
  'replace all': 'editor.cm.replaceAll',
  close: 'editor.cm.close',
  'Go to line': 'editor.cm.goToLine',
  go: 'editor.cm.go',
  'current match': 'editor.cm.currentMatch',
  'on line': 'editor.cm.onLine',
  Diagnostics: 'editor.cm.diagnostics',
  'No diagnostics': 'editor.cm.noDiagnostics',
  'Fold line': 'editor.cm.foldLine',
  'Unfold line': 'editor.cm.unfoldLine',
} as const;

function show(v: unknown): string {
  return v === undefined ? '' : JSON.stringify(v);
}

export function EditTab({ source, onSource }: { source: EditSource; onSource: (s: EditSource) => void }) {
  const t = useT();
  const lab = useLab();
  const id = useId();
  const world = useWorld();
  const selection = useLabState((s) => s.selection);
  const lang = useLabState((s) => s.lang);
  const dark = useLabState((s) => s.theme) === 'dark';
  const editor = useRef<CodeEditorHandle>(null);
  const phrases = useMemo(
    () => Object.fromEntries(Object.entries(CM_PHRASES).map(([phrase, key]) => [phrase, t(key)])),
    [t],
  );
  const [doc, setDoc] = useState<Doc>(() => liveDoc(world, defaultRef(world, selection)));
  const [preview, setPreview] = useState<{ text: string; result: DiffResult } | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [lastSource, setLastSource] = useState(source);
  const [lastSelection, setLastSelection] = useState(selection);
  const timeline = lab.timeline();
  const [lastTimeline, setLastTimeline] = useState(timeline);

  const dirty = doc.text !== doc.baseline;
  const live = doc.origin.type === 'live' ? liveYaml(world, doc.origin.ref) : undefined;

  // Following the page, during render (React's "adjust state on change" pattern):
  if (source !== lastSource) {
    // A gallery pick loads the example.
    setLastSource(source);
    const entry = source.type === 'gallery' ? galleryEntry(source.id) : undefined;
    if (entry) {
      setDoc({ origin: { type: 'gallery', id: entry.id }, text: entry.yaml, baseline: entry.yaml, file: entry.file });
      setPreview(null);
      setOutcome(null);
    }
  } else if (timeline !== lastTimeline) {
    // Another timeline was adopted (an import, a fresh sandbox, a preset): show its objects.
    setLastTimeline(timeline);
    if (!dirty && doc.origin.type !== 'gallery') {
      setDoc(liveDoc(world, defaultRef(world, selection)));
      setPreview(null);
    }
  } else if (selection !== lastSelection) {
    // A click in the picture shows that object, unless there are unsaved edits.
    setLastSelection(selection);
    const ref = defaultRef(world, selection);
    if (!dirty && selection && ref && !(doc.origin.type === 'live' && sameRef(doc.origin.ref, ref))) {
      setDoc(liveDoc(world, ref));
      setPreview(null);
    }
  } else if (doc.origin.type === 'live' && live !== undefined && live !== doc.baseline && !dirty) {
    // The live object changed and nothing is being edited: show it as it is now.
    setDoc({ ...doc, text: live, baseline: live });
  } else if (doc.origin.type === 'none') {
    const ref = defaultRef(world, selection);
    if (ref) setDoc(liveDoc(world, ref));
  }

  // Errors while typing, as apply would report them (against the world as it is now).
  const typed = useDeferredValue(doc.text);
  const check = useMemo(
    () => (typed.trim() ? review(lab.worldNow(), typed, doc.file) : undefined),
    [lab, typed, doc.file],
  );
  const shownPreview = preview && preview.text === doc.text ? preview.result : null;
  const error = shownPreview && !shownPreview.ok ? shownPreview : check && !check.ok ? check : undefined;
  const problems = useMemo<EditorProblem[]>(
    () => (error?.at ? [{ line: error.at.line, column: error.at.column, message: error.error }] : []),
    [error],
  );

  const objects = editableObjects(world);
  const currentRef = doc.origin.type === 'live' ? doc.origin.ref : undefined;
  const entry = doc.origin.type === 'gallery' ? galleryEntry(doc.origin.id) : undefined;
  const sandboxDiffers =
    entry !== undefined && (entry.world.storage !== world.config.storage || entry.world.mode !== world.config.mode);

  const pick = (key: string) => {
    const [kind, ...rest] = key.split('/');
    const ref = { kind: kind as EditableKind, name: rest.join('/') };
    if (!EDITABLE_KINDS.includes(ref.kind)) return;
    setDoc(liveDoc(world, ref));
    setPreview(null);
    setOutcome(null);
    onSource({ type: 'live' });
  };

  const reviewNow = () => {
    const result = review(lab.worldNow(), doc.text, doc.file);
    setPreview({ text: doc.text, result });
    setOutcome(null);
    if (!result.ok && result.at) editor.current?.goTo(result.at.line, result.at.column);
  };

  const apply = (diff: ObjectDiff[]) => {
    const entry = applyText(lab, doc.text, doc.file);
    setPreview(null);
    if (!entry) return;
    if (entry.exitCode !== 0) {
      setOutcome({ ok: false, text: entry.stderr.trim() });
      return;
    }
    setOutcome({ ok: true, text: entry.stdout.trim() });
    // Show what was applied as it now lives: the StatefulSet if there is one.
    const applied = [...diff]
      .sort((a, b) => EDITABLE_KINDS.indexOf(a.kind as EditableKind) - EDITABLE_KINDS.indexOf(b.kind as EditableKind))
      .find((o) => (EDITABLE_KINDS as readonly string[]).includes(o.kind));
    const next = applied ? liveDoc(lab.worldNow(), { kind: applied.kind as EditableKind, name: applied.name }) : EMPTY;
    setDoc(next.origin.type === 'none' ? { ...doc, baseline: doc.text } : next);
    onSource({ type: 'live' });
  };

  const reload = () => {
    setDoc(liveDoc(world, currentRef));
    setPreview(null);
    setOutcome(null);
  };

  const freshSandbox = () => {
    if (!entry) return;
    lab.adopt(new Timeline({ storage: entry.world.storage, mode: entry.world.mode }));
    setPreview(null);
    setOutcome(null);
  };

  return (
    <div className="edit-tab">
      <div className="edit-source">
        <label htmlFor={`${id}-object`}>{t('editor.object')}</label>
        <select
          id={`${id}-object`}
          value={currentRef ? refKey(currentRef) : ''}
          onChange={(e) => pick(e.target.value)}
          data-testid="editor.object"
        >
          {!currentRef && <option value="">{entry ? galleryText(entry, lang).title : t('editor.noObject')}</option>}
          {objects.map((r) => (
            <option key={refKey(r)} value={refKey(r)}>
              {refKey(r)}
            </option>
          ))}
        </select>
        {dirty && <span className="edit-badge">{t('editor.unsaved')}</span>}
      </div>

      {entry && (
        <p className="edit-note" data-testid="editor.gallery-note">
          {galleryText(entry, lang).summary}
          {sandboxDiffers && (
            <>
              {' '}
              {t('editor.gallery.sandbox', { storage: entry.world.storage, mode: entry.world.mode })}{' '}
              <button type="button" className="btn btn-small" onClick={freshSandbox} data-testid="editor.fresh-sandbox">
                {t('editor.gallery.freshSandbox')}
              </button>
            </>
          )}
        </p>
      )}
      {doc.origin.type === 'live' && live === undefined && (
        <p className="edit-note is-warn" role="status">
          {t('editor.gone', { name: refKey(doc.origin.ref) })}
        </p>
      )}
      {doc.origin.type === 'live' && live !== undefined && dirty && live !== doc.baseline && (
        <p className="edit-note is-warn" role="status" data-testid="editor.stale">
          {t('editor.liveChanged')}{' '}
          <button type="button" className="btn btn-small" onClick={reload}>
            {t('editor.reload')}
          </button>
        </p>
      )}

      <p id={`${id}-help`} className="edit-help">
        {t('editor.help', { command: applyLine(doc.file) })}
      </p>
      <CodeEditor
        ref={editor}
        value={doc.text}
        onChange={(text) => setDoc((d) => ({ ...d, text }))}
        label={t('editor.label')}
        describedBy={`${id}-help`}
        dark={dark}
        phrases={phrases}
        problems={problems}
      />

      {error && (
        <ul className="edit-problems" aria-label={t('editor.problems')} data-testid="editor.problems">
          <li>
            {error.at ? (
              <button
                type="button"
                className="linklike"
                onClick={() => editor.current?.goTo(error.at!.line, error.at!.column)}
              >
                {t('editor.at', { line: error.at.line, column: error.at.column })}
              </button>
            ) : null}{' '}
            <code>{error.error}</code>
          </li>
        </ul>
      )}

      <div className="edit-actions">
        <button
          type="button"
          className="btn"
          onClick={reviewNow}
          disabled={!doc.text.trim()}
          data-testid="editor.review"
        >
          {t('editor.review')}
        </button>
        {currentRef && dirty && (
          <button type="button" className="btn" onClick={reload}>
            {t('editor.discard')}
          </button>
        )}
      </div>

      {shownPreview?.ok && (
        <section className="edit-diff" aria-label={t('editor.diff')} data-testid="editor.diff">
          <h3>{t('editor.diff')}</h3>
          <ul>
            {shownPreview.objects.map((o) => (
              <li key={o.ref}>
                <strong>{o.ref}</strong> <span className={`diff-action is-${o.action}`}>{o.action}</span>
                {o.action === 'configured' && o.changes.length === 0 && (
                  <p className="hint" data-testid="editor.diff.noFieldChanges">
                    {t('editor.diff.configuredNoChange')}
                  </p>
                )}
                {o.changes.length > 0 && (
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{t('editor.diff.field')}</th>
                        <th scope="col">{t('editor.diff.before')}</th>
                        <th scope="col">{t('editor.diff.after')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {o.changes.map((c) => (
                        <tr key={c.path}>
                          <th scope="row">
                            <code>{c.path}</code>
                          </th>
                          <td>
                            <del>{show(c.before)}</del>
                          </td>
                          <td>
                            <ins>{show(c.after)}</ins>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </li>
            ))}
          </ul>
          <div className="edit-actions">
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => apply(shownPreview.objects)}
              data-testid="editor.apply"
            >
              {t('editor.apply')}
            </button>
            <button type="button" className="btn" onClick={() => setPreview(null)}>
              {t('editor.keepEditing')}
            </button>
          </div>
        </section>
      )}
      {outcome && (
        <p className={`edit-outcome ${outcome.ok ? 'is-ok' : 'is-error'}`} role="status" data-testid="editor.outcome">
          <code>{outcome.text}</code>
        </p>
      )}
    </div>
  );
}
