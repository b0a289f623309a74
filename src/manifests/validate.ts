// What happens to one manifest object on `kubectl apply -f` / `kubectl create -f`, up to the API
// server accepting it: kubectl's mapping and name checks, the server's strict decoding
// (fieldValidation=Strict, kubectl's default), defaulting, and validation. Errors are rendered as
// kubectl prints them.
//
// Product rule: real kubectl keeps going after a failing document of a multi-document file and
// applies the others; StatefulSet Lab applies nothing when any object fails. This module validates one
// object at a time (validateObject / validateObjectDetailed) and leaves that decision to the caller;
// use renderKubectlErrors() to print several failures the way kubectl does.

import { goAggregate, goQuote } from './go-format.ts';
import { applyDefaults } from './defaults.ts';
import { fieldErrorText, forbidden, type FieldError } from './field-errors.ts';
import { badRequestError, clientError, invalidError, type KubectlError } from './kubectl-errors.ts';
import { resolveManifestObject, type Mode } from './resolve.ts';
import type { ResourceInfo } from './resources.ts';
import { checkDecode, strictDecodingMessage } from './strict-decode.ts';
import { validateControllerRevision, validateReplicaSet, validateStatefulSet } from './validate-apps.ts';
import {
  validateEndpoints,
  validateNode,
  validatePod,
  validatePV,
  validatePVC,
  validateService,
  validateStorageClass,
} from './validate-core.ts';
import { asString, isObj, type Obj } from './validate-meta.ts';

export { isDns1035Label, isDnsLabel, isDnsSubdomain } from './names.ts';

export interface ValidateOptions {
  /** The file name as given to `-f` ("web.yaml", "STDIN"). */
  source: string;
  /** 'modern' (v1.35, default) or 'book' (Kubernetes 1.7 as in the book). */
  mode?: Mode;
  /**
   * Which request carries the object: `kubectl apply` of a new object (default), `kubectl create`,
   * `kubectl replace`, or the result of `kubectl patch` (already decode-checked by the patch
   * functions; only defaulting and validation are left, and the name is not re-validated).
   */
  verb?: 'apply' | 'create' | 'replace' | 'patch';
  /** The namespace kubectl uses for namespaced objects without one (default "default"). */
  namespace?: string;
}

/** The server-side validation errors of a defaulted object (no kubectl rendering). */
export function validationErrors(obj: Obj): FieldError[] {
  switch (obj.kind) {
    case 'StatefulSet':
      return validateStatefulSet(obj);
    case 'ReplicaSet':
      return validateReplicaSet(obj);
    case 'ControllerRevision':
      return validateControllerRevision(obj);
    case 'Pod':
      return validatePod(obj);
    case 'Service':
      return validateService(obj);
    case 'Endpoints':
      return validateEndpoints(obj);
    case 'Node':
      return validateNode(obj);
    case 'PersistentVolume':
      return validatePV(obj);
    case 'PersistentVolumeClaim':
      return validatePVC(obj);
    case 'StorageClass':
      return validateStorageClass(obj);
    default:
      return [];
  }
}

function gvrString(res: ResourceInfo): string {
  return `${res.group}/${res.version}, Resource=${res.plural}`;
}

function gvkString(res: ResourceInfo): string {
  return `${res.group}/${res.version}, Kind=${res.kind}`;
}

function bookDecodeErrors(obj: Obj, res: ResourceInfo): string[] {
  // kubectl 1.7 validated against the swagger schema on the client and named the first unknown field.
  const check = checkDecode(obj, res.kind);
  return check.unknownFields.map((p) => {
    const parts = p.replace(/\[\d+\]/g, '').split('.');
    const field = parts[parts.length - 1];
    return `found invalid field ${field} for ${res.version}.${structNameFor(res.kind, parts.slice(0, -1))}`;
  });
}

function structNameFor(kind: string, path: string[]): string {
  // Best effort: the Go type of the struct holding the field.
  const map: Record<string, string> = {
    '': kind,
    metadata: 'ObjectMeta',
    spec: `${kind}Spec`,
    status: `${kind}Status`,
    'spec.template': 'PodTemplateSpec',
    'spec.template.spec': 'PodSpec',
    'spec.template.metadata': 'ObjectMeta',
    'spec.template.spec.containers': 'Container',
    'spec.selector': 'LabelSelector',
    'spec.updateStrategy': 'StatefulSetUpdateStrategy',
    'spec.volumeClaimTemplates': 'PersistentVolumeClaim',
    'spec.volumeClaimTemplates.spec': 'PersistentVolumeClaimSpec',
    'spec.ports': 'ServicePort',
  };
  return map[path.join('.')] ?? kind;
}

/**
 * Validates one parsed manifest object as `kubectl apply -f` (or `create -f`) against a v1.35 API
 * server would. Returns null when the object would be accepted, otherwise kubectl's error report.
 */
