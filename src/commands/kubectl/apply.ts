// kubectl apply -f / create -f: parse every document, resolve, default and validate all of them
// first; on any error nothing is applied (our rule: bad input never half-applies).
import type { StoredKind } from '../../sim/engine/world.ts';
import type { KubeObject, StatefulSet } from '../../sim/model/types.ts';
import { canonicalJson } from '../../sim/controllers/statefulset/revisions.ts';
import { PatchError, planApply, type ApplyPlan } from '../../manifests/apply-plan.ts';
import {
  applyDefaults,
  checkDecode,
  parseManifests,
  resolveKind,
  validateObject,
  validateUpdate,
} from '../../manifests/index.ts';

import type { CommandContext } from '../context.ts';
import { bool, parseFlags, str, strs, type FlagSpec } from '../flags.ts';
import { qualified, pluralQualified } from '../resources.ts';
import { allocateClusterIP } from './services.ts';
import { getObject, reservedName } from './objects.ts';
import { COMMON, findVerb, helpNote, usageError } from './common.ts';
import { dryRunOf } from './delete.ts';
import { replicaLimitError, templateLimitError } from './limits.ts';
import { goQuote } from '../../manifests/go-format.ts';

const SPECS: FlagSpec[] = [
  ...COMMON,
  { names: ['filename', 'f'], type: 'strings', csv: true },
  { names: ['validate'], type: 'string', noOpt: 'strict' },
  { names: ['save-config'], type: 'bool' },
  { names: ['dry-run'], type: 'string', noOpt: 'unchanged' },
  { names: ['output', 'o'], type: 'string' },
];

/** The start of `kubectl create --help`, which kubectl prints when create has no -f. */
const CREATE_HELP = `Create a resource from a file or from stdin.

 JSON and YAML formats are accepted.

Examples:
  # Create a pod using the data in pod.json
  kubectl create -f ./pod.json

Usage:
  kubectl create -f FILENAME [options]

Use "kubectl create <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`;

const CREATE_SUBCOMMANDS = [
  'clusterrole',
  'clusterrolebinding',
  'configmap',
  'cronjob',
  'deployment',
  'ingress',
  'job',
  'namespace',
  'poddisruptionbudget',
  'priorityclass',
  'quota',
  'role',
  'rolebinding',
  'secret',
  'service',
  'serviceaccount',
  'token',
];

/**
 * Book mode (kubectl 1.7 validated manifests against the swagger schema on the client): a value
 * of the wrong type, which the manifest validation lets through in that mode and which the
 * controllers cannot run. The wording follows 1.7's swagger validator (`expected type %s, for field
 * %s, got %s`); the field path is the Go one, without list indices (not confirmed against a 1.7 kubectl).
 */
