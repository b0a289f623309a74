import { SPEEDS } from '../../store/lab.ts';
import { formatClock, formatDuration, spokenClock } from '../format.ts';
import { useLab, useLabState } from '../hooks/lab.ts';
import { useSkip } from '../hooks/useSkip.ts';
import { Icon } from '../Icon.tsx';
import { Scrubber } from './Scrubber.tsx';

function Clock() {
  const lab = useLab();
  const cursor = useLabState((s) => s.cursor);
  const ff = useLabState((s) => s.fastForward);
  useLabState((s) => s.version);
  const t = lab.timeline();
  // "The past" means something already recorded happens after the cursor.
  const later = (t.markers.at(-1)?.at ?? 0) > cursor || (t.entries.at(-1)?.at ?? 0) > cursor;
  return (
    <div className="clock" data-testid="clock.box">
      <span className="clock-label">Virtual time</span>
      <strong className="clock-value" data-testid="clock" data-ms={cursor} aria-label={spokenClock(cursor)}>
        {formatClock(cursor, true)}
      </strong>
      {ff ? (
        <span className="clock-lapse" data-testid="clock.lapse">
          <Icon name="skip" size={12} /> skipping {formatDuration(ff.to - ff.from)}
        </span>
      ) : later ? (
        <span className="clock-past" data-testid="clock.past">
          in the past: acting forks
        </span>
      ) : (
        <span className="clock-live">latest</span>
      )}
    </div>
  );
}

/** Play, pause, step, skip, speed, the clock and the scrubber. */
export function TimeBar() {
  const lab = useLab();
  const playing = useLabState((s) => s.playing);
  const speed = useLabState((s) => s.speed);
  const skip = useSkip();
  return (
    <section className="timebar" aria-label="Time controls">
      <div className="timebar-buttons" role="group" aria-label="Playback">
        <button
          type="button"
          className="btn"
          onClick={lab.stepBack}
          aria-keyshortcuts="ArrowLeft"
          aria-label="Back to the previous change"
          title="Back to the previous change (←)"
        >
          <Icon name="back" />
          <span className="btn-label">Back</span>
        </button>
        <button
          type="button"
          className="btn btn-primary btn-play"
          onClick={lab.togglePlay}
          data-testid="time.play"
          aria-keyshortcuts="Space"
          title={playing ? 'Pause (Space)' : 'Play (Space)'}
        >
          <Icon name={playing ? 'pause' : 'play'} />
          <span className="btn-label">{playing ? 'Pause' : 'Play'}</span>
        </button>
        <button
          type="button"
          className="btn"
          onClick={lab.stepAhead}
          aria-keyshortcuts="ArrowRight"
          aria-label="Step to the next change"
          title="Step to the next change (→)"
        >
          <span className="btn-label">Step</span>
          <Icon name="step" />
        </button>
        <button
          type="button"
          className="btn"
          onClick={skip}
          aria-keyshortcuts="Shift+ArrowRight"
          aria-label="Skip to the next interesting moment"
          title="Skip to the next interesting moment (Shift+→)"
        >
          <span className="btn-label">Skip</span>
          <Icon name="skip" />
        </button>
        <label className="speed">
          <span className="sr-only">Speed</span>
          <select value={speed} onChange={(e) => lab.setSpeed(Number(e.target.value))} data-testid="time.speed">
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
      </div>
      <Clock />
      <Scrubber />
    </section>
  );
}
