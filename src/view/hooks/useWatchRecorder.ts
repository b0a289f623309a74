import { useEffect } from 'react';
import type { Lab } from '../../store/lab.ts';
import { recordRows } from '../stream.ts';

/** Reads each new marker's watch row as soon as it appears (see `recordRows`). */
export function useWatchRecorder(lab: Lab): void {
  useEffect(() => {
    recordRows(lab.timeline());
    return lab.store.subscribe((s, prev) => {
      if (s.version !== prev.version) recordRows(lab.timeline());
    });
  }, [lab]);
}
