// The Simulator: one cluster (a World plus the controllers that act on it) and the physical
// interventions a real cluster gets from outside the API: cutting a node off, powering it down,
// breaking an app's readiness. Every consumer (CLI, terminal, lessons, embeds) drives this.
import { Cluster, type ControllerEntry, type TimerHandler } from './engine/cluster.ts';
import { nextRandom, randomInt } from './engine/rng.ts';
import { stamp } from './engine/time.ts';
import { defaultConfig, emptyStore, type World, type WorldOptions } from './engine/world.ts';
import { attachDetachController } from './controllers/attachDetach.ts';
import { endpointsController } from './controllers/endpoints.ts';
import { garbageCollector, onPodGC, PODGC_PERIOD_MS, PODGC_PERIODIC } from './controllers/gc.ts';
import { kubelet, onProbe, onPull, onStarted, onStopped, physical } from './controllers/kubelet.ts';
import {
  cutOff,
  health,
  NODE_STATUS_REPORT_MS,
  nodeStatusController,
  onEvict,
  onHeartbeat,
  onNodeLost,
  readyConditions,
  sendNode,
  taintManager,
} from './controllers/nodeLifecycle.ts';
import { replicaSetController } from './controllers/replicaset.ts';
import { scheduler } from './controllers/scheduler.ts';
import { statefulSetController } from './controllers/statefulset/index.ts';
import { volumeController } from './controllers/volumes.ts';
import type { Node } from './model/types.ts';
import type { TimerKind } from './engine/world.ts';

const CONTROLLERS: ControllerEntry[] = [
  { run: volumeController, apiOnly: true },
  { run: statefulSetController, apiOnly: true },
  { run: replicaSetController, apiOnly: true },
  { run: scheduler, apiOnly: true },
  // These read what really runs on the nodes, which changes without an API write.
  { run: kubelet, apiOnly: false },
  { run: nodeStatusController, apiOnly: false },
  { run: taintManager, apiOnly: true },
  { run: endpointsController, apiOnly: true },
  { run: garbageCollector, apiOnly: true },
  { run: attachDetachController, apiOnly: false },
];

const HANDLERS: Partial<Record<TimerKind, TimerHandler>> = {
  'pod.started': onStarted,
  'pod.pull': onPull,
  'pod.probe': onProbe,
  'pod.stopped': onStopped,
  'node.lost': onNodeLost,
  'taint.evict': onEvict,
  'node.heartbeat': onHeartbeat,
  podgc: onPodGC,
  'events.expire': (c) => {
    c.expireEvents();
    c.schedule('events.expire', '', 60_000);
  },
};

