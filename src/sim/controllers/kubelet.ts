// The kubelet on each node: starts the containers of pods bound to it, probes them, stops them
// on deletion and reports status to the API server — but only while it can reach the API
// server. A cut-off node's containers keep running unseen (semantics §3.2).
import type { Cluster } from '../engine/cluster.ts';
import { randomInt } from '../engine/rng.ts';
import { stamp } from '../engine/time.ts';
import type { NodeSim, PodRuntime, Timer } from '../engine/world.ts';
import { stepMachine } from '../machines/run.ts';
import { podLifecycleMachine, type PodLifecycleEvent } from '../machines/podLifecycle.machine.ts';
import { lookupImage, type ImageInfo } from '../model/images.ts';
import { isTerminating } from '../model/pods.ts';
import type { ContainerStatus, Pod, PodCondition, PodStatus } from '../model/types.ts';
import { canonicalJson } from './statefulset/revisions.ts';
import { attach, blockedVolumes, podVolumes } from './attachDetach.ts';

export function physical(n: NodeSim): 'Connected' | 'Partitioned' | 'PoweredOff' {
  return (JSON.parse(n.state) as { physical: 'Connected' | 'Partitioned' | 'PoweredOff' }).physical;
}

export function findRuntime(c: Cluster, uid: string): { node: string; sim: NodeSim; rt: PodRuntime } | undefined {
  for (const [node, sim] of Object.entries(c.world.nodes)) {
    const rt = sim.runtime[uid];
    if (rt) return { node, sim, rt };
  }
  return undefined;
}

function kubeletEvent(
  c: Cluster,
  rt: PodRuntime,
  node: string,
  type: 'Normal' | 'Warning',
  reason: string,
  message: string,
): void {
  const container = c.get('Pod', rt.name)?.spec.containers[0]?.name ?? 'main';
  c.event({
    type,
    reason,
    message,
    component: 'kubelet',
    host: node,
    involved: { kind: 'Pod', name: rt.name, uid: rt.uid, fieldPath: `spec.containers{${container}}` },
  });
}

/** The image reference as containerd resolves it (Docker Hub names are fully qualified). */
function qualifiedImage(image: string): string {
  const first = image.split('/')[0]!;
  if (first.includes('.') || first.includes(':') || first === 'localhost') return image;
  const withTag = /:[^/]+$/.test(image) ? image : `${image}:latest`;
  return image.includes('/') ? `docker.io/${withTag}` : `docker.io/library/${withTag}`;
}

function send(rt: PodRuntime, hasProbe: boolean, event: PodLifecycleEvent): void {
  const next = stepMachine(podLifecycleMachine, rt.state, { hasReadinessProbe: hasProbe }, event);
  rt.state = next.value as string;
}

function probeOf(pod: Pod | undefined) {
  return pod?.spec.containers[0]?.readinessProbe;
}

function apiPod(c: Cluster, rt: PodRuntime): Pod | undefined {
  const p = c.get('Pod', rt.name);
  return p && p.metadata.uid === rt.uid ? p : undefined;
}

function startRuntime(c: Cluster, node: string, sim: NodeSim, pod: Pod): void {
  const image = pod.spec.containers[0]?.image ?? '';
  const rt: PodRuntime = {
    uid: pod.metadata.uid!,
    name: pod.metadata.name,
    namespace: pod.metadata.namespace ?? 'default',
    state: 'ContainerCreating',
    image,
    ip: `10.244.${sim.index}.${sim.nextIp}`,
    probeFailing: false,
    ready: false,
    // The disks this sandbox mounts, as they are bound now: the ground truth of who writes where.
    volumes: podVolumes(c, pod),
    restartCount: 0,
    pullAttempts: 0,
    probeFailures: 0,
    fs: {},
  };
  sim.nextIp = sim.nextIp >= 254 ? 2 : sim.nextIp + 1;
  sim.runtime[rt.uid] = rt;
  const info = lookupImage(image, c.world.images);
  const cached = sim.images.includes(image);
  const blocked = blockedVolumes(c, pod, node);
  if (blocked.length) {
    // The attach/detach controller reports a Multi-Attach conflict once, when it first tries.
    rt.attachBlocked = true;
    for (const pv of blocked)
      c.event({
        type: 'Warning',
        reason: 'FailedAttachVolume',
        message: `Multi-Attach error for volume "${pv}" Volume is already exclusively attached to one node and can't be attached to another`,
        component: 'attachdetach-controller',
        involved: { kind: 'Pod', name: pod.metadata.name, uid: pod.metadata.uid! },
      });
    c.schedule('pod.started', rt.uid, 10_000);
    return;
  }
  if (!cached) kubeletEvent(c, rt, node, 'Normal', 'Pulling', `Pulling image "${image}"`);
  rt.pullStartedAt = c.now;
  c.schedule('pod.started', rt.uid, startDelay(c, info, cached));
}

