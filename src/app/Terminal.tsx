import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { TranscriptEntry } from './store.ts';
import { useAppStore } from './useAppStore.ts';

/** Buttons that run a typical command of the StatefulSet walkthrough. */
const EXAMPLES: readonly string[] = [
  'kubectl apply -f web.yaml',
  'kubectl get pods -o wide',
  'kubectl scale sts web --replicas=5',
  'kubectl delete pod web-0',
  'kubectl get pvc',
];

function Entry({ entry }: { entry: TranscriptEntry }) {
  const stdout = entry.stdout.trimEnd();
  const stderr = entry.stderr.trimEnd();
  return (
    <div className="term-entry">
      <pre className="term-command">$ {entry.command}</pre>
      {stdout && <pre className="term-stdout">{stdout}</pre>}
      {stderr && (
        <pre className="term-stderr" data-stream="stderr">
          <span className="sr-only">Error output: </span>
          {stderr}
        </pre>
      )}
    </div>
  );
}

/** The in-app terminal: a transcript, a `$` prompt with history, and example commands. */
export function Terminal() {
  const transcript = useAppStore((s) => s.transcript);
  const history = useAppStore((s) => s.history);
  const runCommand = useAppStore((s) => s.runCommand);
  const [draft, setDraft] = useState('');
  // Position in `history` while browsing with the arrow keys; null when editing a new line.
  const [historyIndex, setHistoryIndex] = useState<number | null>(null);
  const [savedDraft, setSavedDraft] = useState('');
  const outputRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const el = outputRef.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [transcript]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    runCommand(draft);
    setDraft('');
    setHistoryIndex(null);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowUp' && history.length > 0) {
      e.preventDefault();
      if (historyIndex === null) setSavedDraft(draft);
      const next = historyIndex === null ? history.length - 1 : Math.max(0, historyIndex - 1);
      setHistoryIndex(next);
      setDraft(history[next]);
    } else if (e.key === 'ArrowDown' && historyIndex !== null) {
      e.preventDefault();
      const next = historyIndex + 1;
      if (next >= history.length) {
        setHistoryIndex(null);
        setDraft(savedDraft);
      } else {
        setHistoryIndex(next);
        setDraft(history[next]);
      }
    }
  };

  const runExample = (command: string) => {
    runCommand(command);
    setHistoryIndex(null);
    inputRef.current?.focus();
  };

  return (
    <section className="panel terminal" aria-labelledby="terminal-heading">
      <h2 id="terminal-heading">Terminal</h2>
      <div
        ref={outputRef}
        className="term-output"
        data-testid="terminal.output"
        role="region"
        aria-label="Terminal output"
        tabIndex={0}
      >
        {transcript.length === 0 ? (
          <p className="term-hint">Type a command below, for example kubectl get nodes, and press Enter.</p>
        ) : (
          transcript.map((entry) => <Entry key={entry.id} entry={entry} />)
        )}
      </div>
      <form className="term-form" onSubmit={submit}>
        <label htmlFor="terminal-input" className="term-prompt">
          <span aria-hidden="true">$</span>
          <span className="sr-only">Command</span>
        </label>
        <input
          ref={inputRef}
          id="terminal-input"
          className="term-input"
          data-testid="terminal.input"
          type="text"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          aria-describedby="terminal-help"
        />
      </form>
      <p id="terminal-help" className="term-help">
        Enter runs the command. Arrow Up and Arrow Down recall earlier commands. <code>clear</code> empties the
        terminal.
      </p>
      <div className="examples" role="group" aria-label="Example commands">
        {EXAMPLES.map((command) => (
          <button key={command} type="button" className="example" onClick={() => runExample(command)}>
            {command}
          </button>
        ))}
      </div>
    </section>
  );
}
