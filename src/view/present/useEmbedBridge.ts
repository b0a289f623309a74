// Embed mode: the postMessage bridge to the host page, and the content height for auto-sizing.
import { useEffect } from 'react';
import type { Classroom } from '../../embed/classroom.ts';
import type { Bridge } from '../../embed/bridge.ts';
import type { Rejection } from '../../embed/protocol.ts';
import type { Lab } from '../../store/lab.ts';

/** For the host's developer, in English like the protocol itself (README, "Embedding"). */
const EXPLAIN: Record<Rejection | 'command-failed', string> = {
  'not-an-object': 'A message must be an object.',
  'wrong-protocol': 'protocol must be "statefulset-lab".',
  'unsupported-version': 'This lab speaks version 1 of the protocol.',
  'unknown-type': 'type must be one of goto, run, play, pause, next, previous, reset.',
  'bad-step': 'step must be a non-negative integer.',
  'bad-command': 'command must be one line of at most 2000 characters.',
  'bad-request-id': 'requestId must be a string of at most 100 characters.',
  'command-failed': 'The command failed; the lab shows its error in the terminal.',
};

/** How often at most the host hears of a changed step or state while time plays. */
const STATE_EVERY_MS = 250;

export function useEmbedBridge(lab: Lab, classroom: Classroom): void {
  const { embed, origins, id } = classroom.params;
  useEffect(() => {
    if (!embed || window.parent === window) return;
    let bridge: Bridge | undefined;
    let observer: ResizeObserver | undefined;
    let gone = false;
    // The bridge loads only in an embed; the full page never carries it.
    void Promise.all([import('../../embed/bridge.ts'), import('../../embed/summary.ts')]).then(
      ([{ startBridge }, { stateSummary }]) => {
        if (gone) return;
        const b = startBridge({
          win: window,
          parent: window.parent,
          origins,
          referrer: document.referrer,
          ...(id ? { embedId: id } : {}),
          stepper: classroom.stepper,
          actions: {
            run: (line) => lab.runCommand(line),
            play: () => {
              classroom.start();
              lab.play();
            },
            pause: lab.pause,
            reset: classroom.reset,
          },
          onState: (cb) =>
            lab.store.subscribe((s, prev) => {
              if (s.version !== prev.version || s.playing !== prev.playing) cb();
            }),
          throttleMs: STATE_EVERY_MS,
          summary: () => stateSummary(lab),
          explain: (e) => EXPLAIN[e],
        });
        bridge = b;
        const root = document.getElementById('root');
        observer = new ResizeObserver(() => b.reportHeight(root?.scrollHeight ?? 0));
        if (root) observer.observe(root);
      },
    );
    return () => {
      gone = true;
      observer?.disconnect();
      bridge?.stop();
    };
  }, [lab, classroom, embed, origins, id]);
}
