// Pod spec validation (pkg/apis/core/validation ValidatePodSpec and helpers), the subset that matters
// for manifests written by hand: containers, ports, env, volumes and mounts, policies, probes.

import {
  bv,
  child,
  duplicate,
  forbidden,
  index,
  invalid,
  notFound,
  notSupported,
  required,
  type FieldError,
} from './field-errors.ts';
import {
  dns1123LabelErrors,
  dns1123SubdomainErrors,
  envVarNameErrors,
  portNameErrors,
  portNumErrors,
  qualifiedNameErrors,
} from './names.ts';
import { parseQuantity } from './quantity.ts';
import { asString, asStringMap, isObj, validateAnnotations, validateLabels, type Obj } from './validate-meta.ts';

function dnsLabel(value: string, path: string): FieldError[] {
  return dns1123LabelErrors(value).map((msg) => invalid(path, bv.str(value), msg));
}

function list(v: unknown): Obj[] {
  return Array.isArray(v) ? v.map((x) => (isObj(x) ? x : {})) : [];
}

function nonNegative(v: unknown, path: string): FieldError[] {
  return typeof v === 'number' && v < 0 ? [invalid(path, bv.int(v), 'must be greater than or equal to 0')] : [];
}

const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];

function validateContainerPorts(ports: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set<string>();
  list(ports).forEach((p, i) => {
    const ip = index(path, i);
    const name = asString(p.name);
    if (name.length > 0) {
      const msgs = portNameErrors(name);
      if (msgs.length > 0) for (const m of msgs) errs.push(invalid(child(ip, 'name'), bv.str(name), m));
      else if (names.has(name)) errs.push(duplicate(child(ip, 'name'), bv.str(name)));
      else names.add(name);
    }
    const cp = typeof p.containerPort === 'number' ? p.containerPort : 0;
    if (cp === 0) errs.push(required(child(ip, 'containerPort')));
    else for (const m of portNumErrors(cp)) errs.push(invalid(child(ip, 'containerPort'), bv.int(cp), m));
    const hp = typeof p.hostPort === 'number' ? p.hostPort : 0;
    if (hp !== 0) for (const m of portNumErrors(hp)) errs.push(invalid(child(ip, 'hostPort'), bv.int(hp), m));
    const proto = asString(p.protocol);
    if (proto.length === 0) errs.push(required(child(ip, 'protocol')));
    else if (!PROTOCOLS.includes(proto)) errs.push(notSupported(child(ip, 'protocol'), bv.str(proto), PROTOCOLS));
  });
  return errs;
}

function validateEnv(env: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  list(env).forEach((e, i) => {
    const ip = index(path, i);
    const name = asString(e.name);
    if (name.length === 0) errs.push(required(child(ip, 'name')));
    for (const m of envVarNameErrors(name)) errs.push(invalid(child(ip, 'name'), bv.str(name), m));
    if (isObj(e.valueFrom)) {
      const vf = e.valueFrom;
      const sources = ['fieldRef', 'resourceFieldRef', 'configMapKeyRef', 'secretKeyRef', 'fileKeyRef'].filter((k) =>
        isObj(vf[k]),
      );
      if (asString(e.value) !== '' && sources.length > 0) {
        errs.push(invalid(child(ip, 'valueFrom'), bv.str(''), 'may not be specified when `value` is not empty'));
      }
      if (sources.length === 0) {
        errs.push(
          invalid(
            child(ip, 'valueFrom'),
            bv.str(''),
            'must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`',
          ),
        );
      } else if (sources.length > 1) {
        errs.push(invalid(child(ip, 'valueFrom'), bv.str(''), 'may not have more than one field specified at a time'));
      }
    }
  });
  return errs;
}

function validateVolumeMounts(mounts: unknown, volumes: Set<string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const mountpoints = new Set<string>();
  list(mounts).forEach((m, i) => {
    const ip = index(path, i);
    const name = asString(m.name);
    if (name.length === 0) errs.push(required(child(ip, 'name')));
    if (!volumes.has(name)) errs.push(notFound(child(ip, 'name'), bv.str(name)));
    const mountPath = asString(m.mountPath);
    if (mountPath.length === 0) errs.push(required(child(ip, 'mountPath')));
    if (mountpoints.has(mountPath)) errs.push(invalid(child(ip, 'mountPath'), bv.str(mountPath), 'must be unique'));
    mountpoints.add(mountPath);
    const subPath = asString(m.subPath);
    if (subPath.length > 0 && (subPath.startsWith('/') || subPath.split('/').includes('..'))) {
      errs.push(
        invalid(
          child(ip, 'subPath'),
          bv.str(subPath),
          subPath.startsWith('/') ? 'must be a relative path' : "must not contain '..'",
        ),
      );
    }
  });
  return errs;
}

