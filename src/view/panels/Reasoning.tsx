// The StatefulSet controller's reasoning, read from its machine's resting state: what it is
// doing, what it waits for, and (derived from the world) when that wait is blocked and what
// would end it.
import type { World } from '../../sim/engine/world.ts';
import type { Selection } from '../../store/lab.ts';
import { controllerReasoning, type SetReasoning } from '../layout/reasoning.ts';
import '../picture/picture.css';
import '../picture/panels.css';

export interface ReasoningProps {
  world: World;
  /** Clicking the pod a controller waits on selects it. */
  onSelect?: (selection: Selection) => void;
  /** Announce changes to screen readers (off by default: the shell's narrator may do it). */
  live?: boolean;
  /** 'cards' (default) for a side panel; 'inline' for a one-line strip under the picture. */
  variant?: 'cards' | 'inline';
}

const STATE_ICON: Record<string, string> = {
  Idle: '✓',
  Scaling: '↑',
  ScalingDown: '↓',
  Updating: '↻',
  Deleting: '✕',
};

export function Reasoning({ world, onSelect, live = false, variant = 'cards' }: ReasoningProps) {
  const sets = controllerReasoning(world);
  return (
    <section
      className={`cp-panel cp-reasoning cp-reasoning-${variant}`}
      aria-label="Why is the controller waiting?"
      aria-live={live ? 'polite' : undefined}
      data-testid="reasoning.panel"
    >
      {sets.length === 0 && <p className="cp-panel-empty">No StatefulSet yet: the controller has nothing to do.</p>}
      {sets.map((r) =>
        variant === 'inline' ? (
          <SetLine key={r.set} r={r} onSelect={onSelect} />
        ) : (
          <SetCard key={r.set} r={r} onSelect={onSelect} />
        ),
      )}
    </section>
  );
}

function SetCard({ r, onSelect }: { r: SetReasoning; onSelect: ReasoningProps['onSelect'] }) {
  return (
    <article
      className={`cp-reason${r.blocked ? ' is-blocked' : ''}`}
      data-testid={`reasoning.${r.set}`}
      data-state={r.state}
    >
      <header className="cp-reason-head">
        {onSelect ? (
          <button
            type="button"
            className="cp-reason-set"
            onClick={() => onSelect({ kind: 'StatefulSet', name: r.set })}
          >
            StatefulSet {r.set}
          </button>
        ) : (
          <span className="cp-reason-set">StatefulSet {r.set}</span>
        )}
        <span className={`cp-reason-state cp-state-${r.state}`}>
          <span aria-hidden="true">{STATE_ICON[r.state] ?? '•'} </span>
          {r.stateLabel}
        </span>
        <span className="cp-reason-count">
          {r.ready}/{r.desired} ready
        </span>
      </header>
      <p className="cp-reason-sentence">{r.sentence}</p>
      {r.next && <p className="cp-reason-next">{r.next}</p>}
      {r.blocked && (
        <div className="cp-reason-blocked" role="note">
          <p>
            <BlockedIcon />
            <strong>{r.blocked}</strong>
          </p>
          {r.hint && <p className="cp-reason-hint">{r.hint}</p>}
          {r.command && <code className="cp-reason-command">{r.command}</code>}
        </div>
      )}
      {r.waitingOn && onSelect && (
        <button type="button" className="cp-reason-pod" onClick={() => onSelect({ kind: 'Pod', name: r.waitingOn! })}>
          Show {r.waitingOn}
        </button>
      )}
    </article>
  );
}

function BlockedIcon() {
  return (
    <svg className="cp-reason-icon" viewBox="-10 -10 20 20" width="16" height="16" aria-hidden="true">
      <circle r="9" />
      <rect x="-5.5" y="-1.8" width="11" height="3.6" />
    </svg>
  );
}

/** One line per set, for a strip under the picture; the block's hint wraps below it. */
function SetLine({ r, onSelect }: { r: SetReasoning; onSelect: ReasoningProps['onSelect'] }) {
  return (
    <div
      className={`cp-reason-line${r.blocked ? ' is-blocked' : ''}`}
      data-testid={`reasoning.${r.set}`}
      data-state={r.state}
    >
      <p>
        <strong>{r.set}</strong>{' '}
        <span className="cp-reason-count">
          ({r.ready}/{r.desired} ready)
        </span>{' '}
        {r.sentence}
        {r.next && <span className="cp-reason-next"> · {r.next}</span>}
        {r.waitingOn && onSelect && (
          <>
            {' '}
            <button
              type="button"
              className="cp-reason-pod"
              onClick={() => onSelect({ kind: 'Pod', name: r.waitingOn! })}
            >
              Show {r.waitingOn}
            </button>
          </>
        )}
      </p>
      {r.blocked && (
        <p className="cp-reason-blocked" role="note">
          <BlockedIcon />
          <strong>{r.blocked}.</strong> {r.hint} {r.command && <code className="cp-reason-command">{r.command}</code>}
        </p>
      )}
    </div>
  );
}
