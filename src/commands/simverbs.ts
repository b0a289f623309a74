// Simulator-only verbs, for what a real cluster does by itself: cutting a node off, powering it
// down, breaking an app's readiness, and showing the ground truth of what runs where.
import type { CommandContext } from './context.ts';

const USAGE = `Usage:
  sim partition NODE      cut the node off from the control plane (its containers keep running)
  sim heal NODE           reconnect it
  sim poweroff NODE       power it off (its containers stop)
  sim poweron NODE        power it back on
  sim readiness POD fail|pass
  sim status -o json      what really runs where, and at-most-one violations
`;

export function simVerb(ctx: CommandContext, words: string[]): number {
  const [verb, arg, extra] = words;
  const sim = ctx.sim;
  let error: string | undefined;
  switch (verb) {
    case 'partition':
    case 'heal':
    case 'poweroff':
    case 'poweron':
      if (!arg || extra !== undefined) return usage(ctx, `sim ${verb} takes one node name`);
      // The engine indexes plain objects: `constructor` must not find Object.prototype's.
      if (!Object.hasOwn(sim.world.nodes, arg)) return fail(ctx, `node "${arg}" not found`);
      error =
        verb === 'partition'
          ? sim.partition(arg)
          : verb === 'heal'
            ? sim.heal(arg)
            : verb === 'poweroff'
              ? sim.powerOff(arg)
              : sim.powerOn(arg);
      if (error) return fail(ctx, error);
      ctx.out(
        {
          partition: `node ${arg} is cut off from the control plane\n`,
          heal: `node ${arg} is reconnected\n`,
          poweroff: `node ${arg} is powered off\n`,
          poweron: `node ${arg} is powered on\n`,
        }[verb],
      );
      return 0;
    case 'readiness':
      if (!arg || (extra !== 'fail' && extra !== 'pass') || words.length > 3)
        return usage(ctx, 'sim readiness POD fail|pass');
      if (!Object.hasOwn(sim.world.objects.Pod, arg)) return fail(ctx, `pods "${arg}" not found`);
      error = sim.setReadiness(arg, extra);
      if (error) return fail(ctx, error);
      ctx.out(`pod ${arg} will ${extra} its readiness probe\n`);
      return 0;
    case 'status': {
      const rest = words.slice(1).join(' ');
      if (rest !== '-o json' && rest !== '-ojson' && rest !== '--output=json' && rest !== '-o=json')
        return usage(ctx, 'sim status takes -o json');
      ctx.out(`${JSON.stringify(sim.groundTruth(), null, 2)}\n`);
      return 0;
    }
    default:
      return usage(ctx, verb ? `unknown sim verb "${verb}"` : 'missing sim verb');
  }
}

function usage(ctx: CommandContext, message: string): number {
  ctx.err(`error: ${message}\n${USAGE}`);
  return 1;
}

function fail(ctx: CommandContext, message: string): number {
  ctx.err(`error: ${message}\n`);
  return 1;
}
