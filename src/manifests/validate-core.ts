// core/v1 and storage/v1 validation (pkg/apis/core/validation, pkg/apis/storage/validation, v1.35):
// Pod, Service, Endpoints, Node, PersistentVolume, PersistentVolumeClaim, StorageClass.

import { goQuote } from './go-format.ts';
import {
  bv,
  child,
  duplicate,
  forbidden,
  index,
  invalid,
  key,
  notSupported,
  required,
  type FieldError,
} from './field-errors.ts';
import {
  dns1035LabelErrors,
  dns1123LabelErrors,
  dns1123SubdomainErrors,
  portNameErrors,
  portNumErrors,
  qualifiedNameErrors,
} from './names.ts';
import { parseQuantity } from './quantity.ts';
import { validatePodSpec } from './validate-pod.ts';
import {
  asString,
  asStringMap,
  isObj,
  readSelector,
  validateLabelSelector,
  validateLabels,
  validateObjectMeta,
  type Obj,
} from './validate-meta.ts';

function list(v: unknown): Obj[] {
  return Array.isArray(v) ? v.map((x) => (isObj(x) ? x : {})) : [];
}

const ACCESS_MODES = ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod'];
const VOLUME_MODES = ['Block', 'Filesystem'];
const RECLAIM_POLICIES = ['Delete', 'Recycle', 'Retain'];
const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];

/** ValidatePod (create) of a defaulted Pod. */
export function validatePod(pod: Obj): FieldError[] {
  const errs = validateObjectMeta(pod.metadata, dns1123SubdomainErrors);
  errs.push(...validatePodSpec(pod.spec, 'spec'));
  return errs;
}

// ---- Service ----------------------------------------------------------------------------------------

function isHeadless(spec: Obj): boolean {
  return spec.clusterIP === 'None';
}

/** %#v of the core.ServicePort key used for duplicate detection. */
function formatServicePortKey(protocol: string, port: number): string {
  return `core.ServicePort{Name:"", Protocol:${goQuote(protocol)}, AppProtocol:(*string)(nil), Port:${port}, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}`;
}