function bookTypeError(raw: unknown, kind: unknown, source: string, mode: string): string | undefined {
  if (mode !== 'book' || typeof kind !== 'object' || kind === null) return undefined;
  const k = (kind as { kind?: string }).kind ?? (raw as { kind?: string }).kind;
  if (typeof k !== 'string') return undefined;
  const err = checkDecode(raw, k).typeError;
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

/** cmdutil.GetValidationDirective. */
function validationError(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (['true', 'strict', 'false', 'ignore', 'warn'].includes(value.toLowerCase())) return undefined;
  return `error: invalid - validate option ${goQuote(value)}; must be one of: strict (or true), warn, ignore (or false)`;
}

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

export function applyCommand(ctx: CommandContext, words: string[], verb: 'apply' | 'create'): number {
  // `kubectl create deployment …` and the other generators are subcommands of create.
  const sub = verb === 'create' ? words[findVerb(words)] : undefined;
  if (sub !== undefined && CREATE_SUBCOMMANDS.includes(sub))
    return fail(
      ctx,
      `error: "kubectl create ${sub}" is not simulated; create objects from a manifest with kubectl create -f FILE`,
    );
  const parsed = parseFlags(words, SPECS, `kubectl ${verb}`);
  if (!parsed.ok) return fail(ctx, parsed.error);
  const p = parsed.value;
  if (p.help) return helpNote(ctx, verb);
  const args = [...p.args, ...p.rest];
  const files = strs(p, 'filename');
  if (verb === 'create' && !files.length) {
    // create.go: "Error: must specify one of -f and -k", the help, then any argument as a command.
    ctx.err(`Error: must specify one of -f and -k\n\n${CREATE_HELP}`);
    if (args.length) ctx.err(`${usageError('create', `unknown command ${goQuote(args.join(' '))}`)}\n`);
    return 1;
  }
  if (args.length) return fail(ctx, usageError(verb, `Unexpected args: [${args.join(' ')}]`));
  if (!files.length) return fail(ctx, 'error: must specify one of -f and -k');
  const invalidValidate = validationError(str(p, 'validate'));
  if (invalidValidate) return fail(ctx, invalidValidate);
  const dryRun = dryRunOf(str(p, 'dry-run'));
  if (dryRun.startsWith('error: ')) return fail(ctx, dryRun);
  const output = str(p, 'output');
  if (output !== undefined && output !== '' && output !== 'name')
    return fail(ctx, `error: (simulator: kubectl ${verb} -o ${output} is not simulated; use -o name)`);
  const mode = ctx.sim.world.config.mode;
  const docs: { obj: KubeObject; raw: Record<string, unknown>; source: string }[] = [];
  for (const f of files) {
    const text = ctx.readFile(f);
    if (text === undefined) return fail(ctx, `error: the path ${goQuote(f)} does not exist`);
    const res = parseManifests(text, f);
    if (!res.ok) return fail(ctx, res.error);
    for (const raw of res.objects) {
      const kind = resolveKind(raw, { source: f, mode });
      if (typeof kind === 'string') return fail(ctx, kind);
      const obj = applyDefaults(raw, { mode }) as KubeObject;
      const invalid = validateObject(obj, { source: f, mode }) ?? bookTypeError(raw, kind, f, mode);
      if (invalid) return fail(ctx, invalid);
      docs.push({ obj, raw: raw as Record<string, unknown>, source: f });
    }
  }
  if (!docs.length) return fail(ctx, 'error: no objects passed to ' + verb);
  const c = ctx.sim.cluster;
  // Check everything before changing anything.
  const seen = new Set<string>();
  for (const { obj, raw, source } of docs) {
    const key = `${obj.kind}/${obj.metadata.name}`;
    if (reservedName(obj.metadata.name))
      return fail(ctx, `error: (simulator: the name ${goQuote(obj.metadata.name)} cannot be used in the simulator)`);
    const existing = getObject(c, obj.kind as StoredKind, obj.metadata.name);
    if (obj.kind === 'Node')
      return fail(
        ctx,
        `error: (simulator: nodes are the simulated machines and cannot be ${verb === 'create' ? 'created' : 'applied'} from a manifest; use kubectl cordon, kubectl taint or the sim verbs)`,
      );
    const limit =
      replicaLimitError((obj as { spec?: { replicas?: number } }).spec?.replicas) ?? templateLimitError(obj);
    if (limit) return fail(ctx, limit);
    if ((existing || seen.has(key)) && verb === 'create')
      return fail(
        ctx,
        `Error from server (AlreadyExists): error when creating "${source}": ${pluralQualified(obj.kind as StoredKind, obj.metadata.name)} already exists`,
      );
    if (existing && verb === 'apply' && !seen.has(key)) {
      // The server validates what the patch makes of the live object.
      const plan = planOrError(raw, existing, mode);
      if (typeof plan === 'string') return fail(ctx, plan);
      if (plan.action === 'configured') {
        const invalid = validateUpdate(plan.result, existing, { source, mode, verb });
        if (invalid) return fail(ctx, invalid);
      }
    } else if (existing) {
      const invalid = validateUpdate(obj, existing, { source, mode, verb });
      if (invalid) return fail(ctx, invalid);
    }
    seen.add(key);
  }
  if (dryRun !== 'none') {
    const suffix = dryRun === 'client' ? ' (dry run)' : ' (server dry run)';
    for (const { obj, raw } of docs) {
      const existing = getObject(c, obj.kind as StoredKind, obj.metadata.name);
      // Client dry run sends nothing and always says configured; the server's dry run runs the patch.
      const what =
        verb === 'create' || !existing
          ? 'created'
          : dryRun === 'server' && (planOrError(raw, existing, mode) as ApplyPlan).action === 'unchanged'
            ? 'unchanged'
            : 'configured';
      ctx.out(
        output === 'name'
          ? `${qualified(obj.kind as StoredKind, obj.metadata.name)}\n`
          : `${qualified(obj.kind as StoredKind, obj.metadata.name)} ${what}${suffix}\n`,
      );
    }
    return 0;
  }
  // Warnings the API server attaches to its replies; kubectl prints each distinct one once.
  const warnings = new Set<string>();
  for (const { obj, raw } of docs) {
    // create --save-config writes the same annotation apply would (CreateOrUpdateAnnotation).
    const result = store(ctx, obj, raw, verb === 'create' && bool(p, 'save-config') ? 'save' : verb, mode);
    ctx.out(output === 'name' ? `${qualified(obj.kind as StoredKind, obj.metadata.name)}\n` : `${result}\n`);
    if (mode !== 'book' && !result.endsWith(' unchanged')) for (const w of warningsFor(obj)) warnings.add(w);
  }
  for (const w of warnings) ctx.err(`Warning: ${w}\n`);
  return 0;
}

/**
 * pkg/api/persistentvolume GetWarningsForPersistentVolume (v1.35): the Recycle reclaim policy
 * the book's hand-made PVs use is deprecated. (Book mode: the 1.7 API server sent no warnings.)
 */
function warningsFor(obj: KubeObject): string[] {
  if (obj.kind === 'PersistentVolume' && obj.spec.persistentVolumeReclaimPolicy === 'Recycle')
    return [
      'spec.persistentVolumeReclaimPolicy: The Recycle reclaim policy is deprecated. Instead, the recommended approach is to use dynamic provisioning.',
    ];
  return [];
}

/** planApply, with a patch the server cannot apply as the error kubectl would print. */
function planOrError(raw: Record<string, unknown>, existing: KubeObject, mode: 'modern' | 'book'): ApplyPlan | string {
  try {
    return planApply(raw, existing as unknown as Record<string, unknown>, mode);
  } catch (e) {
    if (e instanceof PatchError) return `error: ${e.message}`;
    throw e;
  }
}

/** apply.go warningNoLastAppliedConfigAnnotation (1.7: the shorter form of the time). */
function missingAnnotationWarning(kind: StoredKind, name: string, mode: string): string {
  if (mode === 'book')
    return 'Warning: kubectl apply should be used on resource created by either kubectl create --save-config or kubectl apply';
  const resource = pluralQualified(kind, name).split(' ')[0].split('.')[0];
  return `Warning: resource ${resource}/${name} is missing the ${LAST_APPLIED} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.`;
}

function store(
  ctx: CommandContext,
  fileObj: KubeObject,
  raw: Record<string, unknown>,
  verb: 'apply' | 'create' | 'save',
  mode: 'modern' | 'book',
): string {
  const c = ctx.sim.cluster;
  const kind = fileObj.kind as StoredKind;
  const name = fileObj.metadata.name;
  const existing = getObject(c, kind, name);
  const book = mode === 'book';
  const msg = (what: string) => (book ? `${kind.toLowerCase()} "${name}" ${what}` : `${qualified(kind, name)} ${what}`);
  if (!existing) {
    const obj = verb !== 'create' ? (planApply(raw, undefined, mode).result as unknown as KubeObject) : fileObj;
    if (kind === 'Service') allocateClusterIP(c, obj as Extract<KubeObject, { kind: 'Service' }>);
    // The API server ignores a client's status on create and starts from its own.
    if (kind === 'Pod') {
      (obj as Extract<KubeObject, { kind: 'Pod' }>).status = { phase: 'Pending' };
    } else if (kind === 'Service') (obj as { status: unknown }).status = { loadBalancer: {} };
    else if ('status' in obj && obj.status === undefined) (obj as { status: unknown }).status = {};
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
  const plan = planOrError(raw, existing, mode);
  if (typeof plan === 'string') throw new Error(plan); // checked before anything was applied
  if (plan.missingAnnotation) ctx.err(`${missingAnnotationWarning(kind, name, mode)}\n`);
  // apply.go WarnIfDeleting (after the patch, whether or not one was sent; newer than kubectl 1.7).
  if (!book && existing.metadata.deletionTimestamp !== undefined)
    ctx.err(`Warning: Detected changes to resource ${name} which is currently being deleted.\n`);
  if (plan.action === 'unchanged') return msg('unchanged');
  const next = plan.result as unknown as KubeObject & { spec?: unknown };
  const e = existing as KubeObject & { spec?: unknown };
  const specChanged = canonicalJson(next.spec) !== canonicalJson(e.spec);
  // Server-managed metadata is not the client's to change.
  next.metadata = {
    ...next.metadata,
    uid: e.metadata.uid,
    creationTimestamp: e.metadata.creationTimestamp,
    resourceVersion: e.metadata.resourceVersion,
  } as typeof next.metadata;
  if (e.metadata.generation !== undefined) next.metadata.generation = e.metadata.generation + (specChanged ? 1 : 0);
  if (e.metadata.deletionTimestamp !== undefined) next.metadata.deletionTimestamp = e.metadata.deletionTimestamp;
  // The store holds the object itself: change it in place.
  const live = e as unknown as Record<string, unknown>;
  for (const k of Object.keys(live)) delete live[k];
  Object.assign(live, next);
  c.update(kind, e as never);
  return msg('configured');
}

function fail(ctx: CommandContext, message: string): number {
  ctx.err(`${message}\n`);
  return 1;
}

export { str };