const STANDARD_CONTAINER_RESOURCES = new Set(['cpu', 'memory', 'ephemeral-storage', 'storage']);

function validateResources(res: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!isObj(res)) return errs;
  const limits = asStringMap(res.limits) ?? {};
  const requests = asStringMap(res.requests) ?? {};
  const values = (m: Record<string, string>, p: string): Map<string, number> => {
    const out = new Map<string, number>();
    for (const [k, v] of Object.entries(m)) {
      const rp = `${p}[${k}]`;
      if (!STANDARD_CONTAINER_RESOURCES.has(k) && !k.includes('/') && !k.startsWith('hugepages-')) {
        errs.push(invalid(rp, bv.str(k), 'must be a standard resource type or fully qualified'));
        continue;
      }
      for (const msg of k.includes('/') ? qualifiedNameErrors(k) : []) errs.push(invalid(rp, bv.str(k), msg));
      const q = parseQuantity(String(v));
      if (q.ok) {
        if (q.value < 0) errs.push(invalid(rp, bv.str(String(v)), 'must be greater than or equal to 0'));
        out.set(k, q.value);
      }
    }
    return out;
  };
  const lim = values(limits, child(path, 'limits'));
  const req = values(requests, child(path, 'requests'));
  for (const [k, r] of req) {
    const l = lim.get(k);
    if (l !== undefined && r > l) {
      errs.push(
        invalid(
          `${child(path, 'requests')}`,
          bv.str(requests[k]),
          `must be less than or equal to ${k} limit of ${limits[k]}`,
        ),
      );
    }
  }
  return errs;
}

function validateProbe(probe: unknown, path: string, kind: 'liveness' | 'readiness' | 'startup'): FieldError[] {
  const errs: FieldError[] = [];
  if (!isObj(probe)) return errs;
  const handlers = ['exec', 'httpGet', 'tcpSocket', 'grpc'].filter((k) => isObj(probe[k]));
  if (handlers.length === 0) errs.push(required(path, 'must specify a handler type'));
  for (const h of handlers.slice(1)) errs.push(forbidden(child(path, h), 'may not specify more than 1 handler type'));
  for (const f of ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold']) {
    errs.push(...nonNegative(probe[f], child(path, f)));
  }
  if (kind !== 'readiness' && typeof probe.successThreshold === 'number' && probe.successThreshold !== 1) {
    errs.push(invalid(child(path, 'successThreshold'), bv.int(probe.successThreshold), 'must be 1'));
  }
  for (const h of ['httpGet', 'tcpSocket'] as const) {
    const action = probe[h];
    if (!isObj(action)) continue;
    const port = action.port;
    const pp = child(path, h, 'port');
    if (typeof port === 'number') {
      for (const m of portNumErrors(port)) errs.push(invalid(pp, bv.int(port), m));
    } else if (typeof port === 'string') {
      for (const m of portNameErrors(port)) errs.push(invalid(pp, bv.str(port), m));
    } else {
      errs.push(invalid(pp, bv.int(0), 'must be between 1 and 65535, inclusive'));
    }
  }
  return errs;
}

function validateContainerCommon(c: Obj, volumes: Set<string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const name = asString(c.name);
  if (name.length === 0) errs.push(required(child(path, 'name')));
  else errs.push(...dnsLabel(name, child(path, 'name')));
  if (asString(c.image).length === 0) errs.push(required(child(path, 'image')));
  const tmp = asString(c.terminationMessagePolicy);
  if (tmp === '') errs.push(required(child(path, 'terminationMessagePolicy')));
  else if (tmp !== 'File' && tmp !== 'FallbackToLogsOnError') {
    errs.push(notSupported(child(path, 'terminationMessagePolicy'), bv.str(tmp), ['File', 'FallbackToLogsOnError']));
  }
  errs.push(...validateContainerPorts(c.ports, child(path, 'ports')));
  errs.push(...validateEnv(c.env, child(path, 'env')));
  errs.push(...validateVolumeMounts(c.volumeMounts, volumes, child(path, 'volumeMounts')));
  const pull = asString(c.imagePullPolicy);
  if (pull === '') errs.push(required(child(path, 'imagePullPolicy')));
  else if (!['Always', 'IfNotPresent', 'Never'].includes(pull)) {
    errs.push(notSupported(child(path, 'imagePullPolicy'), bv.str(pull), ['Always', 'IfNotPresent', 'Never']));
  }
  errs.push(...validateResources(c.resources, child(path, 'resources')));
  return errs;
}

