// The World: every bit of simulation state, as plain JSON, so a snapshot is a deep copy and a
// restored snapshot continues exactly like the original (semantics: determinism).
import type {
  ControllerRevision,
  Endpoints,
  KubeEvent,
  Node,
  PersistentVolume,
  PersistentVolumeClaim,
  Pod,
  ReplicaSet,
  Service,
  StatefulSet,
  StorageClass,
} from '../model/types.ts';
import type { ImageInfo } from '../model/images.ts';

/** "modern" is Kubernetes/kubectl v1.35; "book" is Kubernetes in Action's 1.6/1.7 era. */
export type Mode = 'modern' | 'book';

/**
 * How claims get volumes. `dynamic`: a default StorageClass provisions `pvc-<uid>` volumes.
 * `manual`: no StorageClass; claims bind only to hand-made PVs. `attachable`: like manual, but
 * volumes are RWO disks attached to one node at a time (Multi-Attach errors, 6-minute detach).
 */
export type StorageModel = 'dynamic' | 'manual' | 'attachable';

export interface ObjectStore {
  Pod: Record<string, Pod>;
  PersistentVolumeClaim: Record<string, PersistentVolumeClaim>;
  PersistentVolume: Record<string, PersistentVolume>;
  StorageClass: Record<string, StorageClass>;
  StatefulSet: Record<string, StatefulSet>;
  ReplicaSet: Record<string, ReplicaSet>;
  Service: Record<string, Service>;
  Endpoints: Record<string, Endpoints>;
  Node: Record<string, Node>;
  ControllerRevision: Record<string, ControllerRevision>;
  Event: Record<string, KubeEvent>;
}

export type StoredKind = keyof ObjectStore;

/**
 * What really runs on a node for one pod UID: the kubelet's truth. It can outlive the API object
 * (a force-deleted pod on a cut-off node keeps running: the "ghost").
 */
export interface PodRuntime {
  uid: string;
  name: string;
  namespace: string;
  /** Value of the pod lifecycle machine (podLifecycle.machine.ts). */
  state: string;
  image: string;
  ip: string;
  /** Virtual ms at which containers started running, if they did. */
  startedAt?: number;
  /** The app fails its readiness probe (set by `sim readiness POD fail`). */
  probeFailing: boolean;
  /** Ready as far as the kubelet knows (probe result), independent of what the API shows. */
  ready: boolean;
  readySince?: number;
  /** Persistent volume names mounted by this sandbox, for ground-truth writers. */
  volumes: string[];
  restartCount: number;
  /** Waiting on a Multi-Attach conflict (attachable storage). */
  attachBlocked?: boolean;
  /** When the current image pull began, for the Pulled event's duration. */
  pullStartedAt?: number;
  /** Failed image pulls so far (back-off doubles from 10 s up to 300 s). */
  pullAttempts: number;
  /** Consecutive readiness-probe failures. */
  probeFailures: number;
  /** Files written outside any volume: they live and die with this container. */
  fs: Record<string, string>;
  /** What the kubelet last posted for (state, readiness, API resourceVersion), to skip no-op posts. */
  posted?: string;
}

export interface NodeSim {
  /** Value of the node machine (node.machine.ts): connectivity and power. */
  state: string;
  index: number;
  /** Lease renewals happen at leaseOffset + k·10 s while the kubelet can reach the API server. */
  leaseOffsetMs: number;
  /** Last lease renewal the control plane saw, frozen when the node is cut off. */
  lastLeaseMs: number;
  images: string[];
  nextIp: number;
  runtime: Record<string, PodRuntime>;
  /** Bumped on every connectivity change, so stale timers can recognise themselves. */
  epoch: number;
}

/** Files on a volume, keyed by path relative to the mount point (e.g. "index.html"). */
export interface VolumeData {
  files: Record<string, string>;
}

/** The StatefulSet controller machine's resting state and what it is waiting for. */
export interface ControllerSim {
  state: string;
  /** Human-readable reason for the current state, for "why is it waiting?". */
  reason: string;
  /** Pod the controller is waiting on, if any. */
  waitingOn?: string;
}