/** Creation to Running takes 3–20 s in the tutorial's captures; a cached image starts faster. */
function startDelay(c: Cluster, info: ImageInfo | undefined, cached: boolean): number {
  return cached || !info
    ? randomInt(c.world, 3000, 5000)
    : randomInt(c.world, info.pullSeconds[0] * 1000, info.pullSeconds[1] * 1000);
}

function kill(c: Cluster, rt: PodRuntime, pod: Pod | undefined, node: string): void {
  const hasProbe = !!probeOf(pod);
  if (rt.state === 'Terminating' || rt.state === 'Stopped') return;
  const wasRunning = rt.state === 'Running' || rt.state === 'Ready';
  if (wasRunning && pod)
    kubeletEvent(c, rt, node, 'Normal', 'Killing', `Stopping container ${pod.spec.containers[0]?.name ?? 'main'}`);
  send(rt, hasProbe, { type: 'pod.kill' });
  if (!wasRunning) return;
  // A pod whose API object is already gone (force-deleted) gets the kubelet's minimum grace
  // period of 2 s (minimumGracePeriodInSeconds) before it is killed.
  const grace = pod ? (pod.metadata.deletionGracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30) : 2;
  const info = lookupImage(rt.image, c.world.images);
  const ms = info?.ignoresSigterm ? grace * 1000 : Math.min(grace * 1000, randomInt(c.world, 300, 1500));
  c.schedule('pod.stopped', rt.uid, ms);
}

function setCondition(
  old: PodCondition[] | undefined,
  type: PodCondition['type'],
  status: PodCondition['status'],
  now: string,
  reason?: string,
): PodCondition {
  const prev = old?.find((x) => x.type === type);
  const cond: PodCondition = {
    type,
    status,
    lastTransitionTime: prev && prev.status === status ? prev.lastTransitionTime! : now,
  };
  if (reason) cond.reason = reason;
  return cond;
}

