// kubectl describe TYPE [NAME_PREFIX | -l selector] (sts, pod, node, pvc, pv, svc, sc), printed by
// the printers module. As in kubectl's describe.go, a single `TYPE NAME` that is not found falls
// back to every object whose name starts with NAME (`kubectl describe pod web` describes web-0, web-1).
import type { KubeObject } from '../../sim/model/types.ts';
import type { CommandContext } from '../context.ts';
import { parseFlags, str, type FlagSpec } from '../flags.ts';
import { describe, DESCRIBABLE } from '../printers/index.ts';
import { COMMON, fail, helpNote, namespaceOf } from './get.ts';
import { listOf, select, selectorOf } from './objects.ts';

const SPECS: FlagSpec[] = [
  ...COMMON,
  { names: ['selector', 'l'], type: 'string' },
  { names: ['all-namespaces', 'A'], type: 'bool' },
  { names: ['show-events'], type: 'bool' },
  { names: ['filename', 'f'], type: 'strings', csv: true },
];

export function describeCommand(ctx: CommandContext, words: string[]): number {
  const parsed = parseFlags(words, SPECS, 'kubectl describe');
  if (!parsed.ok) return fail(ctx, parsed.error);
  const p = parsed.value;
  if (p.help) return helpNote(ctx, 'describe');
  const args = [...p.args, ...p.rest];
  if (!args.length)
    return fail(
      ctx,
      'error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n',
    );
  const selector = selectorOf(str(p, 'selector'));
  if (typeof selector === 'string') return fail(ctx, selector);
  const namespace = namespaceOf(p);
  const c = ctx.sim.cluster;
  const sel = select(c, args, { selector, allowEmptySelector: true, namespace });
  if (typeof sel === 'string') return fail(ctx, sel);
  let objs: KubeObject[] = sel.groups.flatMap((g) => g.objects);
  const kinds = [...new Set(objs.map((o) => o.kind))];
  const missing = kinds.find((k) => !DESCRIBABLE.includes(k));
  if (missing)
    return fail(
      ctx,
      `error: the simulator has no description for ${sel.groups.find((g) => g.type.kind === missing)!.type.plural} (it describes ${DESCRIBABLE.map((k) => k.toLowerCase()).join(', ')})`,
    );
  // describe.go DescribeMatchingResources: `TYPE PREFIX` with nothing of that exact name.
  if (sel.notFound.length && args.length === 2 && !args[0]!.includes(',') && sel.groups.length === 1) {
    const g = sel.groups[0]!;
    const matches =
      g.type.namespaced && namespace !== 'default'
        ? []
        : listOf(c, g.type.kind).filter((o) => o.metadata.name.startsWith(args[1]!));
    if (matches.length) {
      if (!DESCRIBABLE.includes(g.type.kind))
        return fail(ctx, `error: the simulator has no description for ${g.type.plural}`);
      ctx.out(matches.map((o) => `${describe(o.kind, o, { world: ctx.sim.world })}\n`).join(''));
      return 0;
    }
  }
  objs = objs.filter((o) => DESCRIBABLE.includes(o.kind));
  ctx.out(objs.map((o) => describe(o.kind, o, { world: ctx.sim.world })).join('\n\n'));
  for (const nf of sel.notFound) ctx.err(`${nf}\n`);
  if (!objs.length && !sel.notFound.length) ctx.err(`No resources found in ${namespace} namespace.\n`);
  return sel.notFound.length ? 1 : 0;
}
