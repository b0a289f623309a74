import { memo, useContext, useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { EXAMPLES } from '../../examples/index.ts';
import type { StoredKind, World } from '../../sim/engine/world.ts';
import type { TimelineEntry } from '../../timeline/timeline.ts';
import { formatClock } from '../format.ts';
import { ranFromGui, useLab, useLabState } from '../hooks/lab.ts';
import type { CompletionSource } from './complete.ts';
import { useT } from '../hooks/useT.ts';
import { Rich } from '../Rich.tsx';
import { TerminalLockContext } from './lock.ts';

/** Commands of the StatefulSet walkthrough, one click away. */
const EXAMPLE_COMMANDS: readonly string[] = [
  'kubectl get pods -o wide',
  'kubectl get sts,pvc',
  'kubectl describe sts web',
  'dig SRV nginx.default.svc.cluster.local +short',
  'sim status -o json',
];

/** Entries drawn at most (older ones are still in the timeline; `clear` hides them all). */
const SHOWN = 120;

const Entry = memo(function Entry({ entry, future }: { entry: TimelineEntry; future: boolean }) {
  const stdout = entry.stdout.trimEnd();
  const stderr = entry.stderr.trimEnd();
  const gui = ranFromGui(entry);
  const t = useT();
  return (
    <div className={`term-entry${future ? ' is-future' : ''}`} data-testid="terminal.entry">
      <div className="term-command">
        <pre>
          <span aria-hidden="true">$ </span>
          {entry.line}
        </pre>
        <span className="term-meta">
          {gui && <span className="term-badge">{t('term.fromClick')}</span>}
          <span className="sr-only">{t('term.runAt')} </span>
          {formatClock(entry.at, true)}
          {future && <span className="term-badge is-future">{t('term.later')}</span>}
        </span>
      </div>
      {stdout && <pre className="term-stdout">{stdout}</pre>}
      {stderr && (
        <pre className={entry.exitCode === 0 ? 'term-stderr is-warning' : 'term-stderr'} data-stream="stderr">
          <span className="sr-only">{entry.exitCode === 0 ? t('term.warning') : t('term.errorOutput')} </span>
          {stderr}
        </pre>
      )}
    </div>
  );
});

// Completion knows every kubectl verb, resource and flag: a chunk of its own, fetched when the
// terminal first gets focus (a Tab before it lands completes as soon as it does).
let completer: Promise<typeof import('./complete.ts')> | undefined;
const loadCompleter = () => (completer ??= import('./complete.ts'));

function sourceFor(world: World): CompletionSource {
  const hosts = new Set<string>();
  for (const svc of Object.values(world.objects.Service)) {
    if (svc.metadata.name === 'kubernetes') continue;
    hosts.add(`${svc.metadata.name}.default.svc.cluster.local`);
    if (svc.spec.clusterIP === 'None')
      for (const p of Object.values(world.objects.Pod))
        if (p.spec.subdomain === svc.metadata.name)
          hosts.add(`${p.spec.hostname ?? p.metadata.name}.${svc.metadata.name}.default.svc.cluster.local`);
  }
  return {
    names: (kind: StoredKind) => Object.keys(world.objects[kind]).sort(),
    files: Object.keys(EXAMPLES).sort(),
    hosts: [...hosts].sort(),
  };
}

/** The in-app terminal: the timeline's commands with their output, a `$` prompt with history and Tab completion. */
export function Terminal() {
  const lab = useLab();
  const version = useLabState((s) => s.version);
  const cursor = useLabState((s) => s.cursor);
  const history = useLabState((s) => s.history);
  const [draft, setDraft] = useState('');
  const [options, setOptions] = useState<string[]>([]);
  // Position in `history` while browsing with the arrow keys; null when editing a new line.
  const [historyIndex, setHistoryIndex] = useState<number | null>(null);
  const [savedDraft, setSavedDraft] = useState('');
  const [collapsed, setCollapsed] = useState(false);
  const t = useT();
  // A lesson's prediction waiting for its answer: commands would give the answer away.
  const locked = useContext(TerminalLockContext);
  const outputRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- entries change with the version
  const entries = useMemo(() => lab.entries().slice(-SHOWN), [lab, version]);
  const lastId = entries.at(-1)?.id;

  useEffect(() => {
    const el = outputRef.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [lastId, options]);

  const run = (line: string) => {
    if (locked) return;
    lab.runCommand(line);
    setDraft('');
    setOptions([]);
    setHistoryIndex(null);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    run(draft);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const el = e.currentTarget;
    if (e.key === 'Tab' && !e.shiftKey && draft !== '' && el.selectionStart === draft.length) {
      // Tab completes; on an empty line it moves focus on, so the terminal never traps the keyboard.
      e.preventDefault();
      const line = draft;
      void loadCompleter().then(({ complete }) => {
        const c = complete(line, sourceFor(lab.worldNow()));
        // Typed on while it loaded: the newer line wins.
        setDraft((now) => (now === line ? c.line : now));
        setOptions(c.options);
      });
      return;
    }
    if (e.key === 'Escape') {
      setOptions([]);
      return;
    }
    if (e.key === 'ArrowUp' && history.length > 0) {
      e.preventDefault();
      if (historyIndex === null) setSavedDraft(draft);
      const next = historyIndex === null ? history.length - 1 : Math.max(0, historyIndex - 1);
      setHistoryIndex(next);
      setDraft(history[next]!);
    } else if (e.key === 'ArrowDown' && historyIndex !== null) {
      e.preventDefault();
      const next = historyIndex + 1;
      if (next >= history.length) {
        setHistoryIndex(null);
        setDraft(savedDraft);
      } else {
        setHistoryIndex(next);
        setDraft(history[next]!);
      }
    }
  };

  const runExample = (command: string) => {
    run(command);
    inputRef.current?.focus();
  };

  const future = entries.filter((e) => e.at > cursor).length;

  return (
    <section className={`panel terminal${collapsed ? ' is-collapsed' : ''}`} aria-labelledby="terminal-heading">
      <div className="panel-head">
        <h2 id="terminal-heading">{t('term.title')}</h2>
        <button
          type="button"
          className="btn btn-small"
          aria-expanded={!collapsed}
          aria-controls="terminal-output"
          onClick={() => setCollapsed(!collapsed)}
        >
          {collapsed ? t('term.showOutput') : t('term.hideOutput')}
        </button>
        {future > 0 && (
          <p className="term-future-note">{t(future === 1 ? 'term.future.one' : 'term.future.other', { n: future })}</p>
        )}
        <div className="examples" role="group" aria-label={t('term.examples')}>
          {EXAMPLE_COMMANDS.map((command) => (
            <button
              key={command}
              type="button"
              className="chip"
              disabled={!!locked}
              onClick={() => runExample(command)}
            >
              {command}
            </button>
          ))}
        </div>
      </div>
      <div
        ref={outputRef}
        id="terminal-output"
        className="term-output"
        hidden={collapsed}
        data-testid="terminal.output"
        data-scrolls
        role="region"
        aria-label={t('term.output')}
        tabIndex={0}
      >
        {entries.length === 0 ? (
          <p className="term-hint">
            <Rich text={t('term.hint')} parts={{ command: <code>kubectl get pods</code> }} />
          </p>
        ) : (
          entries.map((entry) => <Entry key={entry.id} entry={entry} future={entry.at > cursor} />)
        )}
        {options.length > 0 && (
          <p className="term-options" data-testid="terminal.options">
            <span className="sr-only">{t('term.completions')} </span>
            {options.join('  ')}
          </p>
        )}
      </div>
      {locked && (
        <p className="term-locked" role="status" data-testid="terminal.locked">
          {locked}
        </p>
      )}
      <form className="term-form" onSubmit={submit}>
        <label htmlFor="terminal-input" className="term-prompt">
          <span aria-hidden="true">$</span>
          <span className="sr-only">{t('term.command')}</span>
        </label>
        <input
          onFocus={() => void loadCompleter()}
          ref={inputRef}
          id="terminal-input"
          className="term-input"
          data-testid="terminal.input"
          type="text"
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            setOptions([]);
          }}
          onKeyDown={onKeyDown}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          placeholder="kubectl get pods"
          aria-describedby="terminal-help"
          disabled={!!locked}
        />
      </form>
      <p id="terminal-help" className="sr-only">
        {t('term.help')}
      </p>
    </section>
  );
}