/** The status the kubelet would post for this sandbox. */
function statusFor(c: Cluster, rt: PodRuntime, pod: Pod, hostIP: string): PodStatus {
  const now = stamp(c.world);
  const old = pod.status.conditions;
  const started = rt.state === 'Running' || rt.state === 'Ready' || rt.state === 'Terminating';
  const ready = rt.state === 'Ready' || (rt.state === 'Terminating' && rt.ready);
  const cs: ContainerStatus = {
    name: pod.spec.containers[0]?.name ?? 'main',
    image: rt.image,
    ready,
    started,
    restartCount: rt.restartCount,
    state: {},
  };
  if (started) {
    cs.state = { running: { startedAt: stamp(c.world, rt.startedAt ?? c.now) } };
    cs.imageID = imageDigest(rt.image);
  } else if (rt.state === 'Stopped' && rt.startedAt !== undefined) {
    const sigkill = lookupImage(rt.image, c.world.images)?.ignoresSigterm;
    cs.state = {
      terminated: {
        reason: sigkill ? 'Error' : 'Completed',
        exitCode: sigkill ? 137 : 0,
        startedAt: stamp(c.world, rt.startedAt),
        finishedAt: now,
      },
    };
  } else if (rt.state === 'ErrImagePull' || rt.state === 'ImagePullBackOff') {
    cs.state = {
      waiting: {
        reason: rt.state,
        message:
          rt.state === 'ErrImagePull'
            ? `failed to pull and unpack image "docker.io/${rt.image}": failed to resolve reference "docker.io/${rt.image}": not found`
            : `Back-off pulling image "${rt.image}"`,
      },
    };
  } else {
    cs.state = { waiting: { reason: 'ContainerCreating' } };
  }
  const running = started || (rt.state === 'Stopped' && rt.startedAt !== undefined);
  const sandbox = sandboxUp(rt);
  // Kubernetes 1.7 (book mode) had only Initialized, Ready and PodScheduled.
  const book = c.world.config.mode === 'book';
  const conditions: PodCondition[] = [
    ...(book ? [] : [setCondition(old, 'PodReadyToStartContainers', sandboxUp(rt) ? 'True' : 'False', now)]),
    setCondition(old, 'Initialized', 'True', now),
    setCondition(old, 'Ready', ready ? 'True' : 'False', now, ready ? undefined : 'ContainersNotReady'),
    ...(book
      ? []
      : [
          setCondition(old, 'ContainersReady', ready ? 'True' : 'False', now, ready ? undefined : 'ContainersNotReady'),
        ]),
    setCondition(old, 'PodScheduled', 'True', now),
  ];
  const disruption = old?.find((x) => x.type === 'DisruptionTarget');
  if (disruption) conditions.push(disruption);
  const status: PodStatus = {
    phase: running ? 'Running' : 'Pending',
    conditions,
    hostIP,
    startTime: pod.status.startTime ?? now,
    containerStatuses: [cs],
  };
  if (sandbox) {
    status.podIP = rt.ip;
    status.podIPs = [{ ip: rt.ip }];
  }
  if (pod.status.reason) status.reason = pod.status.reason;
  if (pod.status.message) status.message = pod.status.message;
  return status;
}

/** The pod sandbox (and so the pod IP) exists once containers ran or while an image pull fails. */
function sandboxUp(rt: PodRuntime): boolean {
  return rt.startedAt !== undefined || rt.state === 'ErrImagePull' || rt.state === 'ImagePullBackOff';
}

/** The node's InternalIP as registered (imported clusters keep their own addresses). */
function nodeIP(c: Cluster, name: string, sim: NodeSim): string {
  const addr = c.get('Node', name)?.status.addresses.find((a) => a.type === 'InternalIP')?.address;
  return addr ?? `10.0.0.${10 + sim.index}`;
}

/** One kubelet sync pass over every node that can reach the API server. */
export function kubelet(c: Cluster): void {
  const byNode = new Map<string, Pod[]>();
  for (const p of c.list('Pod')) {
    if (!p.spec.nodeName) continue;
    const list = byNode.get(p.spec.nodeName);
    if (list) list.push(p);
    else byNode.set(p.spec.nodeName, [p]);
  }
  for (const [nodeName, sim] of Object.entries(c.world.nodes)) {
    if (physical(sim) !== 'Connected') continue;
    const bound = byNode.get(nodeName) ?? [];
    const known = new Set<string>();
    for (const pod of bound) {
      const uid = pod.metadata.uid!;
      known.add(uid);
      let rt = sim.runtime[uid];
      if (!rt) {
        if (isTerminating(pod)) {
          // Nothing runs for it here (the node rebooted, or never started it): confirm the delete.
          finalDelete(c, pod);
          continue;
        }
        if (pod.status.phase === 'Failed' || pod.status.phase === 'Succeeded') continue;
        startRuntime(c, nodeName, sim, pod);
        rt = sim.runtime[uid]!;
      }
      if (isTerminating(pod)) kill(c, rt, pod, nodeName);
      if (rt.state === 'Stopped' && isTerminating(pod)) {
        postStatus(c, rt, pod, sim);
        finalDelete(c, pod);
        delete sim.runtime[uid];
        continue;
      }
      postStatus(c, rt, pod, sim);
    }
    for (const rt of Object.values(sim.runtime)) {
      if (known.has(rt.uid)) continue;
      // The API object is gone (force delete): kill what still runs for it.
      kill(c, rt, undefined, nodeName);
      if (
        rt.state === 'Stopped' ||
        rt.state === 'ContainerCreating' ||
        rt.state === 'ErrImagePull' ||
        rt.state === 'ImagePullBackOff'
      )
        delete sim.runtime[rt.uid];
    }
  }
}

