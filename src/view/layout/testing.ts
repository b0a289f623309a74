// Worlds for the view's tests, built by running the same commands a student types.
import { Session, type SessionOptions } from '../../commands/index.ts';
import type { World } from '../../sim/engine/world.ts';

/** Runs `lines` in a fresh session (seed 1) and returns the world; throws on a failing command. */
export function worldAfter(lines: string[], options: SessionOptions = {}): World {
  return sessionAfter(lines, options).sim.world;
}

export function sessionAfter(lines: string[], options: SessionOptions = {}): Session {
  const s = new Session({ seed: 1, ...options });
  for (const line of lines) {
    const r = s.run(line);
    if (r.exitCode !== 0) throw new Error(`${line}: ${r.stderr}`);
  }
  return s;
}

export const WEB = ['kubectl apply -f web.yaml', 'sleep 40'];
/** web-0's node is cut off and a plain delete leaves web-0 Terminating there for good. */
export const STUCK = [...WEB, 'sim partition node-1', 'sleep 60', 'kubectl delete pod web-0 --wait=false', 'sleep 20'];
/** …then a force delete: a new web-0 starts elsewhere while the old one still runs (a ghost). */
export const GHOST = [...STUCK, 'kubectl delete pod web-0 --force --grace-period=0', 'sleep 20'];

/** The book's kubia StatefulSet on hand-made volumes (its Node.js ignores SIGTERM). */
export const KUBIA = [
  'kubectl apply -f persistent-volumes.yaml',
  'kubectl apply -f kubia-service-headless.yaml',
  'kubectl apply -f kubia-statefulset.yaml',
  'sleep 60',
];