export type TimerKind =
  | 'pod.started'
  | 'pod.pull'
  | 'pod.probe'
  | 'pod.stopped'
  | 'node.lost'
  | 'taint.evict'
  | 'podgc'
  /** Wakes the controllers at an instant when time alone changes a decision (minReadySeconds). */
  | 'requeue'
  /** Once a virtual minute: events older than an hour are dropped. */
  | 'events.expire'
  /** Every 5 minutes per node: the kubelet re-posts its status (lastHeartbeatTime). */
  | 'node.heartbeat';

export interface Timer {
  at: number;
  seq: number;
  kind: TimerKind;
  /** pod UID, node name, PVC name… depending on kind. */
  target: string;
  /** Connectivity epoch or incarnation the timer belongs to; stale timers are ignored. */
  epoch?: number;
}

export interface WorldConfig {
  mode: Mode;
  storage: StorageModel;
  /** Wall-clock instant (epoch ms) that virtual time 0 maps to, for timestamps. */
  epochMs: number;
  nodeMonitorGraceMs: number;
  nodeMonitorPeriodMs: number;
  leasePeriodMs: number;
  defaultTolerationSeconds: number;
  dnsTtl: number;
  clusterDomain: string;
}

export interface World {
  schema: 1;
  config: WorldConfig;
  /** Virtual time in ms since the cluster was created. */
  now: number;
  /** Monotonic counter ordering timers that fire at the same instant. */
  seq: number;
  rng: number;
  resourceVersion: number;
  objects: ObjectStore;
  nodes: Record<string, NodeSim>;
  volumes: Record<string, VolumeData>;
  controllers: Record<string, ControllerSim>;
  queue: Timer[];
  /** Service ClusterIPs handed out so far, to avoid collisions. */
  usedClusterIPs: string[];
  /** Last FailedScheduling message per pod UID, so a retry does not repeat the event. */
  unschedulable: Record<string, string>;
  /** When PodGC first saw pods bound to a node that no longer exists (40 s quarantine). */
  nodesGone?: Record<string, number>;
  /** Virtual ms of the last Service or Endpoints change (the DNS SOA serial). */
  dnsModified?: number;
  /** Attachable storage only: which node each disk is attached to, and for which pod. */
  attachments: Record<string, Attachment>;
  /**
   * Images this world knows beyond the built-in registry, by exact reference: those seen running in
   * an imported cluster (src/manifests/import.ts). Absent in a world that knows only the built-ins.
   */
  images?: Record<string, ImageInfo>;
}

export interface Attachment {
  node: string;
  podUid: string;
  /** When the pod that used it disappeared while its node was unreachable (6-minute force detach). */
  orphanedAt?: number;
}

export interface WorldOptions {
  seed?: number;
  nodes?: number;
  storage?: StorageModel;
  mode?: Mode;
}

export const DEFAULT_EPOCH_MS = Date.UTC(2026, 0, 8, 10, 0, 0);

export function emptyStore(): ObjectStore {
  return {
    Pod: {},
    PersistentVolumeClaim: {},
    PersistentVolume: {},
    StorageClass: {},
    StatefulSet: {},
    ReplicaSet: {},
    Service: {},
    Endpoints: {},
    Node: {},
    ControllerRevision: {},
    Event: {},
  };
}

export function defaultConfig(mode: Mode, storage: StorageModel): WorldConfig {
  return {
    mode,
    storage,
    epochMs: DEFAULT_EPOCH_MS,
    // v1.32 raised node-monitor-grace-period from 40 s to 50 s (semantics §3.1).
    nodeMonitorGraceMs: mode === 'book' ? 40_000 : 50_000,
    nodeMonitorPeriodMs: 5_000,
    leasePeriodMs: 10_000,
    defaultTolerationSeconds: 300,
    dnsTtl: 30,
    clusterDomain: 'cluster.local',
  };
}