/**
 * The kubelet's delete with grace 0 after the containers stopped. The API server does it in two
 * phases (registry/rest/delete.go BeforeDelete): it first writes the object with
 * deletionGracePeriodSeconds 0, then removes it — a watch sees both.
 */
function finalDelete(c: Cluster, pod: Pod): void {
  pod.metadata.deletionGracePeriodSeconds = 0;
  pod.metadata.deletionTimestamp = stamp(c.world);
  c.update('Pod', pod);
  c.remove('Pod', pod.metadata.name);
}

function postStatus(c: Cluster, rt: PodRuntime, pod: Pod, sim: NodeSim): void {
  // Nothing to post when neither the container nor the API object changed since the last post.
  const key = `${rt.state}|${rt.ready}|${rt.restartCount}|${pod.metadata.resourceVersion}`;
  if (rt.posted === key) return;
  const next = statusFor(c, rt, pod, nodeIP(c, pod.spec.nodeName ?? '', sim));
  if (canonicalJson(next) !== canonicalJson(pod.status)) {
    pod.status = next;
    c.update('Pod', pod);
  }
  rt.posted = `${rt.state}|${rt.ready}|${rt.restartCount}|${pod.metadata.resourceVersion}`;
}

// ---- timers ----

export function onStarted(c: Cluster, t: Timer): void {
  const found = findRuntime(c, t.target);
  if (!found) return;
  const { sim, rt } = found;
  if (rt.state !== 'ContainerCreating' && rt.state !== 'ImagePullBackOff') return;
  const pod = apiPod(c, rt);
  const hasProbe = !!probeOf(pod);
  const info = lookupImage(rt.image, c.world.images);
  if (!info) {
    const ref = qualifiedImage(rt.image);
    send(rt, hasProbe, { type: 'pod.pullFailed' });
    rt.pullAttempts++;
    kubeletEvent(
      c,
      rt,
      found.node,
      'Warning',
      'Failed',
      `Failed to pull image "${rt.image}": rpc error: code = NotFound desc = failed to pull and unpack image "${ref}": failed to resolve reference "${ref}": ${ref}: not found`,
    );
    kubeletEvent(c, rt, found.node, 'Warning', 'Failed', 'Error: ErrImagePull');
    c.schedule('pod.pull', rt.uid, 1000);
    return;
  }
  if (pod) {
    const blocked = blockedVolumes(c, pod, found.node);
    if (blocked.length) {
      // Still attached elsewhere: the kubelet keeps waiting (the warning was given once).
      c.schedule('pod.started', rt.uid, 10_000);
      return;
    }
    if (rt.attachBlocked) {
      delete rt.attachBlocked;
      for (const pv of podVolumes(c, pod))
        c.event({
          type: 'Normal',
          reason: 'SuccessfulAttachVolume',
          message: `AttachVolume.Attach succeeded for volume "${pv}"`,
          component: 'attachdetach-controller',
          involved: { kind: 'Pod', name: pod.metadata.name, uid: pod.metadata.uid! },
        });
      attach(c, pod, found.node);
      // Now the kubelet mounts the disk and pulls the image, as for any new pod.
      const info = lookupImage(rt.image, c.world.images);
      const cached = sim.images.includes(rt.image);
      if (!cached) kubeletEvent(c, rt, found.node, 'Normal', 'Pulling', `Pulling image "${rt.image}"`);
      rt.pullStartedAt = c.now;
      c.schedule('pod.started', rt.uid, startDelay(c, info, cached));
      return;
    }
    attach(c, pod, found.node);
  }
  const container = pod?.spec.containers[0]?.name ?? 'main';
  if (!sim.images.includes(rt.image)) {
    sim.images.push(rt.image);
    const secs = ((c.now - (rt.pullStartedAt ?? c.now)) / 1000).toFixed(3);
    const size = 10_000_000 + (fnvSize(rt.image) % 90_000_000);
    kubeletEvent(
      c,
      rt,
      found.node,
      'Normal',
      'Pulled',
      `Successfully pulled image "${rt.image}" in ${secs}s (${secs}s including waiting). Image size: ${size} bytes.`,
    );
  } else {
    kubeletEvent(c, rt, found.node, 'Normal', 'Pulled', `Container image "${rt.image}" already present on machine`);
  }
  kubeletEvent(c, rt, found.node, 'Normal', 'Created', `Created container: ${container}`);
  kubeletEvent(c, rt, found.node, 'Normal', 'Started', `Started container ${container}`);
  send(rt, hasProbe, { type: 'pod.started' });
  rt.startedAt = c.now;
  if ((rt.state as string) === 'Ready') {
    rt.ready = true;
    rt.readySince = c.now;
  } else {
    const probe = probeOf(pod);
    c.schedule('pod.probe', rt.uid, (probe?.initialDelaySeconds ?? 0) * 1000);
  }
}

