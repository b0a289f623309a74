// kubectl scale and kubectl patch (-p strategic merge, --type=merge, --type=json), with the
// checks in the order kubectl's scale.go and patch.go make them.
import type { StoredKind } from '../../sim/engine/world.ts';
import type { KubeObject, StatefulSet } from '../../sim/model/types.ts';
import { canonicalJson } from '../../sim/controllers/statefulset/revisions.ts';
import {
  applyDefaults,
  jsonPatch,
  mergePatch,
  parsePatchArg,
  strategicMergePatch,
  validateObject,
  validateUpdate,
} from '../../manifests/index.ts';
import { goQuote } from '../../manifests/go-format.ts';
import type { CommandContext } from '../context.ts';
import { num, parseFlags, str, type FlagSpec } from '../flags.ts';
import { byKind, qualified } from '../resources.ts';
import { COMMON, fail, helpNote, namespaceOf } from './common.ts';
import { select, selectorOf } from './objects.ts';
import { replicaLimitError, templateLimitError } from './limits.ts';

const SCALE: FlagSpec[] = [
  ...COMMON,
  { names: ['replicas'], type: 'int' },
  { names: ['current-replicas'], type: 'int' },
  { names: ['resource-version'], type: 'string' },
  { names: ['selector', 'l'], type: 'string' },
  { names: ['all'], type: 'bool' },
  { names: ['timeout'], type: 'duration' },
  { names: ['output', 'o'], type: 'string' },
];

const SCALABLE: StoredKind[] = ['StatefulSet', 'ReplicaSet'];

