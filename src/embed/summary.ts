// The state summary an embed reports to its host: the time, whether it plays, each pod's STATUS
// as `kubectl get pods` prints it, and the last command. Small and stable, so the host can diff it.
import type { Lab } from '../store/lab.ts';
import { isReadyPod, podStatus } from '../lessons/world-queries.ts';
import type { StateSummary } from './protocol.ts';

export function stateSummary(lab: Lab): StateSummary {
  const { cursor, head, playing } = lab.store.getState();
  const world = lab.worldNow();
  const pods = Object.values(world.objects.Pod)
    .map((p) => ({
      name: p.metadata.name,
      status: podStatus(world, p),
      ready: isReadyPod(p),
      ...(p.spec.nodeName ? { node: p.spec.nodeName } : {}),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const last = lab
    .timeline()
    .entries.filter((e) => e.at <= cursor)
    .at(-1);
  return { time: cursor, head, playing, pods, ...(last ? { lastCommand: last.line } : {}) };
}
