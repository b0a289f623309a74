// kubectl cordon / uncordon / taint, as kubectl's drain.go and taint.go (with
// pkg/util/taints) parse, check and report them.
import { stamp } from '../../sim/engine/time.ts';
import type { Node, Taint } from '../../sim/model/types.ts';
import { qualifiedNameErrors, labelValueErrors } from '../../manifests/names.ts';
import type { CommandContext } from '../context.ts';
import { bool, parseFlags, str, type FlagSpec } from '../flags.ts';
import { COMMON, fail, helpNote, usageError } from './common.ts';
import { select, selectorOf, unknownType } from './objects.ts';
import { lookupResource } from '../resources.ts';
import { goQuote } from '../../manifests/go-format.ts';

const CORDON: FlagSpec[] = [
  ...COMMON,
  { names: ['selector', 'l'], type: 'string' },
  { names: ['dry-run'], type: 'string', noOpt: 'unchanged' },
];

export function cordonCommand(ctx: CommandContext, words: string[], on: boolean): number {
  const verb = on ? 'cordon' : 'uncordon';
  const parsed = parseFlags(words, CORDON, `kubectl ${verb}`);
  if (!parsed.ok) return fail(ctx, parsed.error);
  const p = parsed.value;
  if (p.help) return helpNote(ctx, verb);
  const names = [...p.args, ...p.rest];
  const selText = str(p, 'selector');
  if (!names.length && !p.given.has('selector')) return fail(ctx, usageError(verb, `USAGE: ${verb} NODE [flags]`));
  if (names.length && selText)
    return fail(
      ctx,
      usageError(verb, 'error: cannot specify both a node name and a --selector option').replace(
        /^error: error: /,
        'error: ',
      ),
    );
  const selector = selectorOf(selText);
  if (typeof selector === 'string') return fail(ctx, selector);
  const c = ctx.sim.cluster;
  const sel = selector
    ? select(c, ['nodes'], { selector })
    : select(
        c,
        names.map((n) => `nodes/${n}`),
      );
  if (typeof sel === 'string') return fail(ctx, sel);
  // The builder visits without ContinueOnError: the first missing node ends the command.
  if (sel.notFound.length) return fail(ctx, sel.notFound[0]!);
  for (const obj of sel.groups.flatMap((g) => g.objects)) {
    const node = obj as Node;
    const already = !!node.spec.unschedulable === on;
    if (!already) {
      if (on) node.spec.unschedulable = true;
      else delete node.spec.unschedulable;
      c.update('Node', node);
    }
    ctx.out(`node/${node.metadata.name} ${already ? 'already ' : ''}${on ? 'cordoned' : 'uncordoned'}\n`);
  }
  return 0;
}

const TAINT: FlagSpec[] = [
  ...COMMON,
  { names: ['selector', 'l'], type: 'string' },
  { names: ['all'], type: 'bool' },
  { names: ['overwrite'], type: 'bool' },
  { names: ['output', 'o'], type: 'string' },
  { names: ['dry-run'], type: 'string', noOpt: 'unchanged' },
];

const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

/** pkg/util/taints parseTaint: `key[=value][:effect]`. */
function parseTaint(spec: string): Taint | string {
  const parts = spec.split(':');
  let key: string;
  let value = '';
  let effect = '';
  if (parts.length === 1) key = parts[0]!;
  else if (parts.length === 2) {
    effect = parts[1]!;
    if (!EFFECTS.includes(effect)) return `invalid taint effect: ${effect}, unsupported taint effect`;
    const kv = parts[0]!.split('=');
    if (kv.length > 2) return `invalid taint spec: ${spec}`;
    key = kv[0]!;
    if (kv.length === 2) {
      value = kv[1]!;
      const errs = labelValueErrors(value);
      if (errs.length) return `invalid taint spec: ${spec}, ${errs.join('; ')}`;
    }
  } else return `invalid taint spec: ${spec}`;
  const errs = qualifiedNameErrors(key);
  if (errs.length) return `invalid taint spec: ${spec}, ${errs.join('; ')}`;
  const t: Taint = { key, effect: effect as Taint['effect'] };
  if (value) t.value = value;
  return t;
}

/** Taint.ToString. */
function taintString(t: { key: string; value?: string; effect?: string }): string {
  if (!t.effect) return t.value ? `${t.key}=${t.value}:` : t.key;
  return t.value ? `${t.key}=${t.value}:${t.effect}` : `${t.key}:${t.effect}`;
}