export function scaleCommand(ctx: CommandContext, words: string[], keep: () => void): number {
  const parsed = parseFlags(words, SCALE, 'kubectl scale');
  if (!parsed.ok) return fail(ctx, parsed.error);
  const p = parsed.value;
  if (p.help) return helpNote(ctx, 'scale');
  // cobra checks required flags before the command runs.
  const n = num(p, 'replicas');
  if (n === undefined) return fail(ctx, 'error: required flag(s) "replicas" not set');
  if (n < 0)
    return fail(ctx, 'error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
  const current = num(p, 'current-replicas') ?? -1;
  if (current < -1) return fail(ctx, 'error: The --current-replicas must specify an integer of -1 or greater');
  const selector = selectorOf(str(p, 'selector'));
  if (typeof selector === 'string') return fail(ctx, selector);
  const c = ctx.sim.cluster;
  const sel = select(c, [...p.args, ...p.rest], { selector, all: p.flags['all'] === true, namespace: namespaceOf(p) });
  if (typeof sel === 'string') return fail(ctx, sel);
  const targets = sel.groups.flatMap((g) => g.objects);
  // The scale subresource takes an int32: kubectl converts without a check, the server validates.
  const replicas = Number(BigInt.asIntN(32, BigInt(n)));
  const book = ctx.sim.world.config.mode === 'book';
  const errors: string[] = [];
  for (const obj of targets) {
    if (!SCALABLE.includes(obj.kind as StoredKind)) {
      errors.push('Error from server (NotFound): the server could not find the requested resource');
      continue;
    }
    const set = obj as StatefulSet;
    const was = set.spec.replicas ?? 1;
    if (current !== -1 && current !== was) {
      errors.push(`error: Expected replicas to be ${current}, was ${was}`);
      continue;
    }
    if (replicas < 0) {
      errors.push(
        `The Scale ${goQuote(set.metadata.name)} is invalid: spec.replicas: Invalid value: ${replicas}: must be greater than or equal to 0`,
      );
      continue;
    }
    const limit = replicaLimitError(replicas);
    if (limit) {
      errors.push(limit);
      continue;
    }
    if (set.spec.replicas !== replicas) {
      set.spec.replicas = replicas;
      set.metadata.generation = (set.metadata.generation ?? 1) + 1;
    }
    c.update(obj.kind as StoredKind, set as never);
    if (str(p, 'output') === 'name') ctx.out(`${qualified(obj.kind as StoredKind, set.metadata.name)}\n`);
    else
      ctx.out(
        book
          ? `${byKind(obj.kind as StoredKind).singular} ${goQuote(set.metadata.name)} scaled\n`
          : `${qualified(obj.kind as StoredKind, set.metadata.name)} scaled\n`,
      );
  }
  errors.push(...sel.notFound);
  if (!targets.length && !sel.notFound.length) errors.push('error: no objects passed to scale');
  if (errors.length) {
    if (errors.length < targets.length + sel.notFound.length) {
      // Some were scaled: like kubectl, keep what succeeded and report the rest.
      keep();
      ctx.sim.cluster.settle();
    }
    ctx.err(`${errors.map((e) => (errors.length > 1 ? e.replace(/^error: /, '') : e)).join('\n')}\n`);
    return 1;
  }
  ctx.sim.cluster.settle();
  return 0;
}

const PATCH: FlagSpec[] = [
  ...COMMON,
  { names: ['patch', 'p'], type: 'string' },
  { names: ['patch-file'], type: 'string' },
  { names: ['type'], type: 'string' },
  { names: ['output', 'o'], type: 'string' },
];

const PATCH_TYPES = ['json', 'merge', 'strategic'] as const;

export function patchCommand(ctx: CommandContext, words: string[]): number {
  const parsed = parseFlags(words, PATCH, 'kubectl patch');
  if (!parsed.ok) return fail(ctx, parsed.error);
  const p = parsed.value;
  if (p.help) return helpNote(ctx, 'patch');
  const text = str(p, 'patch') ?? '';
  // patch.go Validate, before anything is looked up.
  if (text && str(p, 'patch-file')) return fail(ctx, 'error: cannot specify --patch and --patch-file together');
  if (str(p, 'patch-file'))
    return fail(ctx, 'error: (simulator: --patch-file is not simulated; give the patch with -p)');
  if (!text) return fail(ctx, 'error: must specify --patch or --patch-file containing the contents of the patch');
  const typeText = str(p, 'type') ?? 'strategic';
  const type = typeText.toLowerCase() as (typeof PATCH_TYPES)[number];
  if (!PATCH_TYPES.includes(type))
    return fail(ctx, `error: --type must be one of [${PATCH_TYPES.join(' ')}], not ${goQuote(typeText)}`);
  // RunPatch: kubectl converts a YAML patch to JSON itself; JSON goes to the server as it is.
  const arg = parsePatchArg(text, type);
  if (!arg.ok && arg.error.startsWith('error: unable to parse')) return fail(ctx, arg.error);
  const c = ctx.sim.cluster;
  const sel = select(c, [...p.args, ...p.rest], { namespace: namespaceOf(p) });
  if (typeof sel === 'string') return fail(ctx, sel);
  const objects = sel.groups.flatMap((g) => g.objects);
  if (objects.length + sel.notFound.length > 1)
    return fail(ctx, 'error: (simulator: kubectl patch here takes one object at a time)');
  if (sel.notFound.length) return fail(ctx, sel.notFound[0]!);
  if (!arg.ok) return fail(ctx, arg.error);
  const obj = objects[0]!;
  const kind = obj.kind as StoredKind;
  const before = structuredClone(obj) as KubeObject;
  const result =
    type === 'json'
      ? jsonPatch(before, arg.value)
      : type === 'merge'
        ? mergePatch(before, arg.value)
        : strategicMergePatch(before, arg.value);
  if (!result.ok) return fail(ctx, result.error);
  const mode = ctx.sim.world.config.mode;
  const next = applyDefaults(result.value, { mode }) as KubeObject;
  const invalid =
    validateObject(next, { source: '', mode, verb: 'patch' }) ??
    validateUpdate(next, obj, { source: '', mode, verb: 'patch' });
  if (invalid) return fail(ctx, invalid);
  const limit =
    replicaLimitError((next as { spec?: { replicas?: number } }).spec?.replicas) ?? templateLimitError(next);
  if (limit && kind !== 'Node') return fail(ctx, limit);
  const name = obj.metadata.name;
  const label =
    str(p, 'output') === 'name'
      ? qualified(kind, name)
      : mode === 'book'
        ? `${kind.toLowerCase()} ${goQuote(name)}`
        : qualified(kind, name);
  const changed = canonicalJson(next) !== canonicalJson(obj);
  if (!changed) {
    ctx.out(str(p, 'output') === 'name' ? `${label}\n` : `${label} patched (no change)\n`);
    return 0;
  }
  const specChanged =
    canonicalJson((next as { spec?: unknown }).spec) !== canonicalJson((obj as { spec?: unknown }).spec);
  Object.assign(obj, next);
  if (specChanged && obj.metadata.generation !== undefined) obj.metadata.generation++;
  c.update(kind, obj as never);
  ctx.out(str(p, 'output') === 'name' ? `${label}\n` : `${label} patched\n`);
  c.settle();
  return 0;
}