/** Back-off: ErrImagePull → ImagePullBackOff, retried after 10 s, 20 s, 40 s … up to 300 s. */
export function onPull(c: Cluster, t: Timer): void {
  const found = findRuntime(c, t.target);
  if (!found) return;
  const { rt } = found;
  const hasProbe = !!probeOf(apiPod(c, rt));
  if (rt.state === 'ErrImagePull') {
    send(rt, hasProbe, { type: 'pod.backOff' });
    kubeletEvent(c, rt, found.node, 'Normal', 'BackOff', `Back-off pulling image "${rt.image}"`);
    kubeletEvent(c, rt, found.node, 'Warning', 'Failed', 'Error: ImagePullBackOff');
    c.schedule('pod.pull', rt.uid, Math.min(300_000, 10_000 * 2 ** (rt.pullAttempts - 1)));
  } else if (rt.state === 'ImagePullBackOff') {
    onStarted(c, t);
  }
}

export function onProbe(c: Cluster, t: Timer): void {
  const found = findRuntime(c, t.target);
  if (!found) return;
  const { rt } = found;
  if (rt.state !== 'Running' && rt.state !== 'Ready' && rt.state !== 'Terminating') return;
  const pod = apiPod(c, rt);
  const probe = probeOf(pod);
  if (!probe) return;
  if (rt.state !== 'Terminating') {
    if (rt.probeFailing) {
      rt.probeFailures++;
      if (rt.state === 'Ready' && rt.probeFailures >= (probe.failureThreshold ?? 3)) {
        send(rt, true, { type: 'pod.probeFailed' });
        rt.ready = false;
        delete rt.readySince;
      }
    } else {
      rt.probeFailures = 0;
      if (rt.state === 'Running') {
        send(rt, true, { type: 'pod.probePassed' });
        rt.ready = true;
        rt.readySince = c.now;
      }
    }
  }
  c.schedule('pod.probe', rt.uid, (probe.periodSeconds ?? 10) * 1000);
}

export function onStopped(c: Cluster, t: Timer): void {
  const found = findRuntime(c, t.target);
  if (!found) return;
  const { rt } = found;
  if (rt.state !== 'Terminating') return;
  send(rt, false, { type: 'pod.exited' });
  rt.ready = false;
}

/** `docker.io/library/nginx@sha256:…`: the same digest for every pod of one image, as a registry gives. */
function imageDigest(image: string): string {
  const ref = qualifiedImage(image).replace(/:[^/:@]+$/, '');
  let hex = '';
  for (let i = 0; hex.length < 64; i++) hex += fnvSize(`${i}:${image}`).toString(16).padStart(8, '0');
  return `${ref}@sha256:${hex.slice(0, 64)}`;
}

/** A stable, plausible image size for the Pulled event. */
function fnvSize(image: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < image.length; i++) h = Math.imul(h ^ image.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
