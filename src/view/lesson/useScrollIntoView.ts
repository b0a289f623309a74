// What a click just brought up (a hint, the verdict, the reveal, the check's answer) may appear
// below the fold of a short panel: scroll it into view when `key` changes (not on first render).
import { useEffect, useRef } from 'react';
import { useLabState } from '../hooks/lab.ts';

export function useScrollIntoView<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  const motion = useLabState((s) => s.motion);
  const last = useRef(key);
  useEffect(() => {
    if (Object.is(last.current, key)) return;
    last.current = key;
    ref.current?.scrollIntoView?.({ block: 'nearest', behavior: motion === 'full' ? 'smooth' : 'auto' });
  }, [key, motion]);
  return ref;
}