function validateVolumes(volumes: unknown, path: string): { errs: FieldError[]; names: Set<string> } {
  const errs: FieldError[] = [];
  const names = new Set<string>();
  list(volumes).forEach((v, i) => {
    const ip = index(path, i);
    const el: FieldError[] = [];
    const sources = Object.keys(v).filter((k) => k !== 'name' && isObj(v[k]));
    if (sources.length === 0) el.push(required(ip, 'must specify a volume type'));
    for (const s of sources.slice(1)) el.push(forbidden(child(ip, s), 'may not specify more than 1 volume type'));
    if (isObj(v.persistentVolumeClaim) && asString(v.persistentVolumeClaim.claimName) === '') {
      el.push(required(child(ip, 'persistentVolumeClaim', 'claimName')));
    }
    if (isObj(v.hostPath) && asString(v.hostPath.path) === '') el.push(required(child(ip, 'hostPath', 'path')));
    if (isObj(v.configMap) && asString(v.configMap.name) === '') el.push(required(child(ip, 'configMap', 'name')));
    if (isObj(v.secret) && asString(v.secret.secretName) === '') el.push(required(child(ip, 'secret', 'secretName')));
    const name = asString(v.name);
    if (name.length === 0) el.push(required(child(ip, 'name')));
    else el.push(...dnsLabel(name, child(ip, 'name')));
    if (names.has(name)) el.push(duplicate(child(ip, 'name'), bv.str(name)));
    if (el.length === 0) names.add(name);
    else errs.push(...el);
  });
  return { errs, names };
}

const TOLERATION_EFFECTS = ['NoExecute', 'NoSchedule', 'PreferNoSchedule'];

function validateTolerations(tolerations: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  list(tolerations).forEach((t, i) => {
    const ip = index(path, i);
    const k = asString(t.key);
    if (k.length > 0) for (const msg of qualifiedNameErrors(k)) errs.push(invalid(child(ip, 'key'), bv.str(k), msg));
    const op = asString(t.operator);
    if (k.length === 0 && op !== 'Exists') {
      errs.push(
        invalid(
          child(ip, 'operator'),
          bv.str(op),
          'operator must be Exists when `key` is empty, which means "match all values and all keys"',
        ),
      );
    }
    if (typeof t.tolerationSeconds === 'number' && asString(t.effect) !== 'NoExecute') {
      errs.push(
        invalid(
          child(ip, 'effect'),
          bv.str(asString(t.effect)),
          "effect must be 'NoExecute' when `tolerationSeconds` is set",
        ),
      );
    }
    if (op === 'Exists') {
      if (asString(t.value) !== '')
        errs.push(
          invalid(child(ip, 'operator'), bv.str(asString(t.value)), "value must be empty when `operator` is 'Exists'"),
        );
    } else if (op !== '' && op !== 'Equal') {
      errs.push(notSupported(child(ip, 'operator'), bv.str(op), ['Equal', 'Exists']));
    }
    const effect = asString(t.effect);
    if (effect !== '' && !TOLERATION_EFFECTS.includes(effect)) {
      errs.push(notSupported(child(ip, 'effect'), bv.str(effect), TOLERATION_EFFECTS));
    }
  });
  return errs;
}

