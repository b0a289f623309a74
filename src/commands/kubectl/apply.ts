// kubectl apply -f / create -f: parse every document, resolve, default and validate all of them
// first; on any error nothing is applied (our rule: bad input never half-applies).
import type { Cluster } from '../../sim/engine/cluster.ts';
import type { StoredKind } from '../../sim/engine/world.ts';
import type { KubeObject, StatefulSet } from '../../sim/model/types.ts';
import { canonicalJson } from '../../sim/controllers/statefulset/revisions.ts';
import { applyDefaults, parseManifests, resolveKind, validateObject, validateUpdate } from '../../manifests/index.ts';
import type { CommandContext } from '../context.ts';
import { parseFlags, str, strs, type FlagSpec } from '../flags.ts';
import { qualified, pluralQualified } from '../resources.ts';
import { allocateClusterIP } from './services.ts';
import { COMMON } from './get.ts';

const SPECS: FlagSpec[] = [
  ...COMMON,
  { names: ['filename', 'f'], type: 'strings' },
  { names: ['validate'], type: 'string' },
  { names: ['dry-run'], type: 'string' },
];

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

export function applyCommand(ctx: CommandContext, words: string[], verb: 'apply' | 'create'): number {
  const parsed = parseFlags(words, SPECS, `kubectl ${verb}`);
  if (!parsed.ok) return fail(ctx, parsed.error);
  const files = strs(parsed.value, 'filename');
  if (!files.length)
    return fail(ctx, `error: must specify one of -f and -k\n\nSee 'kubectl ${verb} -h' for help and examples`);
  const mode = ctx.sim.world.config.mode;
  const docs: { obj: KubeObject; source: string }[] = [];
  for (const f of files) {
    const text = ctx.readFile(f);
    if (text === undefined) return fail(ctx, `error: the path "${f}" does not exist`);
    const res = parseManifests(text, f);
    if (!res.ok) return fail(ctx, res.error);
    for (const raw of res.objects) {
      const kind = resolveKind(raw, { source: f, mode });
      if (typeof kind === 'string') return fail(ctx, kind);
      const obj = applyDefaults(raw, { mode }) as KubeObject;
      const invalid = validateObject(obj, { source: f, mode });
      if (invalid) return fail(ctx, invalid);
      docs.push({ obj, source: f });
    }
  }
  if (!docs.length) return fail(ctx, 'error: no objects passed to ' + verb);
  const c = ctx.sim.cluster;
  // Check everything before changing anything.
  for (const { obj, source } of docs) {
    const existing = c.get(obj.kind as StoredKind, obj.metadata.name) as KubeObject | undefined;
    if (existing && verb === 'create')
      return fail(
        ctx,
        `Error from server (AlreadyExists): error when creating "${source}": ${pluralQualified(obj.kind as StoredKind, obj.metadata.name)} already exists`,
      );
    if (existing) {
      const invalid = validateUpdate(obj, existing, { source, mode, verb });
      if (invalid) return fail(ctx, invalid);
    }
  }
  for (const { obj } of docs) ctx.out(`${store(c, obj, verb, mode)}\n`);
  return 0;
}

function store(c: Cluster, obj: KubeObject, verb: 'apply' | 'create', mode: string): string {
  const kind = obj.kind as StoredKind;
  const name = obj.metadata.name;
  const existing = c.get(kind, name) as KubeObject | undefined;
  if (verb === 'apply') {
    const last = structuredClone(obj) as KubeObject & { status?: unknown };
    delete last.status;
    obj.metadata.annotations = { ...(obj.metadata.annotations ?? {}), [LAST_APPLIED]: `${JSON.stringify(last)}\n` };
  }
  const book = mode === 'book';
  const msg = (what: string) => (book ? `${kind.toLowerCase()} "${name}" ${what}` : `${qualified(kind, name)} ${what}`);
  if (!existing) {
    if (kind === 'Service') allocateClusterIP(c, obj as Extract<KubeObject, { kind: 'Service' }>);
    if ('status' in obj && obj.status === undefined) (obj as { status: unknown }).status = {};
    if (kind === 'StatefulSet' || kind === 'ReplicaSet') obj.metadata.generation = 1;
    if (kind === 'PersistentVolume')
      (obj as Extract<KubeObject, { kind: 'PersistentVolume' }>).status = { phase: 'Available' };
    if (kind === 'PersistentVolumeClaim')
      (obj as Extract<KubeObject, { kind: 'PersistentVolumeClaim' }>).status = { phase: 'Pending' };
    if (kind === 'StatefulSet') (obj as StatefulSet).status = { replicas: 0, availableReplicas: 0 };
    if (kind === 'ReplicaSet') (obj as Extract<KubeObject, { kind: 'ReplicaSet' }>).status = { replicas: 0 };
    c.create(kind, obj as never);
    return msg('created');
  }
  const before = canonicalJson({
    spec: (existing as { spec?: unknown }).spec,
    labels: existing.metadata.labels,
    data: (existing as { data?: unknown }).data,
  });
  const o = obj as KubeObject & { spec?: unknown };
  const e = existing as KubeObject & { spec?: unknown };
  const specChanged = canonicalJson(o.spec) !== canonicalJson(e.spec);
  if (kind === 'Service' && o.spec && e.spec) {
    const s = o.spec as { clusterIP?: string; clusterIPs?: string[] };
    const es = e.spec as { clusterIP?: string; clusterIPs?: string[] };
    s.clusterIP ??= es.clusterIP;
    s.clusterIPs ??= es.clusterIPs;
  }
  if (o.spec !== undefined) e.spec = o.spec;
  e.metadata.labels = o.metadata.labels;
  e.metadata.annotations = o.metadata.annotations;
  const after = canonicalJson({ spec: e.spec, labels: e.metadata.labels, data: (e as { data?: unknown }).data });
  if (before === after && verb === 'apply') {
    c.update(kind, e as never);
    return msg('unchanged');
  }
  if (specChanged && e.metadata.generation !== undefined) e.metadata.generation++;
  c.update(kind, e as never);
  return msg('configured');
}

function fail(ctx: CommandContext, message: string): number {
  ctx.err(`${message}\n`);
  return 1;
}

export { str };
