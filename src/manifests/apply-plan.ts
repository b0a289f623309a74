// What client-side `kubectl apply` sends for one object, and what the API server makes of it.
// kubectl (cmd/apply/apply.go, util.GetModifiedConfiguration, Patcher.patchSimple):
// - the new last-applied annotation is the config as given (with the namespace kubectl fills in and
//   without the annotation itself), serialised as json.Encoder does for unstructured content:
//   sorted keys, HTML-safe escaping, a trailing newline;
// - a new object is created from the config with that annotation;
// - an existing one gets the three-way strategic merge patch of (last-applied, config with its
//   annotation, live object). An empty patch (`{}`) is not sent and kubectl prints `unchanged`;
//   anything else is sent and kubectl prints `configured`, even if the server ends up where it was.
// The server applies the patch to the live object (status is not writable through the main
// resource), then defaults it; the caller validates the result.
import { goJsonMarshal } from '../commands/format/gojson.ts';
import { applyDefaults, cloneJson } from './defaults.ts';
import { LAST_APPLIED } from './export.ts';
import { PatchError, applyStrategicMergePatch } from './patch-strategic.ts';
import { createThreeWayMergePatch } from './patch-threeway.ts';
import { STRUCTS } from './schema.ts';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const CLUSTER_SCOPED = new Set(['Node', 'PersistentVolume', 'StorageClass']);

export interface ApplyPlan {
  /** The config with namespace and last-applied annotation, as kubectl sends or diffs it. */
  modified: Obj;
  /** The annotation's value. */
  lastApplied: string;
  /** The patch kubectl computes for an existing object (undefined for a new one). */
  patch?: Obj;
  /** The live object had no last-applied annotation (kubectl warns and patches it in). */
  missingAnnotation: boolean;
  /** `created`, `configured` (a non-empty patch) or `unchanged` (an empty one). */
  action: 'created' | 'configured' | 'unchanged';
  /** What the server stores (defaulted), or the live object itself when unchanged. */
  result: Obj;
}

/** GetModifiedConfiguration(annotate=true) of a config object as parsed from the file. */
export function modifiedConfiguration(raw: Obj): { modified: Obj; lastApplied: string } {
  const modified = cloneJson(raw);
  const meta: Obj = isObj(modified.metadata) ? modified.metadata : {};
  modified.metadata = meta;
  if (typeof modified.kind === 'string' && !CLUSTER_SCOPED.has(modified.kind) && meta.namespace === undefined)
    meta.namespace = 'default';
  const annotations: Obj = isObj(meta.annotations) ? { ...meta.annotations } : {};
  delete annotations[LAST_APPLIED];
  meta.annotations = annotations;
  const lastApplied = `${goJsonMarshal(modified)}\n`;
  meta.annotations = { ...annotations, [LAST_APPLIED]: lastApplied };
  return { modified, lastApplied };
}

/** GetOriginalConfiguration: the live object's last-applied annotation, parsed (null if none). */
export function originalConfiguration(live: Obj): Obj | null {
  const meta = isObj(live.metadata) ? live.metadata : {};
  const text = isObj(meta.annotations) ? meta.annotations[LAST_APPLIED] : undefined;
  if (typeof text !== 'string' || text === '') return null;
  try {
    const v: unknown = JSON.parse(text);
    return isObj(v) ? v : null;
  } catch {
    return null;
  }
}

/**
 * Plans the apply of `raw` (the config as parsed) onto `live` (undefined when the object does not
 * exist). Throws PatchError when the server could not apply the patch.
 */
export function planApply(raw: Obj, live: Obj | undefined, mode: 'modern' | 'book'): ApplyPlan {
  const { modified, lastApplied } = modifiedConfiguration(raw);
  if (!live) {
    return {
      modified,
      lastApplied,
      missingAnnotation: false,
      action: 'created',
      result: applyDefaults(cloneJson(modified), { mode }),
    };
  }
  const kind = typeof live.kind === 'string' && STRUCTS[live.kind] ? live.kind : '';
  const schema = kind ? ({ k: 'struct', name: kind } as const) : null;
  const original = originalConfiguration(live);
  const patch = createThreeWayMergePatch(original, modified, live, schema);
  const missingAnnotation = original === null;
  if (Object.keys(patch).length === 0)
    return { modified, lastApplied, patch, missingAnnotation, action: 'unchanged', result: live };
  const patched = applyStrategicMergePatch(live, patch, schema);
  // The main resource ignores status: only the status subresource writes it.
  if ('status' in live) patched.status = cloneJson(live.status);
  else delete patched.status;
  return {
    modified,
    lastApplied,
    patch,
    missingAnnotation,
    action: 'configured',
    result: applyDefaults(patched, { mode }),
  };
}

export { PatchError };
