import { SPEEDS } from '../../store/lab.ts';
import { formatClock, formatDuration, spokenClock } from '../format.ts';
import { useLab, useLabState } from '../hooks/lab.ts';
import { useSkip } from '../hooks/useSkip.ts';
import { Icon } from '../Icon.tsx';
import { useT } from '../hooks/useT.ts';
import { Scrubber } from './Scrubber.tsx';

function Clock() {
  const lab = useLab();
  const cursor = useLabState((s) => s.cursor);
  const ff = useLabState((s) => s.fastForward);
  const lang = useLabState((s) => s.lang);
  const tr = useT();
  useLabState((s) => s.version);
  const t = lab.timeline();
  // "The past" means something already recorded happens after the cursor.
  const later = (t.markers.at(-1)?.at ?? 0) > cursor || (t.entries.at(-1)?.at ?? 0) > cursor;
  return (
    <div className="clock" data-testid="clock.box">
      <span className="clock-label">{tr('time.virtual')}</span>
      <strong className="clock-value" data-testid="clock" data-ms={cursor} aria-label={spokenClock(lang, cursor)}>
        {formatClock(cursor, true)}
      </strong>
      {ff ? (
        <span className="clock-lapse" data-testid="clock.lapse">
          <Icon name="skip" size={12} /> {tr('time.skipping', { duration: formatDuration(lang, ff.to - ff.from) })}
        </span>
      ) : later ? (
        <span className="clock-past" data-testid="clock.past">
          {tr('time.past')}
        </span>
      ) : (
        <span className="clock-live">{tr('time.latest')}</span>
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
  const t = useT();
  return (
    <section className="timebar" aria-label={t('time.controls')}>
      <div className="timebar-buttons" role="group" aria-label={t('time.playback')}>
        <button
          type="button"
          className="btn"
          onClick={lab.stepBack}
          aria-keyshortcuts="ArrowLeft"
          aria-label={t('time.back.long')}
          data-testid="time.back"
          title={`${t('time.back.long')} (←)`}
        >
          <Icon name="back" />
          <span className="btn-label">{t('time.back')}</span>
        </button>
        <button
          type="button"
          className="btn btn-primary btn-play"
          onClick={lab.togglePlay}
          data-testid="time.play"
          aria-keyshortcuts="Space"
          title={`${playing ? t('time.pause') : t('time.play')} (Space)`}
        >
          <Icon name={playing ? 'pause' : 'play'} />
          <span className="btn-label">{playing ? t('time.pause') : t('time.play')}</span>
        </button>
        <button
          type="button"
          className="btn"
          onClick={lab.stepAhead}
          aria-keyshortcuts="ArrowRight"
          aria-label={t('time.step.long')}
          data-testid="time.step"
          title={`${t('time.step.long')} (→)`}
        >
          <span className="btn-label">{t('time.step')}</span>
          <Icon name="step" />
        </button>
        <button
          type="button"
          className="btn"
          onClick={skip}
          aria-keyshortcuts="Shift+ArrowRight"
          aria-label={t('time.skip.long')}
          data-testid="time.skip"
          title={`${t('time.skip.long')} (Shift+→)`}
        >
          <span className="btn-label">{t('time.skip')}</span>
          <Icon name="skip" />
        </button>
        <label className="speed">
          <span className="sr-only">{t('time.speed')}</span>
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
