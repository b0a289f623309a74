// The CSS pixel size of an element, kept current with a ResizeObserver (absent in jsdom and old
// browsers, where the fallback size stays).
import { useEffect, useState, type RefObject } from 'react';
import type { Size } from '../layout/clusterLayout.ts';

export function useElementSize(ref: RefObject<Element | null>, fallback: Size): Size {
  const [size, setSize] = useState<Size | undefined>(undefined);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver !== 'function') return;
    const ro = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (!box || box.width < 1) return;
      setSize((old) =>
        old && Math.abs(old.width - box.width) < 1 && Math.abs(old.height - box.height) < 1
          ? old
          : { width: Math.round(box.width), height: Math.round(box.height) },
      );
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size ?? fallback;
}
