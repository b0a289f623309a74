// kubectl describe TYPE NAME (sts, pod, node, pvc), printed by the printers module.
import type { KubeObject } from '../../sim/model/types.ts';
import type { CommandContext } from '../context.ts';
import { describe } from '../printers/index.ts';
import { select } from './objects.ts';

export function describeCommand(ctx: CommandContext, words: string[]): number {
  const args = words.filter((w) => !w.startsWith('-'));
  const sel = select(ctx.sim.cluster, args, undefined);
  if (typeof sel === 'string') {
    ctx.err(`${sel.replace('kubectl get', 'kubectl describe')}\n`);
    return 1;
  }
  const objs: KubeObject[] = sel.groups.flatMap((g) => g.objects);
  ctx.out(objs.map((o) => describe(o.kind, o, { world: ctx.sim.world })).join('\n\n'));
  for (const nf of sel.notFound) ctx.err(`${nf}\n`);
  if (!objs.length && !sel.notFound.length) ctx.err('No resources found in default namespace.\n');
  return sel.notFound.length ? 1 : 0;
}
