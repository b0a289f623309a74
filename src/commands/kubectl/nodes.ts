// kubectl cordon / uncordon / taint.
import { stamp } from '../../sim/engine/time.ts';
import type { Taint } from '../../sim/model/types.ts';
import type { CommandContext } from '../context.ts';
import { OUT_OF_SERVICE } from '../../sim/controllers/nodeLifecycle.ts';

export function cordonCommand(ctx: CommandContext, words: string[], on: boolean): number {
  const name = words.find((w) => !w.startsWith('-'));
  if (!name)
    return fail(
      ctx,
      `error: USAGE: ${on ? 'cordon' : 'uncordon'} NODE [flags]\nSee 'kubectl ${on ? 'cordon' : 'uncordon'} -h' for help and examples`,
    );
  const node = ctx.sim.cluster.get('Node', name);
  if (!node) return fail(ctx, `Error from server (NotFound): nodes "${name}" not found`);
  const already = !!node.spec.unschedulable === on;
  if (on) node.spec.unschedulable = true;
  else delete node.spec.unschedulable;
  if (!already) ctx.sim.cluster.update('Node', node);
  ctx.out(`node/${name} ${already ? 'already ' : ''}${on ? 'cordoned' : 'uncordoned'}\n`);
  return 0;
}

export function taintCommand(ctx: CommandContext, words: string[]): number {
  const args = words.filter((w) => !w.startsWith('-'));
  const overwrite = words.includes('--overwrite');
  if (args[0] === 'nodes' || args[0] === 'node' || args[0] === 'no') args.shift();
  const [name, ...specs] = args;
  if (!name || !specs.length)
    return fail(ctx, "error: at least one taint update is required\nSee 'kubectl taint -h' for help and examples");
  const c = ctx.sim.cluster;
  const node = c.get('Node', name);
  if (!node) return fail(ctx, `Error from server (NotFound): nodes "${name}" not found`);
  let taints: Taint[] = (node.spec.taints ?? []).slice();
  for (const spec of specs) {
    const remove = spec.endsWith('-');
    const body = remove ? spec.slice(0, -1) : spec;
    const m = /^([\w./-]+)(?:=([\w.-]*))?(?::(NoSchedule|PreferNoSchedule|NoExecute))?$/.exec(body);
    if (!m || (!remove && !m[3]))
      return fail(ctx, `error: invalid taint spec: ${spec}, unknown taint effect or invalid format`);
    const [, key, value, effect] = m as unknown as [string, string, string | undefined, Taint['effect'] | undefined];
    if (remove) {
      const before = taints.length;
      taints = taints.filter((t) => !(t.key === key && (!effect || t.effect === effect)));
      if (taints.length === before) return fail(ctx, `error: taint "${body}" not found`);
      continue;
    }
    const existing = taints.find((t) => t.key === key && t.effect === effect);
    if (existing && !overwrite)
      return fail(ctx, `error: node ${name} already has ${key} taint(s) with same effect(s) and --overwrite is false`);
    taints = taints.filter((t) => !(t.key === key && t.effect === effect));
    const t: Taint = { key, effect: effect! };
    if (value) t.value = value;
    if (effect === 'NoExecute') t.timeAdded = stamp(ctx.sim.world);
    taints.push(t);
  }
  if (taints.length) node.spec.taints = taints;
  else delete node.spec.taints;
  c.update('Node', node);
  if (taints.some((t) => t.key === OUT_OF_SERVICE)) ctx.sim.cluster.schedule('podgc', '', 0);
  ctx.out(`node/${name} ${specs.every((s) => s.endsWith('-')) ? 'untainted' : 'tainted'}\n`);
  return 0;
}

function fail(ctx: CommandContext, message: string): number {
  ctx.err(`${message}\n`);
  return 1;
}
