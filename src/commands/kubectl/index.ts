// kubectl's verbs, dispatched from one table.
import type { CommandContext } from '../context.ts';
import { applyCommand } from './apply.ts';
import { deleteCommand } from './delete.ts';
import { describeCommand } from './describe.ts';
import { execCommand } from './exec.ts';
import { get } from './get.ts';
import { rolloutCommand, runCommand, waitCommand } from './misc.ts';
import { cordonCommand, taintCommand } from './nodes.ts';
import { patchCommand, scaleCommand } from './scale.ts';

export interface SessionHooks {
  proxy: boolean;
  keepChanges(): void;
}

const VERBS =
  'apply, create, get, describe, delete, scale, patch, exec, run, rollout status, wait, cordon, uncordon, taint, proxy';

export function kubectl(ctx: CommandContext, words: string[], session: SessionHooks): number {
  const [verb, ...rest] = words;
  switch (verb) {
    case 'apply':
      return applyCommand(ctx, rest, 'apply');
    case 'create':
      return applyCommand(ctx, rest, 'create');
    case 'get':
      return get(ctx, rest);
    case 'describe':
      return describeCommand(ctx, rest);
    case 'delete':
      return deleteCommand(ctx, rest, () => session.keepChanges());
    case 'scale':
      return scaleCommand(ctx, rest);
    case 'patch':
      return patchCommand(ctx, rest);
    case 'exec':
      return execCommand(ctx, rest);
    case 'run':
      return runCommand(ctx, rest);
    case 'rollout':
      return rolloutCommand(ctx, rest);
    case 'wait':
      return waitCommand(ctx, rest);
    case 'cordon':
      return cordonCommand(ctx, rest, true);
    case 'uncordon':
      return cordonCommand(ctx, rest, false);
    case 'taint':
      return taintCommand(ctx, rest);
    case 'proxy':
      session.proxy = true;
      ctx.out('Starting to serve on 127.0.0.1:8001\n');
      return 0;
    case undefined:
      ctx.err(`kubectl controls the Kubernetes cluster manager.\n\nThe simulator supports: ${VERBS}.\n`);
      return 1;
    default:
      ctx.err(`error: unknown command "${verb}" for "kubectl"\n\nDid you mean this?\n\t${closest(verb)}\n`);
      return 1;
  }
}

function closest(verb: string): string {
  const all = VERBS.split(', ').map((v) => v.split(' ')[0]!);
  return all.find((v) => v.startsWith(verb.slice(0, 2))) ?? 'get';
}