export function createWorld(opts: WorldOptions = {}): World {
  const mode = opts.mode ?? 'modern';
  const storage = opts.storage ?? 'dynamic';
  const world: World = {
    schema: 1,
    config: defaultConfig(mode, storage),
    now: 0,
    seq: 0,
    rng: (opts.seed ?? 1) >>> 0,
    resourceVersion: 1000,
    objects: emptyStore(),
    nodes: {},
    volumes: {},
    controllers: {},
    queue: [],
    usedClusterIPs: ['10.96.0.1', '10.96.0.10'],
    unschedulable: {},
    attachments: {},
  };
  const c = new Cluster(world, [], {});
  c.schedule('events.expire', '', 60_000);
  c.schedule('podgc', PODGC_PERIODIC, PODGC_PERIOD_MS);
  const born = -2 * 86_400_000;
  const version = mode === 'book' ? 'v1.7.2' : 'v1.35.0';
  const count = opts.nodes ?? 3;
  for (let i = 1; i <= count; i++) {
    const name = `node-${i}`;
    const node: Node = {
      apiVersion: 'v1',
      kind: 'Node',
      metadata: {
        name,
        creationTimestamp: stamp(world, born),
        labels: {
          'beta.kubernetes.io/arch': 'amd64',
          'beta.kubernetes.io/os': 'linux',
          'kubernetes.io/arch': 'amd64',
          'kubernetes.io/hostname': name,
          'kubernetes.io/os': 'linux',
        },
      },
      spec: { podCIDR: `10.244.${i}.0/24` },
      status: {
        conditions: readyConditions(stamp(world, born), mode),
        addresses: [
          { type: 'InternalIP', address: `10.0.0.${10 + i}` },
          { type: 'Hostname', address: name },
        ],
        nodeInfo: {
          kubeletVersion: version,
          osImage: 'Debian GNU/Linux 12 (bookworm)',
          containerRuntimeVersion: 'containerd://2.1.4',
          kernelVersion: '6.8.0-1031',
          architecture: 'amd64',
          operatingSystem: 'linux',
        },
        capacity: { cpu: '4', memory: '16374584Ki', pods: '110' },
        allocatable: { cpu: '4', memory: '16374584Ki', pods: '110' },
      },
    };
    c.create('Node', node);
    world.nodes[name] = {
      state: JSON.stringify({ physical: 'Connected', health: 'Ready' }),
      index: i,
      leaseOffsetMs: randomInt(world, 0, world.config.leasePeriodMs - 1),
      lastLeaseMs: 0,
      images: [],
      nextIp: 2 + randomInt(world, 0, 8),
      runtime: {},
      epoch: 0,
    };
    // Derived from the seed and the node, not drawn from the shared generator, so adding this
    // timer did not shift every other random choice.
    c.schedule(
      'node.heartbeat',
      name,
      1 + Math.floor(nextRandom(((opts.seed ?? 1) * 31 + i) >>> 0)[0] * (NODE_STATUS_REPORT_MS - 1)),
    );
  }
  if (storage === 'dynamic') {
    c.create('StorageClass', {
      apiVersion: 'storage.k8s.io/v1',
      kind: 'StorageClass',
      metadata: {
        name: 'standard',
        creationTimestamp: stamp(world, born),
        annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' },
      },
      provisioner: 'rancher.io/local-path',
      reclaimPolicy: 'Delete',
      volumeBindingMode: 'Immediate',
    });
  }
  c.create('Service', {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: 'kubernetes',
      creationTimestamp: stamp(world, born),
      labels: { component: 'apiserver', provider: 'kubernetes' },
    },
    spec: {
      type: 'ClusterIP',
      clusterIP: '10.96.0.1',
      clusterIPs: ['10.96.0.1'],
      ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }],
      sessionAffinity: 'None',
    },
    status: { loadBalancer: {} },
  });
  c.create('Endpoints', {
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: {
      name: 'kubernetes',
      creationTimestamp: stamp(world, born),
      labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' },
    },
    subsets: [{ addresses: [{ ip: '10.0.0.10' }], ports: [{ name: 'https', port: 6443, protocol: 'TCP' }] }],
  });
  return world;
}

export interface GroundTruth {
  nodes: { name: string; running: string[] }[];
  violations: string[];
  /**
   * Persistent volumes mounted by more than one running container (`node/pod` each, sorted): two
   * writers on one disk. Cattle sharing a claim do this by design; two copies of one StatefulSet
   * identity doing it is the data corruption at-most-one exists to prevent (semantics §1.9, §3).
   */
  sharedVolumes: { volume: string; writers: string[] }[];
}

export class Simulator {
  readonly cluster: Cluster;

  constructor(worldOrOptions: World | WorldOptions = {}) {
    const world = 'schema' in worldOrOptions ? worldOrOptions : createWorld(worldOrOptions);
    this.cluster = new Cluster(world, CONTROLLERS, HANDLERS);
    // Controllers are idempotent: running them on a restored world only finishes what the
    // snapshot's writer had left pending at that instant.
    this.cluster.touch();
    this.cluster.settle();
  }

  get world(): World {
    return this.cluster.world;
  }

  /** A deep copy of the whole state; `new Simulator(snapshot)` continues identically. */
  snapshot(): World {
    return structuredClone(this.cluster.world);
  }

