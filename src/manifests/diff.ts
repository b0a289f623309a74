// What `kubectl apply -f` of some text would do to the live objects, without doing it: the editor's
// preview. The text goes through the same steps as the lab's apply (src/commands/kubectl/apply.ts):
// parsing, kind mapping, defaulting, validation (create and update), the simulator's replica bound,
// so it fails exactly where apply fails and with the same message. Each object is then `created`,
// `configured` (with its field-level changes) or `unchanged`. The world is only read.
//
// The changes are those the lab's apply writes (src/manifests/apply-plan.ts): kubectl's three-way
// strategic merge patch of the last-applied config, the new config and the live object, applied and
// defaulted as the server does, so fields set by others (a bound claim's volumeName, a Service's
// ClusterIP, replicas set by kubectl scale when the config does not name them) stay, and fields
// dropped from the config since the last apply go. The last-applied annotation is not shown. Status
// and server-managed metadata are never part of an apply.
import type { StoredKind, World } from '../sim/engine/world.ts';
import type { KubeObject } from '../sim/model/types.ts';
import { applyDefaults, cloneJson } from './defaults.ts';
import { goQuote } from './go-format.ts';
import { errorField, objectLocators, syntaxErrorPos, type SourcePos } from './locate.ts';
import { parseManifests } from './parse.ts';
import { resolveManifestObject } from './resolve.ts';
import { formatResourceRef, type ResourceInfo } from './resources.ts';
import { validateObject, validateUpdate } from './validate.ts';
import { LAST_APPLIED } from './export.ts';
import { PatchError, planApply, type ApplyPlan } from './apply-plan.ts';
import { checkDecode } from './strict-decode.ts';
import { replicaLimitError, templateLimitError } from '../commands/kubectl/limits.ts';

export interface FieldChange {
  /** `spec.replicas`, `spec.template.spec.containers[0].image`, `metadata.labels["app.kubernetes.io/name"]`. */
  path: string;
  /** Absent when the field is added. */
  before?: unknown;
  /** Absent when the field is removed. */
  after?: unknown;
}

export interface ObjectDiff {
  kind: string;
  name: string;
  /** As kubectl names it in its output: `statefulset.apps/web`. */
  ref: string;
  /**
   * `created` for a new object; `configured` when kubectl's patch is not empty (which can happen
   * with no visible change: a new last-applied annotation, or a replaced list the server defaults
   * back, like a StatefulSet's volumeClaimTemplates); `unchanged` when the patch is empty.
   */
  action: 'created' | 'configured' | 'unchanged';
  /** Field-level changes of a `configured` object, in document order. */
  changes: FieldChange[];
  /** The object as it would be sent: defaulted, without status. */
  object: unknown;
}

export type DiffResult =
  | { ok: true; objects: ObjectDiff[] }
  | {
      ok: false;
      /** What `kubectl apply` would print on stderr (no trailing newline). */
      error: string;
      /** Where in the text, when it can be told: the syntax error, or the field the error names. */
      at?: SourcePos;
    };

export interface DiffOptions {
  /** The file name, as `-f` would name it (default "manifest.yaml"). */
  source?: string;
  /** `create` fails on objects that exist; `apply` (default) updates them. */
  verb?: 'apply' | 'create';
}

/**
 * Book mode (kubectl 1.7): a type error is reported by client-side validation, as
 * src/commands/kubectl/apply.ts bookTypeError words it (kept identical; see the report on sharing it).
 */
function bookTypeError(raw: unknown, kind: string, source: string, mode: string): string | undefined {
  if (mode !== 'book') return undefined;
  const err = checkDecode(raw, kind).typeError;
  if (!err) return undefined;
  const m = /cannot unmarshal (\w+) into Go (?:struct field|value of type) (\S+?)(?: of type (\S+))?$/.exec(err);
  const got =
    { object: 'map', array: 'slice', number: 'float64', string: 'string', bool: 'bool' }[m?.[1] ?? ''] ?? m?.[1];
  const field = m?.[2]?.split('.').slice(1).join('.') || 'object';
  const expected =
    m?.[3]
      ?.replace(/^\[\]/, 'slice')
      .replace(/^map\[.*$/, 'map')
      .replace(/^int\d*$/, 'integer') ?? 'object';
  return `error: error validating ${goQuote(source)}: error validating data: expected type ${expected}, for field ${field}, got ${got}; if you choose to ignore these errors, turn validation off with --validate=false`;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return (
      ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && jsonEqual(a[k], b[k]))
    );
  }
  return false;
}

