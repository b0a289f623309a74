// kubectl set image TYPE/NAME CONTAINER=IMAGE …: a template change, so a new revision.
import type { PodTemplateSpec } from '../../sim/model/types.ts';
import type { CommandContext } from '../context.ts';
import { lookupResource, pluralQualified, qualified } from '../resources.ts';

export function setCommand(ctx: CommandContext, words: string[]): number {
  const [sub, ...rest] = words;
  if (sub !== 'image') return fail(ctx, `error: the simulator supports "kubectl set image TYPE/NAME CONTAINER=IMAGE"`);
  const args = rest.filter((w) => !w.startsWith('-'));
  let target = args.shift();
  if (target && !target.includes('/') && args[0] && !args[0].includes('=')) target = `${target}/${args.shift()!}`;
  if (!target?.includes('/'))
    return fail(ctx, 'error: one or more resources must be specified as <resource> <name> or <resource>/<name>');
  const [type, name] = target.split('/', 2) as [string, string];
  const r = lookupResource(type);
  if (!r) return fail(ctx, `error: the server doesn't have a resource type "${type}"`);
  if (r.kind !== 'StatefulSet' && r.kind !== 'ReplicaSet')
    return fail(ctx, `error: ${r.singular}s "${name}" has no pod template`);
  const pairs = args.map((a) => a.split('=', 2) as [string, string | undefined]);
  if (!pairs.length || pairs.some(([, v]) => !v)) return fail(ctx, 'error: at least one image update is required');
  const obj = ctx.sim.cluster.get(r.kind, name);
  if (!obj) return fail(ctx, `Error from server (NotFound): ${pluralQualified(r.kind, name)} not found`);
  // Templates are replaced, never edited in place (the controller caches them by identity).
  const template = structuredClone(obj.spec.template) as PodTemplateSpec;
  for (const [container, image] of pairs) {
    const targets =
      container === '*' ? template.spec.containers : template.spec.containers.filter((c) => c.name === container);
    if (!targets.length) return fail(ctx, `error: unable to find container named "${container}"`);
    for (const c of targets) c.image = image!;
  }
  const changed = JSON.stringify(template) !== JSON.stringify(obj.spec.template);
  if (changed) {
    obj.spec.template = template;
    obj.metadata.generation = (obj.metadata.generation ?? 1) + 1;
    ctx.sim.cluster.update(r.kind, obj as never);
  }
  ctx.out(`${qualified(r.kind, name)} image updated\n`);
  return 0;
}

function fail(ctx: CommandContext, message: string): number {
  ctx.err(`${message}\n`);
  return 1;
}
