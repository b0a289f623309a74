// `kubectl get pods`: printPod from pkg/printers/internalversion/printers.go (modern), and
// printPodBase from the 1.6/1.7 printers (book).
import { condition } from '../../../sim/model/pods.ts';
import type { ContainerState, ContainerStatus, Pod } from '../../../sim/model/types.ts';
import { ageCell, instant, isBook, sinceInstant, type PrintContext } from '../context.ts';
import type { Column, KindPrinter } from '../table.ts';

/** Status fields the API has but the engine's types leave out; read when present. */
export type FullStatus = ContainerStatus & { containerID?: string; lastState?: ContainerState };
export type FullTerminated = NonNullable<ContainerState['terminated']> & { signal?: number; message?: string };

export interface PodSummary {
  ready: string;
  status: string;
  restarts: string;
}

const terminal = (pod: Pod): boolean => pod.status.phase === 'Failed' || pod.status.phase === 'Succeeded';

/** READY, STATUS and RESTARTS exactly as printPod computes them. */
export function podSummary(pod: Pod, ctx: PrintContext): PodSummary {
  const book = isBook(ctx);
  const statuses = (pod.status.containerStatuses ?? []) as FullStatus[];
  let reason: string = pod.status.phase ?? '';
  if (pod.status.reason) reason = pod.status.reason;
  if (!book && condition(pod, 'PodScheduled')?.reason === 'SchedulingGated') reason = 'SchedulingGated';
  let restarts = 0;
  let readyContainers = 0;
  let lastRestart: number | undefined;
  let hasRunning = false;
  for (let i = statuses.length - 1; i >= 0; i--) {
    const cs = statuses[i]!;
    restarts += cs.restartCount;
    const finished = instant(cs.lastState?.terminated?.finishedAt);
    if (finished !== undefined && (lastRestart === undefined || finished > lastRestart)) lastRestart = finished;
    const term = cs.state.terminated as FullTerminated | undefined;
    if (cs.state.waiting?.reason) reason = cs.state.waiting.reason;
    else if (term?.reason) reason = term.reason;
    else if (term) reason = term.signal ? `Signal:${term.signal}` : `ExitCode:${term.exitCode}`;
    else if (cs.ready && cs.state.running) {
      hasRunning = true;
      readyContainers++;
    }
  }
  // A pod whose last container completed while another still runs is still Running.
  if (!book && reason === 'Completed' && hasRunning) {
    reason = condition(pod, 'Ready')?.status === 'True' ? 'Running' : 'NotReady';
  }
  if (pod.metadata.deletionTimestamp && pod.status.reason === 'NodeLost') reason = 'Unknown';
  else if (pod.metadata.deletionTimestamp && (book || !terminal(pod))) reason = 'Terminating';
  let restartsText = String(restarts);
  if (!book && restarts !== 0 && lastRestart !== undefined) {
    restartsText = `${restarts} (${sinceInstant(ctx, lastRestart)} ago)`;
  }
  return { ready: `${readyContainers}/${pod.spec.containers.length}`, status: reason, restarts: restartsText };
}

/** status.podIPs[0] (v1 conversion keeps podIP and podIPs[0] in step). */
export const podIP = (pod: Pod): string | undefined => pod.status.podIPs?.[0]?.ip ?? pod.status.podIP;

/** READINESS GATES: `true/total` over spec.readinessGates, `<none>` without gates. */
function gates(pod: Pod): string {
  const list = (pod.spec as { readinessGates?: { conditionType: string }[] }).readinessGates ?? [];
  if (!list.length) return '<none>';
  const conditions = (pod.status.conditions ?? []) as { type: string; status: string }[];
  const ok = list.filter((g) => conditions.find((c) => c.type === g.conditionType)?.status === 'True').length;
  return `${ok}/${list.length}`;
}

const MODERN: Column[] = [
  { name: 'NAME', isName: true },
  { name: 'READY' },
  { name: 'STATUS' },
  { name: 'RESTARTS' },
  { name: 'AGE' },
  { name: 'IP', wide: true },
  { name: 'NODE', wide: true },
  { name: 'NOMINATED NODE', wide: true },
  { name: 'READINESS GATES', wide: true },
];

const BOOK: Column[] = [...MODERN.slice(0, 5), { name: 'IP', wide: true }, { name: 'NODE', wide: true }];

export const podPrinter: KindPrinter<Pod> = {
  columns: (ctx) => (isBook(ctx) ? BOOK : MODERN),
  cells(pod, ctx) {
    const s = podSummary(pod, ctx);
    const base = [pod.metadata.name, s.ready, s.status, s.restarts, ageCell(ctx, pod.metadata)];
    if (isBook(ctx)) return [...base, pod.status.podIP || '<none>', pod.spec.nodeName ?? ''];
    const nominated = (pod.status as { nominatedNodeName?: string }).nominatedNodeName;
    return [...base, podIP(pod) || '<none>', pod.spec.nodeName || '<none>', nominated || '<none>', gates(pod)];
  },
};
