import { formatClock } from './store.ts';
import { useAppStore } from './useAppStore.ts';

const STEPS: readonly number[] = [5, 30];

/** Shows the virtual clock and advances it in fixed steps. */
export function ClockControl() {
  const now = useAppStore((s) => s.now);
  const advance = useAppStore((s) => s.advance);
  return (
    <div className="clock" role="group" aria-labelledby="clock-label">
      <span id="clock-label">Virtual time</span>{' '}
      <strong className="clock-value" data-testid="clock" data-seconds={now}>
        {formatClock(now)}
      </strong>
      {STEPS.map((seconds) => (
        <button key={seconds} type="button" onClick={() => advance(seconds)}>
          Advance {seconds}s
        </button>
      ))}
    </div>
  );
}