function keyPath(path: string, key: string): string {
  return /^[A-Za-z_$][\w$-]*$/.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key)}]`;
}

/** Field-level differences, depth first, before's key order then keys only after has. */
export function fieldChanges(before: unknown, after: unknown, path = '', out: FieldChange[] = []): FieldChange[] {
  if (jsonEqual(before, after)) return out;
  if (isObj(before) && isObj(after)) {
    const keys = [...Object.keys(before), ...Object.keys(after).filter((k) => !(k in before))];
    for (const k of keys) fieldChanges(before[k], after[k], keyPath(path, k), out);
    return out;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    for (let i = 0; i < Math.max(before.length, after.length); i++)
      fieldChanges(before[i], after[i], `${path}[${i}]`, out);
    return out;
  }
  const change: FieldChange = { path };
  if (before !== undefined) change.before = cloneJson(before);
  if (after !== undefined) change.after = cloneJson(after);
  out.push(change);
  return out;
}

/** The parts of an object an apply writes: labels, annotations (not last-applied) and spec. */
function applied(o: KubeObject & { spec?: unknown }): Obj {
  const spec = o.spec;
  const annotations = { ...(o.metadata.annotations ?? {}) };
  delete annotations[LAST_APPLIED];
  const metadata: Obj = {};
  if (o.metadata.labels && Object.keys(o.metadata.labels).length) metadata.labels = o.metadata.labels;
  if (Object.keys(annotations).length) metadata.annotations = annotations;
  return spec === undefined ? { metadata } : { metadata, spec };
}

function located(text: string, index: number, message: string, field?: string): { error: string; at?: SourcePos } {
  const locators = objectLocators(text);
  const loc = locators?.[index];
  if (!loc) return { error: message };
  return { error: message, at: loc.field(field ?? errorField(message) ?? '') };
}

/**
 * Previews `kubectl apply -f` (or `create -f`) of `text` against the world. Fails, with apply's own
 * message, wherever apply would fail; nothing is applied either way.
 */
export function diffApply(world: World, text: string, opts: DiffOptions = {}): DiffResult {
  const source = opts.source ?? 'manifest.yaml';
  const verb = opts.verb ?? 'apply';
  const mode = world.config.mode;
  const parsed = parseManifests(text, source);
  if (!parsed.ok) {
    const at = syntaxErrorPos(text, parsed.error);
    return at ? { ok: false, error: parsed.error, at } : { ok: false, error: parsed.error };
  }
  const docs: { obj: KubeObject; raw: Record<string, unknown>; res: ResourceInfo; index: number }[] = [];
  for (const [index, raw] of parsed.objects.entries()) {
    const res = resolveManifestObject(raw, { source, mode });
    if (!res.ok) return { ok: false, ...located(text, index, `error: ${res.error}`) };
    const obj = applyDefaults(raw, { mode }) as KubeObject;
    const invalid = validateObject(obj, { source, mode }) ?? bookTypeError(raw, res.resource.kind, source, mode);
    if (invalid) return { ok: false, ...located(text, index, invalid) };
    docs.push({ obj, raw: raw as Record<string, unknown>, res: res.resource, index });
  }
  if (!docs.length) return { ok: false, error: `error: no objects passed to ${verb}` };
  const seen = new Set<string>();
  const plans = new Map<number, ApplyPlan>();
  for (const { obj, raw, index } of docs) {
    const key = `${obj.kind}/${obj.metadata.name}`;
    const existing = world.objects[obj.kind as StoredKind]?.[obj.metadata.name] as KubeObject | undefined;
    if (obj.kind === 'Node')
      return {
        ok: false,
        ...located(
          text,
          index,
          `error: (simulator: nodes are the simulated machines and cannot be ${verb === 'create' ? 'created' : 'applied'} from a manifest; use kubectl cordon, kubectl taint or the sim verbs)`,
        ),
      };
    const replicas = replicaLimitError((obj as { spec?: { replicas?: number } }).spec?.replicas);
    if (replicas) return { ok: false, ...located(text, index, replicas, 'spec.replicas') };
    const template = templateLimitError(obj);
    if (template) return { ok: false, ...located(text, index, template, 'spec.template.spec.containers') };
    if ((existing || seen.has(key)) && verb === 'create') {
      const res = docs.find((d) => d.obj === obj)!.res;
      const plural = res.group ? `${res.plural}.${res.group}` : res.plural;
      return {
        ok: false,
        ...located(
          text,
          index,
          `Error from server (AlreadyExists): error when creating ${goQuote(source)}: ${plural} ${goQuote(obj.metadata.name)} already exists`,
        ),
      };
    }
    if (existing && verb === 'apply' && !seen.has(key)) {
      let plan: ApplyPlan;
      try {
        plan = planApply(raw, existing as unknown as Obj, mode);
      } catch (e) {
        if (e instanceof PatchError) return { ok: false, ...located(text, index, `error: ${e.message}`) };
        throw e;
      }
      if (plan.action === 'configured') {
        const invalid = validateUpdate(plan.result, existing, { source, mode, verb });
        if (invalid) return { ok: false, ...located(text, index, invalid) };
      }
      plans.set(index, plan);
    } else if (existing) {
      const invalid = validateUpdate(obj, existing, { source, mode, verb });
      if (invalid) return { ok: false, ...located(text, index, invalid) };
    }
    seen.add(key);
  }
  const objects: ObjectDiff[] = [];
  for (const { obj, res, index } of docs) {
    const sent = cloneJson(obj) as KubeObject & { status?: unknown; spec?: unknown };
    delete sent.status;
    const base = {
      kind: obj.kind,
      name: obj.metadata.name,
      ref: formatResourceRef(res, obj.metadata.name),
      object: sent,
    };
    const existing = world.objects[obj.kind as StoredKind]?.[obj.metadata.name] as
      (KubeObject & { spec?: unknown }) | undefined;
    const plan = plans.get(index);
    if (!existing || !plan) {
      objects.push({ ...base, action: existing ? 'configured' : 'created', changes: [] });
      continue;
    }
    const result = plan.result as unknown as KubeObject & { spec?: unknown };
    const changes = plan.action === 'unchanged' ? [] : fieldChanges(applied(existing), applied(result));
    objects.push({ ...base, action: plan.action, changes });
  }
  return { ok: true, objects };
}
