import { useLab, useLabState } from './hooks/lab.ts';
import { useNarration } from './hooks/useNarration.ts';

/**
 * Two polite live regions: the lab's own announcements (a command's result, a preset loaded,
 * playing or paused) and the narration of what the cursor passes ("web-2 is Terminating.").
 */
export function LiveRegions() {
  const lab = useLab();
  const announcement = useLabState((s) => s.announcement);
  const narration = useNarration(lab);
  return (
    <>
      <div className="sr-only" role="status" aria-live="polite" aria-atomic="true" data-testid="live.announcement">
        {announcement}
      </div>
      <div className="sr-only" aria-live="polite" aria-atomic="true" data-testid="live.narration">
        {narration}
      </div>
    </>
  );
}