export function validateObjectDetailed(obj: unknown, opts: ValidateOptions): KubectlError | null {
  const mode = opts.mode ?? 'modern';
  const verb = opts.verb ?? 'apply';
  const resolved = resolveManifestObject(obj, { source: opts.source, mode });
  if (!resolved.ok) return clientError(resolved.error);
  const res = resolved.resource;
  const o = obj as Obj;
  const meta = isObj(o.metadata) ? o.metadata : {};
  const name = asString(meta.name);
  const namespace = res.namespaced ? asString(meta.namespace) || (opts.namespace ?? 'default') : '';

  const update = verb === 'patch' || verb === 'replace';
  if (verb === 'apply' && name === '') {
    const generateName = asString(meta.generateName);
    if (generateName !== '') return clientError(`from ${generateName}: cannot use generate name with apply`);
    return clientError(
      `error when retrieving current configuration of:\nResource: ${goQuote(gvrString(res))}, GroupVersionKind: ${goQuote(gvkString(res))}\n` +
        `Name: ${goQuote('')}, Namespace: ${goQuote(namespace)}\nfrom server for: ${goQuote(opts.source)}: resource name may not be empty`,
    );
  }

  if (mode === 'book') {
    const errs = bookDecodeErrors(o, res);
    if (errs.length > 0) {
      return clientError(
        `error validating ${goQuote(opts.source)}: error validating data: ${goAggregate(errs)}; if you choose to ignore these errors, turn validation off with --validate=false`,
      );
    }
  } else if (verb !== 'patch') {
    const check = checkDecode(o, res.kind);
    const detail =
      check.typeError ?? (check.unknownFields.length > 0 ? strictDecodingMessage(check.unknownFields) : null);
    if (detail !== null) {
      return badRequestError(
        `${res.kind} in version ${goQuote(res.version)} cannot be handled as a ${res.kind}: ${detail}`,
        opts.source,
        verb === 'replace' ? 'replacing' : 'creating',
      );
    }
  }

  const defaulted = applyDefaults(o, { mode });
  let errs = validationErrors(defaulted);
  // Updates validate metadata with ValidateObjectMetaUpdate, which does not re-check the name.
  if (update) errs = errs.filter((e) => e.field !== 'metadata.name' && e.field !== 'metadata.generateName');
  if (errs.length === 0) return null;
  return invalidError(
    res.kind,
    res.group,
    name,
    errs,
    opts.source || undefined,
    verb === 'replace' ? 'replacing' : 'creating',
  );
}

const STS_MUTABLE = [
  'replicas',
  'ordinals',
  'template',
  'updateStrategy',
  'revisionHistoryLimit',
  'persistentVolumeClaimRetentionPolicy',
  'minReadySeconds',
];

function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => jsonEqual(a[k], b[k]));
  }
  return false;
}

/**
 * Update validation of a changed object against the stored one (ValidateStatefulSetUpdate and
 * friends): everything validateObject checks for a patch, plus the immutable StatefulSet spec fields:
 * `The StatefulSet "web" is invalid: spec: Forbidden: updates to statefulset spec for fields other than
 * 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden`.
 */
export function validateUpdateDetailed(next: unknown, previous: unknown, opts: ValidateOptions): KubectlError | null {
  const mode = opts.mode ?? 'modern';
  const verb = opts.verb === 'replace' ? 'replace' : 'patch';
  const base = validateObjectDetailed(next, { ...opts, verb });
  const o = next as Obj;
  if (!isObj(o) || o.kind !== 'StatefulSet' || !isObj(previous)) return base;
  const a = applyDefaults(o, { mode });
  const b = applyDefaults(previous, { mode });
  const sa = isObj(a.spec) ? { ...a.spec } : {};
  const sb = isObj(b.spec) ? { ...b.spec } : {};
  for (const k of STS_MUTABLE) {
    delete sa[k];
    delete sb[k];
  }
  if (jsonEqual(sa, sb)) return base;
  const forbiddenSpec = forbidden(
    'spec',
    "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
  );
  const errs = [...(base ? validationErrorsForUpdate(a) : []), forbiddenSpec];
  const name = isObj(o.metadata) ? asString(o.metadata.name) : '';
  return invalidError(
    'StatefulSet',
    'apps',
    name,
    errs,
    opts.source || undefined,
    verb === 'replace' ? 'replacing' : 'creating',
  );
}

function validationErrorsForUpdate(defaulted: Obj): FieldError[] {
  return validationErrors(defaulted).filter((e) => e.field !== 'metadata.name' && e.field !== 'metadata.generateName');
}

/** validateUpdateDetailed, rendered as kubectl prints it alone; null when the update is valid. */
export function validateUpdate(next: unknown, previous: unknown, opts: ValidateOptions): string | null {
  return validateUpdateDetailed(next, previous, opts)?.single ?? null;
}

/**
 * Validates one parsed manifest object. Returns null when valid, otherwise the full text kubectl
 * prints for it when it is the only error (no trailing newline), e.g.
 * `The StatefulSet "web" is invalid: spec.selector: Required value`.
 */
export function validateObject(obj: unknown, opts: ValidateOptions): string | null {
  return validateObjectDetailed(obj, opts)?.single ?? null;
}

/**
 * The error a controller gets when it creates an invalid object (e.g. a StatefulSet pod from a
 * template without an image), as it appears in a FailedCreate event:
 * `Pod "web-0" is invalid: spec.containers[0].image: Required value`. Null when valid.
 * The object is defaulted first, as the API server would.
 */
export function createErrorMessage(obj: unknown): string | null {
  if (!isObj(obj)) return null;
  const defaulted = applyDefaults(obj);
  const errs = validationErrors(defaulted);
  if (errs.length === 0) return null;
  const seen = new Set<string>();
  const causes: string[] = [];
  for (const e of errs) {
    const t = fieldErrorText(e);
    if (!seen.has(t)) {
      seen.add(t);
      causes.push(t);
    }
  }
  const kind = asString(obj.kind);
  const group =
    kind === 'StatefulSet' || kind === 'ReplicaSet' || kind === 'ControllerRevision'
      ? 'apps'
      : kind === 'StorageClass'
        ? 'storage.k8s.io'
        : '';
  const name = isObj(obj.metadata) ? asString(obj.metadata.name) : '';
  return `${group ? `${kind}.${group}` : kind} ${goQuote(name)} is invalid: ${goAggregate(causes)}`;
}
