// The StatefulSet controller's reasoning, read from its machine's resting state: what it is
// doing, what it waits for, and (derived from the world) when that wait is blocked and what
// would end it.
import type { World } from '../../sim/engine/world.ts';
import type { Selection } from '../../store/lab.ts';
import { controllerReasoning, type SetReasoning } from '../layout/reasoning.ts';
import '../picture/picture.css';
import '../picture/panels.css';
import { render, type DisplayLang, type Message } from '../../i18n/index.ts';
import { useViewLang } from '../hooks/useViewLang.ts';

export interface ReasoningProps {
  world: World;
  /** Clicking the pod a controller waits on selects it. */
  onSelect?: (selection: Selection) => void;
  /** Announce changes to screen readers (off by default: the shell's narrator may do it). */
  live?: boolean;
  /** 'cards' (default) for a side panel; 'inline' for a one-line strip under the picture. */
  variant?: 'cards' | 'inline';
  /** The language of its words (default: the lab's, or English outside a lab). */
  lang?: DisplayLang;
}

interface RowProps {
  r: SetReasoning;
  onSelect: ReasoningProps['onSelect'];
  /** Renders a message in the panel's language. */
  say: (m: Message) => string;
}

const STATE_ICON: Record<string, string> = {
  Idle: '✓',
  Scaling: '↑',
  ScalingDown: '↓',
  Updating: '↻',
  Deleting: '✕',
};

export function Reasoning({ world, onSelect, live = false, variant = 'cards', lang: explicit }: ReasoningProps) {
  const lang = useViewLang(explicit);
  const say = (m: Message) => render(lang, m);
  const sets = controllerReasoning(world);
  return (
    <section
      className={`cp-panel cp-reasoning cp-reasoning-${variant}`}
      aria-label={say({ key: 'reason.title' })}
      aria-live={live ? 'polite' : undefined}
      data-testid="reasoning.panel"
    >
      {sets.length === 0 && <p className="cp-panel-empty">{say({ key: 'reason.none' })}</p>}
      {sets.map((r) =>
        variant === 'inline' ? (
          <SetLine key={r.set} r={r} onSelect={onSelect} say={say} />
        ) : (
          <SetCard key={r.set} r={r} onSelect={onSelect} say={say} />
        ),
      )}
    </section>
  );
}

function SetCard({ r, onSelect, say }: RowProps) {
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
          {say(r.stateLabel)}
        </span>
        <span className="cp-reason-count">
          {say({ key: 'reason.count', params: { ready: r.ready, desired: r.desired } })}
        </span>
      </header>
      <p className="cp-reason-sentence">{say(r.sentence)}</p>
      {r.next && <p className="cp-reason-next">{say(r.next)}</p>}
      {r.blocked && (
        <div className="cp-reason-blocked" role="note">
          <p>
            <BlockedIcon />
            <strong>{say(r.blocked)}</strong>
          </p>
          {r.hint && <p className="cp-reason-hint">{say(r.hint)}</p>}
          {r.command && <code className="cp-reason-command">{r.command}</code>}
        </div>
      )}
      {r.waitingOn && onSelect && (
        <button type="button" className="cp-reason-pod" onClick={() => onSelect({ kind: 'Pod', name: r.waitingOn! })}>
          {say({ key: 'reason.showPod', params: { pod: r.waitingOn } })}
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
function SetLine({ r, onSelect, say }: RowProps) {
  return (
    <div
      className={`cp-reason-line${r.blocked ? ' is-blocked' : ''}`}
      data-testid={`reasoning.${r.set}`}
      data-state={r.state}
    >
      <p>
        <strong>{r.set}</strong>{' '}
        <span className="cp-reason-count">
          ({say({ key: 'reason.count', params: { ready: r.ready, desired: r.desired } })})
        </span>{' '}
        {say(r.sentence)}
        {r.next && <span className="cp-reason-next"> · {say(r.next)}</span>}
        {r.waitingOn && onSelect && (
          <>
            {' '}
            <button
              type="button"
              className="cp-reason-pod"
              onClick={() => onSelect({ kind: 'Pod', name: r.waitingOn! })}
            >
              {say({ key: 'reason.showPod', params: { pod: r.waitingOn } })}
            </button>
          </>
        )}
      </p>
      {r.blocked && (
        <p className="cp-reason-blocked" role="note">
          <BlockedIcon />
          <strong>
            {say(r.blocked)}
            {say({ key: 'common.sentenceEnd' })}
          </strong>{' '}
          {r.hint && say(r.hint)} {r.command && <code className="cp-reason-command">{r.command}</code>}
        </p>
      )}
    </div>
  );
}
