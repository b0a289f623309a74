// Narration for the live region: what the markers passed by the cursor mean ("web-2 is
// Terminating."). Markers a command adds at the cursor count too. While playing, sentences are
// gathered for a moment so a screen reader is not flooded; a time-lapse is read when it lands.
import { useEffect, useState } from 'react';
import { podSummary } from '../../commands/printers/get/pod.ts';
import type { Lab } from '../../store/lab.ts';
import type { Marker, Timeline } from '../../timeline/timeline.ts';
import { narrate } from '../narration.ts';

export function useNarration(lab: Lab): string {
  const [text, setText] = useState('');
  useEffect(() => {
    let timeline: Timeline = lab.timeline();
    let from = lab.store.getState().cursor;
    let said = new WeakSet<Marker>();
    for (const m of timeline.markers) if (m.at <= from) said.add(m);
    let timer: ReturnType<typeof setTimeout> | undefined;

    const statusOf = (object: string) => {
      const [kind, name = ''] = object.split('/');
      const w = lab.worldNow();
      const p = kind === 'pod' ? w.objects.Pod[name] : undefined;
      return p ? podSummary(p, { world: w }).status : undefined;
    };

    const flush = () => {
      timer = undefined;
      const s = lab.store.getState();
      if (s.fastForward) return;
      const to = s.cursor;
      const markers = timeline.markers;
      if (to < from) {
        said = new WeakSet();
        for (const m of markers) if (m.at <= to) said.add(m);
        setText(narrate({ lang: s.lang, markers, from, to, playing: s.playing }));
      } else {
        const fresh = markers.filter((m) => m.at <= to && !said.has(m));
        for (const m of fresh) said.add(m);
        const say = narrate({ lang: s.lang, markers: fresh, from: -1, to, playing: s.playing, statusOf });
        if (say) setText(say);
      }
      from = to;
    };

    const unsubscribe = lab.store.subscribe((s, prev) => {
      if (lab.timeline() !== timeline) {
        timeline = lab.timeline();
        from = s.cursor;
        said = new WeakSet(timeline.markers.filter((m) => m.at <= from));
        return;
      }
      if (s.version === prev.version || s.fastForward) return;
      if (timer === undefined) timer = setTimeout(flush, s.playing ? 1200 : 200);
    });
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [lab]);
  return text;
}
