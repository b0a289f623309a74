// Sessions for the per-verb error tests: the tutorial's web set running, the book's kubia on
// hand-made PVs, and a helper that runs a command expected to fail and checks the house rule.
import { expect } from 'vitest';
import { createSession, type CommandResult } from '../index.ts';
import type { Session } from '../session.ts';

/** The tutorial's `web` (2 replicas, Running and Ready) and its headless Service `nginx`. */
export function web(): Session {
  const s = createSession({ seed: 1 });
  s.run('kubectl apply -f web.yaml');
  s.run('sleep 60');
  return s;
}

/** The book's `kubia` on the three hand-made PVs, in book mode. */
export function kubia(): Session {
  const s = createSession({ seed: 1, mode: 'book', storage: 'manual' });
  for (const f of ['persistent-volumes.yaml', 'kubia-service-headless.yaml', 'kubia-statefulset.yaml'])
    s.run(`kubectl create -f ${f}`);
  s.run('sleep 60');
  return s;
}

/** Runs a command that must fail with exactly `stderr` and leave the world as it was. */
export function fails(s: Session, line: string, stderr: string, exitCode = 1): CommandResult {
  const before = JSON.stringify(s.sim.world);
  const r = s.run(line);
  expect({ stderr: r.stderr, exitCode: r.exitCode }, line).toEqual({ stderr, exitCode });
  expect(JSON.stringify(s.sim.world) === before, `${line}: the world changed`).toBe(true);
  return r;
}