/** ValidatePodSpec, for a spec that went through defaulting. */
export function validatePodSpec(spec: unknown, path: string): FieldError[] {
  const s = isObj(spec) ? spec : {};
  const errs: FieldError[] = [];
  if (s.terminationGracePeriodSeconds === undefined || s.terminationGracePeriodSeconds === null) {
    errs.push(required(child(path, 'terminationGracePeriodSeconds')));
  }
  const vols = validateVolumes(s.volumes, child(path, 'volumes'));
  errs.push(...vols.errs);
  const containers = list(s.containers);
  const cpath = child(path, 'containers');
  if (containers.length === 0) errs.push(required(cpath));
  const names = new Set<string>();
  containers.forEach((c, i) => {
    const ip = index(cpath, i);
    errs.push(...validateContainerCommon(c, vols.names, ip));
    const name = asString(c.name);
    if (names.has(name)) errs.push(duplicate(child(ip, 'name'), bv.str(name)));
    else names.add(name);
    errs.push(...validateProbe(c.livenessProbe, child(ip, 'livenessProbe'), 'liveness'));
    errs.push(...validateProbe(c.readinessProbe, child(ip, 'readinessProbe'), 'readiness'));
    errs.push(...validateProbe(c.startupProbe, child(ip, 'startupProbe'), 'startup'));
    if (c.restartPolicy !== undefined && c.restartPolicy !== null) {
      errs.push(forbidden(child(ip, 'restartPolicy'), 'may not be set for non-init containers'));
    }
  });
  const ipath = child(path, 'initContainers');
  list(s.initContainers).forEach((c, i) => {
    const ip = index(ipath, i);
    errs.push(...validateContainerCommon(c, vols.names, ip));
    const name = asString(c.name);
    if (names.has(name)) errs.push(duplicate(child(ip, 'name'), bv.str(name)));
    else names.add(name);
    const rp = c.restartPolicy;
    if (rp !== undefined && rp !== null && rp !== 'Always') {
      errs.push(notSupported(child(ip, 'restartPolicy'), bv.str(asString(rp)), ['Always']));
    }
  });
  const restart = asString(s.restartPolicy);
  if (restart === '') errs.push(required(child(path, 'restartPolicy')));
  else if (!['Always', 'OnFailure', 'Never'].includes(restart)) {
    errs.push(notSupported(child(path, 'restartPolicy'), bv.str(restart), ['Always', 'OnFailure', 'Never']));
  }
  const dns = asString(s.dnsPolicy);
  if (dns === '') errs.push(required(child(path, 'dnsPolicy')));
  else if (!['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'].includes(dns)) {
    errs.push(
      notSupported(child(path, 'dnsPolicy'), bv.str(dns), [
        'ClusterFirstWithHostNet',
        'ClusterFirst',
        'Default',
        'None',
      ]),
    );
  }
  errs.push(...validateLabels(asStringMap(s.nodeSelector), child(path, 'nodeSelector')));
  const sa = asString(s.serviceAccountName);
  if (sa.length > 0) {
    for (const m of dns1123SubdomainErrors(sa)) errs.push(invalid(child(path, 'serviceAccountName'), bv.str(sa), m));
  }
  const nodeName = asString(s.nodeName);
  if (nodeName.length > 0)
    for (const m of dns1123SubdomainErrors(nodeName)) errs.push(invalid(child(path, 'nodeName'), bv.str(nodeName), m));
  if (
    typeof s.activeDeadlineSeconds === 'number' &&
    (s.activeDeadlineSeconds < 1 || s.activeDeadlineSeconds > 2147483647)
  ) {
    errs.push(
      invalid(
        child(path, 'activeDeadlineSeconds'),
        bv.int(s.activeDeadlineSeconds),
        'must be between 1 and 2147483647, inclusive',
      ),
    );
  }
  const hostname = asString(s.hostname);
  if (hostname.length > 0) errs.push(...dnsLabel(hostname, child(path, 'hostname')));
  const subdomain = asString(s.subdomain);
  if (subdomain.length > 0) errs.push(...dnsLabel(subdomain, child(path, 'subdomain')));
  errs.push(...validateTolerations(s.tolerations, child(path, 'tolerations')));
  return errs;
}

/** ValidatePodTemplateSpec (ReplicaSets; StatefulSets do not validate their pod template). */
export function validatePodTemplateSpec(template: unknown, path: string): FieldError[] {
  const t = isObj(template) ? template : {};
  const meta = isObj(t.metadata) ? t.metadata : {};
  const errs: FieldError[] = [];
  errs.push(...validateLabels(asStringMap(meta.labels), child(path, 'labels')));
  errs.push(...validateAnnotations(asStringMap(meta.annotations), child(path, 'annotations')));
  errs.push(...validatePodSpec(t.spec, child(path, 'spec')));
  return errs;
}
