import { useCallback } from 'react';
import { useLab } from './lab.ts';

/** Skips to the next interesting moment, as a time-lapse when motion is full. */
export function useSkip(): () => void {
  const lab = useLab();
  return useCallback(() => lab.skipAhead(lab.store.getState().motion === 'full'), [lab]);
}
