// kubectl's verbs, dispatched from one table. Global flags may come before the verb, as cobra
// allows; an unknown verb gets cobra's "unknown command" error with its suggestions.
import type { CommandContext } from '../context.ts';
import { goQuote } from '../../manifests/go-format.ts';
import { flagError } from '../flags.ts';
import { findVerb } from './common.ts';

export { findVerb };
import { applyCommand } from './apply.ts';
import { deleteCommand } from './delete.ts';
import { describeCommand } from './describe.ts';
import { execCommand } from './exec.ts';
import { get } from './get.ts';
import { runCommand } from './misc.ts';
import { rolloutCommand, waitCommand } from './wait.ts';
import { setCommand } from './set.ts';
import { cordonCommand, taintCommand } from './nodes.ts';
import { patchCommand, scaleCommand } from './scale.ts';
import { proxyCommand } from './proxy.ts';

export interface SessionHooks {
  proxy: boolean;
  keepChanges(): void;
}

const SIMULATED = [
  'apply',
  'create',
  'get',
  'describe',
  'delete',
  'scale',
  'patch',
  'exec',
  'run',
  'rollout status',
  'wait',
  'cordon',
  'uncordon',
  'taint',
  'proxy',
  'set image',
];

/**
 * kubectl v1.35's commands in the order cobra holds them (`pkg/cmd/cmd.go` command groups, then
 * the commands added after them); suggestions for a mistyped verb come from this list.
 */
const KUBECTL_COMMANDS = [
  'create',
  'expose',
  'run',
  'set',
  'explain',
  'get',
  'edit',
  'delete',
  'rollout',
  'scale',
  'autoscale',
  'certificate',
  'cluster-info',
  'top',
  'cordon',
  'uncordon',
  'drain',
  'taint',
  'describe',
  'logs',
  'attach',
  'exec',
  'port-forward',
  'proxy',
  'cp',
  'auth',
  'debug',
  'events',
  'diff',
  'apply',
  'patch',
  'replace',
  'wait',
  'kustomize',
  'label',
  'annotate',
  'completion',
  'config',
  'plugin',
  'version',
  'api-versions',
  'api-resources',
  'options',
];

export const KUBECTL_HELP = `kubectl controls the Kubernetes cluster manager.

 Find more information at: https://kubernetes.io/docs/reference/kubectl/

(simulator: the commands simulated here are ${SIMULATED.map((v) => `kubectl ${v}`).join(', ')}.)
`;

export function kubectl(ctx: CommandContext, words: string[], session: SessionHooks): number {
  const at = findVerb(words);
  if (at < 0) {
    const flags = words.filter((w) => w.startsWith('-') && w !== '-' && w !== '--');
    const unknown = flags.find((w) => !['-h', '--help'].includes(w) && !/^(--namespace|--context|-n)(=|$)/.test(w));
    if (unknown !== undefined) {
      const name = unknown.startsWith('--') ? unknown.split('=')[0]! : unknown;
      ctx.err(
        `${flagError(unknown.startsWith('--') ? `unknown flag: ${name}` : `unknown shorthand flag: '${unknown[1]}' in ${unknown}`, 'kubectl')}\n`,
      );
      return 1;
    }
    ctx.out(KUBECTL_HELP);
    return 0;
  }
  const verb = words[at]!;
  const rest = [...words.slice(0, at), ...words.slice(at + 1)];
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
      return scaleCommand(ctx, rest, () => session.keepChanges());
    case 'patch':
      return patchCommand(ctx, rest);
    case 'exec':
      return execCommand(ctx, rest, () => session.keepChanges());
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
      return taintCommand(ctx, rest, () => session.keepChanges());
    case 'proxy':
      return proxyCommand(ctx, rest, session);
    case 'set':
      return setCommand(ctx, rest);
    case 'help':
      ctx.out(KUBECTL_HELP);
      return 0;
    default:
      if (KUBECTL_COMMANDS.includes(verb)) {
        ctx.err(
          `error: "kubectl ${verb}" is not simulated; the simulator supports ${SIMULATED.map((v) => `kubectl ${v}`).join(', ')}\n`,
        );
        return 1;
      }
      // kubectl looks for a plugin first; flags before an unknown command stop that search.
      if (at > 0 && words[0]!.startsWith('-')) {
        ctx.err(`Error: flags cannot be placed before plugin name: ${words[0]}\n`);
        return 1;
      }
      // cobra's suggestion block already ends in a newline; kubectl adds one only when missing.
      ctx.err(`error: unknown command ${goQuote(verb)} for "kubectl"${suggestions(verb) || '\n'}`);
      return 1;
  }
}

/** cobra's findSuggestions: Levenshtein distance ≤ 2 (ignoring case) or a prefix match. */
function suggestions(typed: string): string {
  const lower = typed.toLowerCase();
  const found = KUBECTL_COMMANDS.filter((c) => levenshtein(lower, c) <= 2 || c.startsWith(lower));
  return found.length ? `\n\nDid you mean this?\n${found.map((c) => `\t${c}\n`).join('')}` : '';
}

function levenshtein(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[t.length]!;
}
