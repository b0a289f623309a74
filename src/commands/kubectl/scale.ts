// kubectl scale and kubectl patch (-p strategic merge, --type=merge, --type=json).
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
import type { CommandContext } from '../context.ts';
import { parseFlags, str, type FlagSpec } from '../flags.ts';
import { lookupResource, pluralQualified, qualified } from '../resources.ts';
import { COMMON } from './get.ts';

const SCALE: FlagSpec[] = [
  ...COMMON,
  { names: ['replicas'], type: 'string' },
  { names: ['current-replicas'], type: 'string' },
];

function target(ctx: CommandContext, args: string[], verb: string): { kind: StoredKind; obj: KubeObject } | string {
  let type: string | undefined;
  let name: string | undefined;
  if (args.length === 1 && args[0]!.includes('/')) [type, name] = args[0]!.split('/', 2);
  else [type, name] = args;
  if (!type) return `error: You must provide one or more resources by argument or filename.`;
  const r = lookupResource(type);
  if (!r) return `error: the server doesn't have a resource type "${type}"`;
  if (!name) return `error: resource(s) were provided, but no name was specified`;
  const obj = ctx.sim.cluster.get(r.kind, name) as KubeObject | undefined;
  if (!obj) return `Error from server (NotFound): ${pluralQualified(r.kind, name)} not found`;
  void verb;
  return { kind: r.kind, obj };
}

export function scaleCommand(ctx: CommandContext, words: string[]): number {
  const parsed = parseFlags(words, SCALE, 'kubectl scale');
  if (!parsed.ok) return fail(ctx, parsed.error);
  const text = str(parsed.value, 'replicas');
  if (text === undefined) return fail(ctx, 'error: required flag(s) "replicas" not set');
  const n = Number(text);
  if (!/^-?\d+$/.test(text))
    return fail(
      ctx,
      `error: invalid argument "${text}" for "--replicas" flag: strconv.ParseInt: parsing "${text}": invalid syntax`,
    );
  if (n < 0)
    return fail(ctx, 'error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
  const t = target(ctx, parsed.value.args, 'scale');
  if (typeof t === 'string') return fail(ctx, t);
  if (t.kind !== 'StatefulSet' && t.kind !== 'ReplicaSet')
    return fail(ctx, `error: cannot scale ${t.kind.toLowerCase()}s: the server could not find the requested resource`);
  const obj = t.obj as StatefulSet;
  const cur = str(parsed.value, 'current-replicas');
  if (cur !== undefined && Number(cur) !== (obj.spec.replicas ?? 1))
    return fail(ctx, `error: Expected replicas to be ${cur}, was ${obj.spec.replicas ?? 1}`);
  if (obj.spec.replicas !== n) {
    obj.spec.replicas = n;
    obj.metadata.generation = (obj.metadata.generation ?? 1) + 1;
  }
  ctx.sim.cluster.update(t.kind, obj as never);
  const book = ctx.sim.world.config.mode === 'book';
  ctx.out(book ? `statefulset "${obj.metadata.name}" scaled\n` : `${qualified(t.kind, obj.metadata.name)} scaled\n`);
  ctx.sim.cluster.settle();
  return 0;
}

const PATCH: FlagSpec[] = [...COMMON, { names: ['patch', 'p'], type: 'string' }, { names: ['type'], type: 'string' }];

export function patchCommand(ctx: CommandContext, words: string[]): number {
  const parsed = parseFlags(words, PATCH, 'kubectl patch');
  if (!parsed.ok) return fail(ctx, parsed.error);
  const text = str(parsed.value, 'patch');
  if (text === undefined) return fail(ctx, 'error: must specify -p to patch');
  const type = str(parsed.value, 'type') ?? 'strategic';
  if (!['strategic', 'merge', 'json'].includes(type))
    return fail(ctx, `error: --type must be one of [json merge strategic], not "${type}"`);
  const t = target(ctx, parsed.value.args, 'patch');
  if (typeof t === 'string') return fail(ctx, t);
  const arg = parsePatchArg(text, type as 'strategic' | 'merge' | 'json');
  if (!arg.ok) return fail(ctx, arg.error);
  const before = structuredClone(t.obj) as KubeObject;
  const result =
    type === 'json'
      ? jsonPatch(before, arg.value)
      : type === 'merge'
        ? mergePatch(before, arg.value)
        : strategicMergePatch(before, arg.value);
  if (!result.ok) return fail(ctx, result.error);
  const next = applyDefaults(result.value, { mode: ctx.sim.world.config.mode }) as KubeObject;
  const invalid =
    validateObject(next, { source: '', mode: ctx.sim.world.config.mode, verb: 'patch' }) ??
    validateUpdate(next, t.obj, { source: '', mode: ctx.sim.world.config.mode, verb: 'patch' });
  if (invalid) return fail(ctx, invalid);
  const name = t.obj.metadata.name;
  const label = ctx.sim.world.config.mode === 'book' ? `${t.kind.toLowerCase()} "${name}"` : qualified(t.kind, name);
  const changed = canonicalJson(next) !== canonicalJson(t.obj);
  if (!changed) {
    ctx.out(`${label} patched (no change)\n`);
    return 0;
  }
  const specChanged =
    canonicalJson((next as { spec?: unknown }).spec) !== canonicalJson((t.obj as { spec?: unknown }).spec);
  Object.assign(t.obj, next);
  if (specChanged && t.obj.metadata.generation !== undefined) t.obj.metadata.generation++;
  ctx.sim.cluster.update(t.kind, t.obj as never);
  ctx.out(`${label} patched\n`);
  ctx.sim.cluster.settle();
  return 0;
}

function fail(ctx: CommandContext, message: string): number {
  ctx.err(`${message}\n`);
  return 1;
}