export function taintCommand(ctx: CommandContext, words: string[], keep: () => void): number {
  const parsed = parseFlags(words, TAINT, 'kubectl taint');
  if (!parsed.ok) return fail(ctx, parsed.error);
  const p = parsed.value;
  if (p.help) return helpNote(ctx, 'taint');
  // Complete: resources come first, then taint changes (anything with =, : or a trailing -).
  const resources: string[] = [];
  const specs: string[] = [];
  for (const a of [...p.args, ...p.rest]) {
    const isTaint = a.includes('=') || a.includes(':') || a.endsWith('-');
    if (isTaint) specs.push(a);
    else if (specs.length) return fail(ctx, `error: all resources must be specified before taint changes: ${a}`);
    else resources.push(a);
  }
  if (!resources.length) return fail(ctx, 'error: one or more resources must be specified as <resource> <name>');
  if (!specs.length) return fail(ctx, 'error: at least one taint update is required');
  const add: Taint[] = [];
  const remove: { key: string; effect?: string }[] = [];
  for (const spec of specs) {
    if (spec.endsWith('-')) {
      const t = parseTaint(spec.slice(0, -1));
      if (typeof t === 'string') return fail(ctx, usageError('taint', t));
      remove.push(t.effect ? { key: t.key, effect: t.effect } : { key: t.key });
      continue;
    }
    const t = parseTaint(spec);
    if (typeof t === 'string') return fail(ctx, usageError('taint', t));
    if (!t.effect) return fail(ctx, usageError('taint', `invalid taint spec: ${spec}`));
    if (add.some((x) => x.key === t.key && x.effect === t.effect))
      return fail(
        ctx,
        usageError(
          'taint',
          `duplicated taints with the same key and effect: {${t.key} ${t.value ?? ''} ${t.effect} <nil>}`,
        ),
      );
    add.push(t);
  }
  // Validate: a node type, no taint both added and removed, a name unless --all or -l.
  const type = lookupResource(resources[0]!);
  if (!type) return fail(ctx, unknownType(resources[0]!.toLowerCase()));
  if (type.kind !== 'Node')
    return fail(ctx, `error: invalid resource type ${resources[0]!.toLowerCase()}, only node types are supported`);
  const conflicts = remove
    .filter((r) => add.some((a) => a.key === r.key && (!r.effect || a.effect === r.effect)))
    .map((r) => `{"${r.key}":"${r.effect ?? ''}"}`);
  if (conflicts.length)
    return fail(
      ctx,
      `error: can not both modify and remove the following taint(s) in the same command: ${conflicts.join(', ')}`,
    );
  const all = bool(p, 'all');
  const selText = str(p, 'selector');
  if (all && selText) return fail(ctx, "error: setting 'all' parameter with a non empty selector is prohibited");
  if (!all && !selText && resources.length < 2)
    return fail(ctx, "error: at least one resource name must be specified since 'all' parameter is not set");
  const selector = selectorOf(selText);
  if (typeof selector === 'string') return fail(ctx, selector);
  const c = ctx.sim.cluster;
  const sel = all || selector ? select(c, ['nodes'], { selector, all }) : select(c, ['nodes', ...resources.slice(1)]);
  if (typeof sel === 'string') return fail(ctx, sel);
  const overwrite = bool(p, 'overwrite');
  const errors: string[] = [];
  let changed = false;
  for (const obj of sel.groups.flatMap((g) => g.objects)) {
    const node = obj as Node;
    const old = node.spec.taints ?? [];
    if (!overwrite) {
      const exists = add.filter((t) => old.some((o) => o.key === t.key && o.effect === t.effect)).map((t) => t.key);
      if (exists.length) {
        errors.push(
          `error: node ${node.metadata.name} already has ${exists.join(',')} taint(s) with same effect(s) and --overwrite is false`,
        );
        continue;
      }
    }
    // ReorganizeTaints: the new taints, then the old ones they do not replace, minus removals.
    let next: Taint[] = add.map((t) =>
      t.effect === 'NoExecute' ? { ...t, timeAdded: stamp(ctx.sim.world) } : { ...t },
    );
    for (const o of old) if (!next.some((t) => t.key === o.key && t.effect === o.effect)) next.push(o);
    const added = next.length !== old.length;
    const missing: string[] = [];
    let deleted = false;
    for (const r of remove) {
      const before = next.length;
      next = next.filter((t) => !(t.key === r.key && (!r.effect || t.effect === r.effect)));
      deleted = next.length !== before;
      if (!deleted) missing.push(`taint ${goQuote(taintString(r))} not found`);
    }
    if (missing.length) {
      errors.push(missing.length === 1 ? `error: ${missing[0]}` : `error: [${missing.join(', ')}]`);
      continue;
    }
    const operation = (added && deleted) || overwrite ? 'modified' : added ? 'tainted' : 'untainted';
    if (next.length) node.spec.taints = next;
    else delete node.spec.taints;
    c.update('Node', node);
    changed = true;
    ctx.out(str(p, 'output') === 'name' ? `node/${node.metadata.name}\n` : `node/${node.metadata.name} ${operation}\n`);
  }
  errors.push(...sel.notFound);
  if (errors.length && changed) keep();
  if (errors.length) {
    ctx.err(errors.length === 1 ? `${errors[0]}\n` : errors.map((e) => `${e.replace(/^error: /, '')}\n`).join(''));
    return 1;
  }
  return 0;
}