/** ValidateService (create) of a defaulted Service. */
export function validateService(svc: Obj): FieldError[] {
  const errs = validateObjectMeta(svc.metadata, dns1035LabelErrors);
  const spec = isObj(svc.spec) ? svc.spec : {};
  const ports = list(spec.ports);
  const type = asString(spec.type);
  if (ports.length === 0 && !isHeadless(spec) && type !== 'ExternalName') errs.push(required('spec.ports'));
  if (type === 'LoadBalancer') {
    if (isHeadless(spec))
      errs.push(invalid('spec.clusterIP', bv.str('None'), "may not be set to 'None' for LoadBalancer services"));
    ports.forEach((p, i) => {
      if (p.port === 10250)
        errs.push(
          invalid(
            index('spec.ports', i),
            bv.int(10250),
            'may not expose port 10250 externally since it is used by kubelet',
          ),
        );
    });
  } else if (type === 'NodePort') {
    if (isHeadless(spec))
      errs.push(invalid('spec.clusterIP', bv.str('None'), "may not be set to 'None' for NodePort services"));
  } else if (type === 'ExternalName') {
    if (Array.isArray(spec.clusterIPs) && spec.clusterIPs.length > 0) {
      errs.push(forbidden('spec.clusterIPs', 'may not be set for ExternalName services'));
    }
    const cname = asString(spec.externalName).replace(/\.$/, '');
    if (cname.length > 0)
      for (const m of dns1123SubdomainErrors(cname)) errs.push(invalid('spec.externalName', bv.str(cname), m));
    else errs.push(required('spec.externalName'));
  }
  const names = new Set<string>();
  ports.forEach((p, i) => {
    const pp = index('spec.ports', i);
    const name = asString(p.name);
    if (ports.length > 1 && name.length === 0) errs.push(required(child(pp, 'name')));
    else if (name.length !== 0) {
      for (const m of dns1123LabelErrors(name)) errs.push(invalid(child(pp, 'name'), bv.str(name), m));
      if (names.has(name)) errs.push(duplicate(child(pp, 'name'), bv.str(name)));
      else names.add(name);
    }
    const port = typeof p.port === 'number' ? p.port : 0;
    for (const m of portNumErrors(port)) errs.push(invalid(child(pp, 'port'), bv.int(port), m));
    const proto = asString(p.protocol);
    if (proto.length === 0) errs.push(required(child(pp, 'protocol')));
    else if (!PROTOCOLS.includes(proto)) errs.push(notSupported(child(pp, 'protocol'), bv.str(proto), PROTOCOLS));
    const tp = p.targetPort;
    if (typeof tp === 'string')
      for (const m of portNameErrors(tp)) errs.push(invalid(child(pp, 'targetPort'), bv.str(tp), m));
    else {
      const n = typeof tp === 'number' ? tp : 0;
      for (const m of portNumErrors(n)) errs.push(invalid(child(pp, 'targetPort'), bv.int(n), m));
    }
  });
  errs.push(...validateLabels(asStringMap(spec.selector), 'spec.selector'));
  const affinity = asString(spec.sessionAffinity);
  if (affinity.length === 0) errs.push(required('spec.sessionAffinity'));
  else if (affinity !== 'ClientIP' && affinity !== 'None') {
    errs.push(notSupported('spec.sessionAffinity', bv.str(affinity), ['ClientIP', 'None']));
  }
  if (affinity === 'None' && isObj(spec.sessionAffinityConfig)) {
    errs.push(forbidden('spec.sessionAffinityConfig', 'must not be set when session affinity is None'));
  }
  if (type.length === 0) errs.push(required('spec.type'));
  else if (!['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'].includes(type)) {
    errs.push(notSupported('spec.type', bv.str(type), ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort']));
  }
  if (type === 'ClusterIP') {
    ports.forEach((p, i) => {
      if (typeof p.nodePort === 'number' && p.nodePort !== 0) {
        errs.push(forbidden(child(index('spec.ports', i), 'nodePort'), "may not be used when `type` is 'ClusterIP'"));
      }
    });
  }
  const seen = new Set<string>();
  ports.forEach((p, i) => {
    const proto = asString(p.protocol);
    const port = typeof p.port === 'number' ? p.port : 0;
    const k = `${proto}/${port}`;
    if (seen.has(k)) errs.push(duplicate(index('spec.ports', i), bv.raw(formatServicePortKey(proto, port))));
    seen.add(k);
  });
  return errs;
}

// ---- Endpoints and Node ---------------------------------------------------------------------------------

/** ValidateEndpoints (create) */
export function validateEndpoints(ep: Obj): FieldError[] {
  const errs = validateObjectMeta(ep.metadata, dns1123SubdomainErrors);
  list(ep.subsets).forEach((ss, i) => {
    const sp = index('subsets', i);
    for (const [field, addrs] of [
      ['addresses', ss.addresses],
      ['notReadyAddresses', ss.notReadyAddresses],
    ] as const) {
      list(addrs).forEach((a, j) => {
        const ip = asString(a.ip);
        if (!/^(\d{1,3}\.){3}\d{1,3}$/.test(ip) && !ip.includes(':')) {
          errs.push(invalid(child(index(child(sp, field), j), 'ip'), bv.str(ip), 'must be a valid IP address'));
        }
      });
    }
    const ports = list(ss.ports);
    ports.forEach((p, j) => {
      const pp = index(child(sp, 'ports'), j);
      const name = asString(p.name);
      if (ports.length > 1 && name.length === 0) errs.push(required(child(pp, 'name')));
      else if (name.length > 0)
        for (const m of dns1123LabelErrors(name)) errs.push(invalid(child(pp, 'name'), bv.str(name), m));
      const port = typeof p.port === 'number' ? p.port : 0;
      for (const m of portNumErrors(port)) errs.push(invalid(child(pp, 'port'), bv.int(port), m));
      const proto = asString(p.protocol);
      if (proto.length === 0) errs.push(required(child(pp, 'protocol')));
      else if (!PROTOCOLS.includes(proto)) errs.push(notSupported(child(pp, 'protocol'), bv.str(proto), PROTOCOLS));
    });
  });
  return errs;
}

const TAINT_EFFECTS = ['NoExecute', 'NoSchedule', 'PreferNoSchedule'];

/** ValidateNode (create) */
export function validateNode(node: Obj): FieldError[] {
  const errs = validateObjectMeta(node.metadata, dns1123SubdomainErrors);
  const spec = isObj(node.spec) ? node.spec : {};
  list(spec.taints).forEach((t, i) => {
    const tp = index('spec.taints', i);
    const k = asString(t.key);
    for (const m of qualifiedNameErrors(k)) errs.push(invalid(child(tp, 'key'), bv.str(k), m));
    const effect = asString(t.effect);
    if (effect.length === 0) errs.push(required(child(tp, 'effect')));
    else if (!TAINT_EFFECTS.includes(effect))
      errs.push(notSupported(child(tp, 'effect'), bv.str(effect), TAINT_EFFECTS));
  });
  return errs;
}

// ---- storage --------------------------------------------------------------------------------------------

function validateAccessModes(modes: unknown, path: string, requiredDetail: string): FieldError[] {
  const errs: FieldError[] = [];
  const m = Array.isArray(modes) ? modes.map((x) => asString(x)) : [];
  if (m.length === 0) errs.push(required(path, requiredDetail));
  let rwop = false;
  let other = false;
  for (const mode of m) {
    if (!ACCESS_MODES.includes(mode)) errs.push(notSupported(path, bv.str(mode), ACCESS_MODES));
    if (mode === 'ReadWriteOncePod') rwop = true;
    else if (ACCESS_MODES.includes(mode)) other = true;
  }
  if (rwop && other) errs.push(forbidden(path, 'may not use ReadWriteOncePod with other access modes'));
  return errs;
}

function validatePositiveQuantity(value: string, path: string): FieldError[] {
  const q = parseQuantity(value);
  if (q.ok && q.value <= 0) return [invalid(path, bv.str(value), 'must be greater than zero')];
  return [];
}

/** ValidatePersistentVolumeClaimSpec */
export function validatePVCSpec(spec: unknown, path: string): FieldError[] {
  const s = isObj(spec) ? spec : {};
  const errs: FieldError[] = [];
  errs.push(...validateAccessModes(s.accessModes, child(path, 'accessModes'), 'at least 1 access mode is required'));
  if (isObj(s.selector)) errs.push(...validateLabelSelector(readSelector(s.selector), child(path, 'selector')));
  const resources = isObj(s.resources) ? s.resources : {};
  const requests = asStringMap(resources.requests) ?? {};
  const storagePath = key(child(path, 'resources'), 'storage');
  if (!('storage' in requests)) errs.push(required(storagePath));
  else errs.push(...validatePositiveQuantity(String(requests.storage), storagePath));
  const scn = asString(s.storageClassName);
  if (scn.length > 0)
    for (const m of dns1123SubdomainErrors(scn)) errs.push(invalid(child(path, 'storageClassName'), bv.str(scn), m));
  if (s.volumeMode !== undefined && s.volumeMode !== null && !VOLUME_MODES.includes(asString(s.volumeMode))) {
    errs.push(notSupported(child(path, 'volumeMode'), bv.str(asString(s.volumeMode)), VOLUME_MODES));
  }
  return errs;
}

/** ValidatePersistentVolumeClaim (create) */
export function validatePVC(pvc: Obj): FieldError[] {
  const errs = validateObjectMeta(pvc.metadata, dns1123SubdomainErrors);
  errs.push(...validatePVCSpec(pvc.spec, 'spec'));
  return errs;
}

const PV_SOURCES = [
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'hostPath',
  'glusterfs',
  'nfs',
  'rbd',
  'iscsi',
  'cinder',
  'cephfs',
  'fc',
  'flocker',
  'flexVolume',
  'azureFile',
  'vsphereVolume',
  'quobyte',
  'azureDisk',
  'photonPersistentDisk',
  'portworxVolume',
  'scaleIO',
  'local',
  'storageos',
  'csi',
];

/** ValidatePersistentVolume (create) of a defaulted PersistentVolume. */
export function validatePV(pv: Obj): FieldError[] {
  const errs = validateObjectMeta(pv.metadata, dns1123SubdomainErrors);
  const spec = isObj(pv.spec) ? pv.spec : {};
  errs.push(...validateAccessModes(spec.accessModes, 'spec.accessModes', ''));
  const capacity = isObj(spec.capacity) ? (asStringMap(spec.capacity) ?? {}) : undefined;
  const capKeys = capacity ? Object.keys(capacity) : [];
  if (capKeys.length === 0) errs.push(required('spec.capacity'));
  if (!capKeys.includes('storage') || capKeys.length > 1) {
    const text =
      capacity === undefined
        ? 'core.ResourceList(nil)'
        : `core.ResourceList{${capKeys
            .sort()
            .map((k) => `${goQuote(k)}:resource.Quantity{...}`)
            .join(', ')}}`;
    errs.push(notSupported('spec.capacity', bv.raw(text), ['storage']));
  }
  for (const k of capKeys) errs.push(...validatePositiveQuantity(String((capacity ?? {})[k]), key('spec.capacity', k)));
  const scn = asString(spec.storageClassName);
  if (scn.length > 0)
    for (const m of dns1123SubdomainErrors(scn)) errs.push(invalid('spec.storageClassName', bv.str(scn), m));
  if (spec.volumeMode !== undefined && spec.volumeMode !== null && !VOLUME_MODES.includes(asString(spec.volumeMode))) {
    errs.push(notSupported('spec.volumeMode', bv.str(asString(spec.volumeMode)), VOLUME_MODES));
  }
  const sources = PV_SOURCES.filter((k) => isObj(spec[k]));
  if (sources.length === 0) errs.push(required('spec', 'must specify a volume type'));
  for (const s of sources.slice(1)) errs.push(forbidden(child('spec', s), 'may not specify more than 1 volume type'));
  if (isObj(spec.hostPath)) {
    const p = asString(spec.hostPath.path);
    if (p.length === 0) errs.push(required('spec.hostPath.path'));
    if (p.split('/').includes('..')) errs.push(invalid('spec.hostPath.path', bv.str(p), "must not contain '..'"));
    if (p.replace(/\/+$/, '') === '' && p.startsWith('/') && spec.persistentVolumeReclaimPolicy === 'Recycle') {
      errs.push(forbidden('spec.persistentVolumeReclaimPolicy', "may not be 'recycle' for a hostPath mount of '/'"));
    }
  }
  if (isObj(spec.gcePersistentDisk) && asString(spec.gcePersistentDisk.pdName) === '') {
    errs.push(required('spec.gcePersistentDisk.pdName'));
  }
  const reclaim = asString(spec.persistentVolumeReclaimPolicy);
  if (reclaim.length > 0 && !RECLAIM_POLICIES.includes(reclaim)) {
    errs.push(notSupported('spec.persistentVolumeReclaimPolicy', bv.str(reclaim), RECLAIM_POLICIES));
  }
  return errs;
}

/** ValidateStorageClass */
export function validateStorageClass(sc: Obj): FieldError[] {
  const errs = validateObjectMeta(sc.metadata, dns1123SubdomainErrors);
  const provisioner = asString(sc.provisioner);
  if (provisioner.length === 0) errs.push(required('provisioner'));
  else
    for (const m of qualifiedNameErrors(provisioner.toLowerCase()))
      errs.push(invalid('provisioner', bv.str(provisioner.toLowerCase()), m));
  const reclaim = asString(sc.reclaimPolicy);
  if (reclaim.length > 0 && reclaim !== 'Delete' && reclaim !== 'Retain') {
    errs.push(notSupported('reclaimPolicy', bv.str(reclaim), ['Delete', 'Retain']));
  }
  if (sc.volumeBindingMode === undefined || sc.volumeBindingMode === null) errs.push(required('volumeBindingMode'));
  else {
    const mode = asString(sc.volumeBindingMode);
    if (mode !== 'Immediate' && mode !== 'WaitForFirstConsumer') {
      errs.push(notSupported('volumeBindingMode', bv.str(mode), ['Immediate', 'WaitForFirstConsumer']));
    }
  }
  return errs;
}