  advance(seconds: number): void {
    this.cluster.advanceTo(this.cluster.now + Math.round(seconds * 1000));
  }

  /** Cuts the node's link to the control plane; its containers keep running. */
  partition(node: string): string | undefined {
    const sim = this.world.nodes[node];
    if (!sim) return `node "${node}" not found`;
    if (physical(sim) !== 'Connected')
      return `node ${node} is already ${physical(sim) === 'Partitioned' ? 'cut off' : 'powered off'}`;
    sendNode(sim, { type: 'node.partition' });
    cutOff(this.cluster, node);
    this.cluster.touch();
    this.cluster.settle();
    return undefined;
  }

  heal(node: string): string | undefined {
    const sim = this.world.nodes[node];
    if (!sim) return `node "${node}" not found`;
    if (physical(sim) !== 'Partitioned') return `node ${node} is not cut off`;
    sendNode(sim, { type: 'node.heal' });
    sim.epoch++;
    this.cluster.touch();
    this.cluster.settle();
    return undefined;
  }

  powerOff(node: string): string | undefined {
    const sim = this.world.nodes[node];
    if (!sim) return `node "${node}" not found`;
    if (physical(sim) === 'PoweredOff') return `node ${node} is already powered off`;
    const wasConnected = physical(sim) === 'Connected';
    sendNode(sim, { type: 'node.poweroff' });
    sim.runtime = {};
    if (wasConnected) cutOff(this.cluster, node);
    this.cluster.touch();
    this.cluster.settle();
    return undefined;
  }

  powerOn(node: string): string | undefined {
    const sim = this.world.nodes[node];
    if (!sim) return `node "${node}" not found`;
    if (physical(sim) !== 'PoweredOff') return `node ${node} is not powered off`;
    sendNode(sim, { type: 'node.poweron' });
    sim.epoch++;
    this.cluster.touch();
    this.cluster.settle();
    return undefined;
  }

  /** Makes the pod's app fail (or pass) its readiness probe from now on. */
  setReadiness(pod: string, outcome: 'fail' | 'pass'): string | undefined {
    const p = this.cluster.get('Pod', pod);
    if (!p) return `pods "${pod}" not found`;
    for (const sim of Object.values(this.world.nodes)) {
      const rt = sim.runtime[p.metadata.uid!];
      if (rt) {
        rt.probeFailing = outcome === 'fail';
        return undefined;
      }
    }
    return `pod ${pod} has no running container yet`;
  }

  nodeHealth(node: string): { physical: string; health: string } | undefined {
    const sim = this.world.nodes[node];
    return sim ? { physical: physical(sim), health: health(sim) } : undefined;
  }

  /** What really runs where, and identities running more than once (at-most-one violations). */
  groundTruth(): GroundTruth {
    const nodes = Object.entries(this.world.nodes)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, sim]) => ({
        name,
        running: Object.values(sim.runtime)
          .filter((r) => r.state === 'Running' || r.state === 'Ready' || r.state === 'Terminating')
          .map((r) => r.name)
          .sort(),
      }));
    const seen = new Map<string, number>();
    for (const n of nodes) for (const p of n.running) seen.set(p, (seen.get(p) ?? 0) + 1);
    const violations = [...seen.entries()]
      .filter(([, n]) => n > 1)
      .map(([p]) => p)
      .sort();
    const writers = new Map<string, string[]>();
    for (const [name, sim] of Object.entries(this.world.nodes))
      for (const r of Object.values(sim.runtime))
        if (r.state === 'Running' || r.state === 'Ready' || r.state === 'Terminating')
          for (const v of new Set(r.volumes)) writers.set(v, [...(writers.get(v) ?? []), `${name}/${r.name}`]);
    const sharedVolumes = [...writers.entries()]
      .filter(([, w]) => w.length > 1)
      .map(([volume, w]) => ({ volume, writers: w.sort() }))
      .sort((a, b) => (a.volume < b.volume ? -1 : a.volume > b.volume ? 1 : 0));
    return { nodes, violations, sharedVolumes };
  }
}
