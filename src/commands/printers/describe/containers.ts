// The container, volume and pod-template blocks shared by describe pod and describe statefulset
// (describeContainers, describeVolumes, DescribePodTemplate in describe.go).
import type { Container, PodTemplateSpec, Probe, Volume } from '../../../sim/model/types.ts';
import { rfc1123z } from '../../format/time.ts';
import { instant, isBook, type PrintContext } from '../context.ts';
import type { FullStatus, FullTerminated } from '../get/pod.ts';
import { goSort } from '../labels.ts';
import { canonicalQuantity } from '../quantity.ts';
import { annotationsMultiline, labelsMultiline, tolerationsMultiline, type DescribeWriter } from './writer.ts';

/** time.Time{}.Format(time.RFC1123Z): what an unset metav1.Time prints as. */
const ZERO_TIME = 'Mon, 01 Jan 0001 00:00:00 +0000';

export const timeText = (ts: string | undefined): string => {
  const t = instant(ts);
  return t === undefined ? ZERO_TIME : rfc1123z(t);
};

function fnv32(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * status.containerID when the engine provides one; otherwise a stable stand-in derived from the
 * pod UID, so a started container shows a runtime ID the way a real one does.
 */
function containerID(status: FullStatus, podUid: string, ctx: PrintContext): string {
  if (status.containerID !== undefined) return status.containerID;
  if (!status.state.running && !status.state.terminated) return '';
  const seed = `${podUid}/${status.name}/${status.restartCount}`;
  const hex = Array.from({ length: 8 }, (_, i) => fnv32(seed, i).toString(16).padStart(8, '0')).join('');
  return `${isBook(ctx) ? 'docker' : 'containerd'}://${hex}`;
}

function portsText(c: Container, host: boolean): string {
  return (c.ports ?? [])
    .map((p) => `${host ? ((p as { hostPort?: number }).hostPort ?? 0) : p.containerPort}/${p.protocol ?? 'TCP'}`)
    .join(', ');
}

/** DescribeProbe: `http-get http://:80/index.html delay=0s timeout=1s period=10s #success=1 #failure=3`. */
export function probeText(probe: Probe): string {
  const p = probe as Probe & { timeoutSeconds?: number; successThreshold?: number };
  const attrs =
    `delay=${p.initialDelaySeconds ?? 0}s timeout=${p.timeoutSeconds ?? 1}s period=${p.periodSeconds ?? 10}s ` +
    `#success=${p.successThreshold ?? 1} #failure=${p.failureThreshold ?? 3}`;
  if (p.exec) return `exec [${p.exec.command.join(' ')}] ${attrs}`;
  if (p.httpGet) {
    const g = p.httpGet as typeof p.httpGet & { host?: string; scheme?: string };
    const port = String(g.port);
    const host = g.host ?? '';
    const hostPort = port ? (host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`) : host;
    const path = g.path ? (g.path.startsWith('/') ? g.path : `/${g.path}`) : '';
    return `http-get ${(g.scheme ?? 'HTTP').toLowerCase()}://${hostPort}${path} ${attrs}`;
  }
  if (p.tcpSocket) return `tcp-socket ${(p.tcpSocket as { host?: string }).host ?? ''}:${p.tcpSocket.port} ${attrs}`;
  return `unknown ${attrs}`;
}

type ContainerState = FullStatus['state'];

function describeState(w: DescribeWriter, name: string, state: ContainerState): void {
  const term = state.terminated as FullTerminated | undefined;
  if (state.running) {
    w.write(2, `${name}:\tRunning\n`);
    w.write(3, `Started:\t${timeText(state.running.startedAt)}\n`);
  } else if (state.waiting) {
    w.write(2, `${name}:\tWaiting\n`);
    if (state.waiting.reason) w.write(3, `Reason:\t${state.waiting.reason}\n`);
  } else if (term) {
    w.write(2, `${name}:\tTerminated\n`);
    if (term.reason) w.write(3, `Reason:\t${term.reason}\n`);
    if (term.message) w.write(3, `Message:\t${term.message}\n`);
    w.write(3, `Exit Code:\t${term.exitCode}\n`);
    if (term.signal) w.write(3, `Signal:\t${term.signal}\n`);
    w.write(3, `Started:\t${timeText(term.startedAt)}\n`);
    w.write(3, `Finished:\t${timeText(term.finishedAt)}\n`);
  } else {
    w.write(2, `${name}:\tWaiting\n`);
  }
}

/** describeResources: Limits then Requests, resource names sorted. */
export function describeResources(w: DescribeWriter, resources: unknown, level: number): void {
  const r = (resources ?? {}) as { limits?: Record<string, string>; requests?: Record<string, string> };
  for (const [title, list] of [
    ['Limits', r.limits],
    ['Requests', r.requests],
  ] as const) {
    const names = goSort(Object.keys(list ?? {}));
    if (names.length) w.write(level, `${title}:\n`);
    for (const n of names) w.write(level + 1, `${n}:\t${canonicalQuantity(list![n])}\n`);
  }
}

export interface ContainerOwner {
  uid: string;
  statuses?: FullStatus[];
}

/** describeContainers: one block per container; statuses only for a pod (not a template). */
export function describeContainers(
  w: DescribeWriter,
  label: string,
  containers: readonly Container[],
  owner: ContainerOwner | undefined,
  space: string,
  ctx: PrintContext,
): void {
  w.write(0, `${space}${label}:${containers.length ? '' : ' <none>'}\n`);
  for (const c of containers) {
    const status = owner?.statuses?.find((s) => s.name === c.name);
    w.write(1, `${space ? ' ' : ''}${c.name}:\n`);
    if (status) w.write(2, `Container ID:\t${containerID(status, owner!.uid, ctx)}\n`);
    w.write(2, `Image:\t${c.image}\n`);
    if (status) w.write(2, `Image ID:\t${status.imageID ?? ''}\n`);
    const ports = portsText(c, false);
    w.write(2, ports.includes(',') ? `Ports:\t${ports}\n` : `Port:\t${ports || '<none>'}\n`);
    const hostPorts = portsText(c, true);
    w.write(2, hostPorts.includes(',') ? `Host Ports:\t${hostPorts}\n` : `Host Port:\t${hostPorts || '<none>'}\n`);
    for (const [title, list] of [
      ['Command', c.command],
      ['Args', c.args],
    ] as const) {
      if (!list?.length) continue;
      w.write(2, `${title}:\n`);
      for (const item of list) for (const s of item.split('\n')) w.write(3, `${s}\n`);
    }
    if (status) {
      describeState(w, 'State', status.state);
      if (status.lastState?.terminated) describeState(w, 'Last State', status.lastState);
      w.write(2, `Ready:\t${status.ready ? 'True' : 'False'}\n`);
      w.write(2, `Restart Count:\t${status.restartCount}\n`);
    }
    describeResources(w, c.resources, 2);
    if (c.livenessProbe) w.write(2, `Liveness:\t${probeText(c.livenessProbe)}\n`);
    if (c.readinessProbe) w.write(2, `Readiness:\t${probeText(c.readinessProbe)}\n`);
    describeEnv(w, c);
    describeMounts(w, c);
  }
}

function describeEnv(w: DescribeWriter, c: Container): void {
  const env = c.env ?? [];
  w.write(2, `Environment:${env.length ? '' : '\t<none>'}\n`);
  for (const e of env) {
    (e.value ?? '').split('\n').forEach((s, i) => w.write(3, i === 0 ? `${e.name}:\t${s}\n` : `\t${s}\n`));
  }
}

function describeMounts(w: DescribeWriter, c: Container): void {
  const mounts = [...(c.volumeMounts ?? [])].sort((a, b) =>
    a.mountPath < b.mountPath ? -1 : a.mountPath > b.mountPath ? 1 : 0,
  );
  w.write(2, `Mounts:${mounts.length ? '' : '\t<none>'}\n`);
  for (const m of mounts) w.write(3, `${m.mountPath} from ${m.name} (${m.readOnly ? 'ro' : 'rw'})\n`);
}

/** describeVolumes: the volume sources the simulator models (claims, emptyDir, configMap). */
export function describeVolumes(w: DescribeWriter, volumes: readonly Volume[] | undefined, space: string): void {
  if (!volumes?.length) {
    w.write(0, `${space}Volumes:\t<none>\n`);
    return;
  }
  w.write(0, `${space}Volumes:\n`);
  for (const v of volumes) {
    w.write(1, `${space ? ' ' : ''}${v.name}:\n`);
    if (v.emptyDir) {
      const e = v.emptyDir as { medium?: string; sizeLimit?: string };
      const limit = e.sizeLimit && canonicalQuantity(e.sizeLimit) !== '0' ? canonicalQuantity(e.sizeLimit) : '<unset>';
      w.write(
        2,
        `Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t${e.medium ?? ''}\n    SizeLimit:\t${limit}\n`,
      );
    } else if (v.configMap) {
      const cm = v.configMap as { name?: string; optional?: boolean };
      w.write(
        2,
        `Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t${cm.name ?? ''}\n    Optional:\t${cm.optional === true}\n`,
      );
    } else if (v.persistentVolumeClaim) {
      const pvc = v.persistentVolumeClaim;
      w.write(
        2,
        `Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n    ClaimName:\t${pvc.claimName}\n    ReadOnly:\t${pvc.readOnly === true}\n`,
      );
    } else {
      w.write(1, '<unknown>\n');
    }
  }
}

/** DescribePodTemplate. */
export function describePodTemplate(w: DescribeWriter, template: PodTemplateSpec, ctx: PrintContext): void {
  w.write(0, 'Pod Template:\n');
  labelsMultiline(w, '  Labels', template.metadata?.labels);
  const annotations = template.metadata?.annotations;
  if (annotations && Object.keys(annotations).length) annotationsMultiline(w, '  Annotations', annotations);
  const sa = (template.spec as { serviceAccountName?: string }).serviceAccountName;
  if (sa) w.write(1, `Service Account:\t${sa}\n`);
  describeContainers(w, 'Containers', template.spec.containers, undefined, '  ', ctx);
  describeVolumes(w, template.spec.volumes, '  ');
  if (!isBook(ctx)) {
    labelsMultiline(w, '  Node-Selectors', template.spec.nodeSelector);
    tolerationsMultiline(w, '  Tolerations', template.spec.tolerations);
  }
}
