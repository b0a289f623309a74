// API-server defaulting, as k8s.io/kubernetes pkg/apis/{apps,core,storage}/v1/defaults.go (v1.35) and
// the Service REST registry (IP families) apply it before validation and storage. Operates on plain
// JSON objects and returns a new object; the input is never mutated.
//
// Not done here (admission, not defaulting): the ServiceAccount volume and `serviceAccountName`,
// `priority`/`preemptionPolicy`, and the not-ready/unreachable tolerations that real pods receive.
// ClusterIP allocation is the caller's: pass `clusterIP` to have it (and `clusterIPs`) filled in.

import type { Mode } from './resolve.ts';

type Obj = Record<string, unknown>;

export interface DefaultsOptions {
  /** 'book' applies Kubernetes 1.7 (apps/v1beta1) defaulting and omits fields added after 1.7. */
  mode?: Mode;
  /** ClusterIP to assign to a non-headless Service that has none (the allocator's choice). */
  clusterIP?: string;
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Deep copy of a JSON value. */
export function cloneJson<T>(v: T): T {
  if (Array.isArray(v)) return (v as unknown[]).map((x) => cloneJson(x)) as T;
  if (isObj(v)) {
    const out: Obj = {};
    for (const k of Object.keys(v)) {
      if (k === '__proto__')
        Object.defineProperty(out, k, { value: cloneJson(v[k]), enumerable: true, writable: true, configurable: true });
      else out[k] = cloneJson(v[k]);
    }
    return out as T;
  }
  return v;
}

/**
 * Returns obj[key] as an object, creating `{}` when absent or null. A value of the wrong type is left
 * alone (decoding rejects it) and a detached object is returned.
 */
function objAt(obj: Obj, key: string): Obj {
  const v = obj[key];
  if (isObj(v)) return v;
  const created: Obj = {};
  if (v === undefined || v === null) obj[key] = created;
  return created;
}

function unset(v: unknown): boolean {
  return v === undefined || v === null;
}

function emptyString(v: unknown): boolean {
  return v === undefined || v === null || v === '';
}

function each(v: unknown, fn: (o: Obj) => void): void {
  if (Array.isArray(v)) for (const x of v) if (isObj(x)) fn(x);
}

/**
 * The tag parsers.ParseImageName reports: the explicit tag, "latest" when there is neither tag nor
 * digest, and "" for a digest-only or unparsable reference.
 */
export function imageTag(image: string): string {
  if (image === '') return '';
  let name = image;
  let digest = '';
  const at = name.indexOf('@');
  if (at >= 0) {
    digest = name.slice(at + 1);
    name = name.slice(0, at);
  }
  let tag = '';
  const lastSlash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = name.slice(colon + 1);
    name = name.slice(0, colon);
    if (!/^[\w][\w.-]{0,127}$/.test(tag)) return '';
  }
  const parts = name.split('/');
  const hasDomain = parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost');
  const path = hasDomain ? parts.slice(1) : parts;
  if (hasDomain && !/^[a-zA-Z0-9.-]+(:[0-9]+)?$/.test(parts[0])) return '';
  if (path.length === 0 || !path.every((c) => /^[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*$/.test(c))) return '';
  if (digest !== '' && !/^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/.test(digest))
    return '';
  if (tag === '' && digest === '') return 'latest';
  return tag;
}

function defaultHTTPGet(h: Obj): void {
  if (emptyString(h.path)) h.path = '/';
  if (emptyString(h.scheme)) h.scheme = 'HTTP';
}

function defaultProbe(p: unknown): void {
  if (!isObj(p)) return;
  if (!p.timeoutSeconds) p.timeoutSeconds = 1;
  if (!p.periodSeconds) p.periodSeconds = 10;
  if (!p.successThreshold) p.successThreshold = 1;
  if (!p.failureThreshold) p.failureThreshold = 3;
  if (isObj(p.httpGet)) defaultHTTPGet(p.httpGet);
}

function defaultContainer(c: Obj): void {
  if (emptyString(c.imagePullPolicy)) {
    c.imagePullPolicy = imageTag(typeof c.image === 'string' ? c.image : '') === 'latest' ? 'Always' : 'IfNotPresent';
  }
  if (emptyString(c.terminationMessagePath)) c.terminationMessagePath = '/dev/termination-log';
  if (emptyString(c.terminationMessagePolicy)) c.terminationMessagePolicy = 'File';
  // Resources is a non-pointer struct: it always serializes, as `resources: {}` when empty.
  if (!isObj(c.resources)) c.resources = {};
  each(c.ports, (p) => {
    if (emptyString(p.protocol)) p.protocol = 'TCP';
  });
  each(c.env, (e) => {
    if (isObj(e.valueFrom) && isObj(e.valueFrom.fieldRef) && emptyString(e.valueFrom.fieldRef.apiVersion)) {
      e.valueFrom.fieldRef.apiVersion = 'v1';
    }
  });
  defaultProbe(c.livenessProbe);
  defaultProbe(c.readinessProbe);
  defaultProbe(c.startupProbe);
  if (isObj(c.lifecycle)) {
    for (const h of [c.lifecycle.postStart, c.lifecycle.preStop]) {
      if (isObj(h) && isObj(h.httpGet)) defaultHTTPGet(h.httpGet);
    }
  }
}

const VOLUME_SOURCES = [
  'hostPath',
  'emptyDir',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'gitRepo',
  'secret',
  'nfs',
  'iscsi',
  'glusterfs',
  'persistentVolumeClaim',
  'rbd',
  'flexVolume',
  'cinder',
  'cephfs',
  'flocker',
  'downwardAPI',
  'fc',
  'azureFile',
  'configMap',
  'vsphereVolume',
  'quobyte',
  'azureDisk',
  'photonPersistentDisk',
  'projected',
  'portworxVolume',
  'scaleIO',
  'storageos',
  'csi',
  'ephemeral',
  'image',
];

function defaultHostPath(h: unknown): void {
  if (isObj(h) && unset(h.type)) h.type = '';
}

function defaultVolume(v: Obj, mode: Mode): void {
  if (!VOLUME_SOURCES.some((k) => !unset(v[k]))) v.emptyDir = {};
  defaultHostPath(v.hostPath);
  for (const k of ['secret', 'configMap', 'downwardAPI', 'projected']) {
    const src = v[k];
    if (isObj(src) && unset(src.defaultMode)) src.defaultMode = 420;
  }
  if (isObj(v.ephemeral) && isObj(v.ephemeral.volumeClaimTemplate) && isObj(v.ephemeral.volumeClaimTemplate.spec)) {
    defaultPVCSpec(v.ephemeral.volumeClaimTemplate.spec, mode);
  }
}

function defaultPodSpec(spec: Obj, mode: Mode): void {
  if (emptyString(spec.dnsPolicy)) spec.dnsPolicy = 'ClusterFirst';
  if (emptyString(spec.restartPolicy)) spec.restartPolicy = 'Always';
  if (unset(spec.securityContext)) spec.securityContext = {};
  if (unset(spec.terminationGracePeriodSeconds)) spec.terminationGracePeriodSeconds = 30;
  if (emptyString(spec.schedulerName)) spec.schedulerName = 'default-scheduler';
  each(spec.containers, defaultContainer);
  each(spec.initContainers, defaultContainer);
  each(spec.ephemeralContainers, defaultContainer);
  each(spec.volumes, (v) => defaultVolume(v, mode));
}

function defaultPodTemplate(template: unknown, mode: Mode): void {
  if (!isObj(template)) return;
  defaultPodSpec(objAt(template, 'spec'), mode);
}

function defaultPVCSpec(spec: Obj, mode: Mode): void {
  if (mode !== 'book' && unset(spec.volumeMode)) spec.volumeMode = 'Filesystem';
}

function defaultPVC(pvc: Obj, mode: Mode): void {
  defaultPVCSpec(objAt(pvc, 'spec'), mode);
  const status = objAt(pvc, 'status');
  if (emptyString(status.phase)) status.phase = 'Pending';
}

function defaultStatefulSet(sts: Obj, mode: Mode): void {
  const spec = objAt(sts, 'spec');
  const legacy = mode === 'book' && sts.apiVersion === 'apps/v1beta1';
  if (emptyString(spec.podManagementPolicy)) spec.podManagementPolicy = 'OrderedReady';
  const strategy = objAt(spec, 'updateStrategy');
  if (legacy) {
    // pkg/apis/apps/v1beta1/defaults.go
    if (emptyString(strategy.type)) strategy.type = 'OnDelete';
    const labels = isObj(spec.template) && isObj(spec.template.metadata) ? spec.template.metadata.labels : undefined;
    if (isObj(labels)) {
      if (unset(spec.selector)) spec.selector = { matchLabels: cloneJson(labels) };
      const meta = objAt(sts, 'metadata');
      if (!isObj(meta.labels) || Object.keys(meta.labels).length === 0) meta.labels = cloneJson(labels);
    }
    if (unset(spec.replicas)) spec.replicas = 1;
    if (unset(spec.revisionHistoryLimit)) spec.revisionHistoryLimit = 10;
    if (strategy.type === 'RollingUpdate' && isObj(strategy.rollingUpdate) && unset(strategy.rollingUpdate.partition)) {
      strategy.rollingUpdate.partition = 0;
    }
  } else {
    // pkg/apis/apps/v1/defaults.go (MaxUnavailableStatefulSet is beta and on in v1.35)
    if (emptyString(strategy.type)) {
      strategy.type = 'RollingUpdate';
      if (unset(strategy.rollingUpdate)) strategy.rollingUpdate = {};
    }
    if (strategy.type === 'RollingUpdate' && isObj(strategy.rollingUpdate)) {
      if (unset(strategy.rollingUpdate.partition)) strategy.rollingUpdate.partition = 0;
      if (mode !== 'book' && unset(strategy.rollingUpdate.maxUnavailable)) strategy.rollingUpdate.maxUnavailable = 1;
    }
    if (mode !== 'book') {
      const policy = objAt(spec, 'persistentVolumeClaimRetentionPolicy');
      if (emptyString(policy.whenDeleted)) policy.whenDeleted = 'Retain';
      if (emptyString(policy.whenScaled)) policy.whenScaled = 'Retain';
    }
    if (unset(spec.replicas)) spec.replicas = 1;
    if (unset(spec.revisionHistoryLimit)) spec.revisionHistoryLimit = 10;
  }
  defaultPodTemplate(spec.template, mode);
  each(spec.volumeClaimTemplates, (t) => {
    if (mode !== 'book') {
      if (emptyString(t.apiVersion)) t.apiVersion = 'v1';
      if (emptyString(t.kind)) t.kind = 'PersistentVolumeClaim';
    }
    defaultPVC(t, mode);
  });
}

function defaultReplicaSet(rs: Obj, mode: Mode): void {
  const spec = objAt(rs, 'spec');
  if (unset(spec.replicas)) spec.replicas = 1;
  defaultPodTemplate(spec.template, mode);
}

function defaultPod(pod: Obj, mode: Mode): void {
  const spec = objAt(pod, 'spec');
  defaultPodSpec(spec, mode);
  // SetDefaults_Pod: requests default to limits, per container.
  for (const list of [spec.containers, spec.initContainers]) {
    each(list, (c) => {
      const res = isObj(c.resources) ? c.resources : undefined;
      if (res && isObj(res.limits)) {
        const requests = objAt(res, 'requests');
        for (const k of Object.keys(res.limits)) if (!(k in requests)) requests[k] = res.limits[k];
      }
    });
  }
  if (mode !== 'book' && unset(spec.enableServiceLinks)) spec.enableServiceLinks = true;
}

function defaultService(svc: Obj, opts: DefaultsOptions, mode: Mode): void {
  const spec = objAt(svc, 'spec');
  if (emptyString(spec.sessionAffinity)) spec.sessionAffinity = 'None';
  if (spec.sessionAffinity === 'None') delete spec.sessionAffinityConfig;
  if (spec.sessionAffinity === 'ClientIP') {
    const cfg = isObj(spec.sessionAffinityConfig) ? spec.sessionAffinityConfig : undefined;
    const ip = cfg && isObj(cfg.clientIP) ? cfg.clientIP : undefined;
    if (!ip || unset(ip.timeoutSeconds)) spec.sessionAffinityConfig = { clientIP: { timeoutSeconds: 10800 } };
  }
  if (emptyString(spec.type)) spec.type = 'ClusterIP';
  each(spec.ports, (p) => {
    if (emptyString(p.protocol)) p.protocol = 'TCP';
    if (unset(p.targetPort) || p.targetPort === 0 || p.targetPort === '') p.targetPort = p.port;
  });
  const type = spec.type;
  if (mode === 'book') {
    if ((type === 'NodePort' || type === 'LoadBalancer') && emptyString(spec.externalTrafficPolicy)) {
      spec.externalTrafficPolicy = 'Cluster';
    }
  } else {
    const externallyAccessible =
      type === 'NodePort' ||
      type === 'LoadBalancer' ||
      (type === 'ClusterIP' && Array.isArray(spec.externalIPs) && spec.externalIPs.length > 0);
    if (externallyAccessible && emptyString(spec.externalTrafficPolicy)) spec.externalTrafficPolicy = 'Cluster';
    if (unset(spec.internalTrafficPolicy) && (type === 'NodePort' || type === 'LoadBalancer' || type === 'ClusterIP')) {
      spec.internalTrafficPolicy = 'Cluster';
    }
    if (type === 'LoadBalancer' && unset(spec.allocateLoadBalancerNodePorts)) spec.allocateLoadBalancerNodePorts = true;
  }
  // Registry: ClusterIP(s) and IP families (single-stack IPv4 cluster).
  if (type !== 'ExternalName') {
    if (emptyString(spec.clusterIP) && opts.clusterIP) spec.clusterIP = opts.clusterIP;
    if (mode !== 'book') {
      if ((!Array.isArray(spec.clusterIPs) || spec.clusterIPs.length === 0) && !emptyString(spec.clusterIP)) {
        spec.clusterIPs = [spec.clusterIP];
      }
      const headlessNoSelector =
        spec.clusterIP === 'None' && (!isObj(spec.selector) || Object.keys(spec.selector).length === 0);
      if (emptyString(spec.ipFamilyPolicy))
        spec.ipFamilyPolicy = headlessNoSelector ? 'RequireDualStack' : 'SingleStack';
      if (!Array.isArray(spec.ipFamilies) || spec.ipFamilies.length === 0) {
        spec.ipFamilies = spec.ipFamilyPolicy !== 'SingleStack' && headlessNoSelector ? ['IPv4', 'IPv6'] : ['IPv4'];
      }
    }
  }
  const status = objAt(svc, 'status');
  if (!isObj(status.loadBalancer)) status.loadBalancer = {};
}

function defaultPV(pv: Obj, mode: Mode): void {
  const spec = objAt(pv, 'spec');
  if (emptyString(spec.persistentVolumeReclaimPolicy)) spec.persistentVolumeReclaimPolicy = 'Retain';
  if (mode !== 'book' && unset(spec.volumeMode)) spec.volumeMode = 'Filesystem';
  defaultHostPath(spec.hostPath);
  const status = objAt(pv, 'status');
  if (emptyString(status.phase)) status.phase = 'Pending';
}

function defaultStorageClass(sc: Obj): void {
  if (emptyString(sc.reclaimPolicy)) sc.reclaimPolicy = 'Delete';
  if (emptyString(sc.volumeBindingMode)) sc.volumeBindingMode = 'Immediate';
}

function defaultEndpoints(ep: Obj): void {
  each(ep.subsets, (ss) =>
    each(ss.ports, (p) => {
      if (emptyString(p.protocol)) p.protocol = 'TCP';
    }),
  );
}

function defaultNode(node: Obj): void {
  const status = isObj(node.status) ? node.status : undefined;
  if (status && unset(status.allocatable) && isObj(status.capacity)) status.allocatable = cloneJson(status.capacity);
}

/**
 * Applies API-server defaults to a manifest object (by `kind`) and returns the defaulted copy.
 * Kinds without defaults are returned as a plain copy.
 */
export function applyDefaults<T>(obj: T, opts: DefaultsOptions = {}): T {
  const out = cloneJson(obj);
  if (!isObj(out)) return out;
  const mode = opts.mode ?? 'modern';
  switch (out.kind) {
    case 'StatefulSet':
      defaultStatefulSet(out, mode);
      break;
    case 'ReplicaSet':
      defaultReplicaSet(out, mode);
      break;
    case 'Pod':
      defaultPod(out, mode);
      break;
    case 'Service':
      defaultService(out, opts, mode);
      break;
    case 'PersistentVolume':
      defaultPV(out, mode);
      break;
    case 'PersistentVolumeClaim':
      defaultPVC(out, mode);
      break;
    case 'StorageClass':
      defaultStorageClass(out);
      break;
    case 'Endpoints':
      defaultEndpoints(out);
      break;
    case 'Node':
      defaultNode(out);
      break;
  }
  return out;
}
