// What the kubectl verbs share: the global flags every command accepts, the namespace they name,
// and how a failure or `--help` is reported.
import type { CommandContext } from '../context.ts';
import { str, type FlagSpec, type Parsed } from '../flags.ts';

/** kubectl's global flags that the simulator honours (only `default` holds namespaced objects). */
export const COMMON: FlagSpec[] = [
  { names: ['namespace', 'n'], type: 'string' },
  { names: ['context'], type: 'string' },
];

/** `-n NS`; an empty value means the context's namespace, which is `default`. */
export function namespaceOf(p: Parsed): string {
  return str(p, 'namespace') || 'default';
}

/** Prints an error (kubectl's text, without the final newline) and returns exit status 1. */
export function fail(ctx: CommandContext, message: string): number {
  ctx.err(message.endsWith('\n') ? message : `${message}\n`);
  return 1;
}

/** `kubectl VERB --help`: the simulator points at the reference instead of printing it. */
export function helpNote(ctx: CommandContext, verb: string): number {
  ctx.out(
    `(simulator: see https://kubernetes.io/docs/reference/kubectl/generated/kubectl_${verb.replace(/ /g, '_')}/ for "kubectl ${verb}" help)\n`,
  );
  return 0;
}

/** cmdutil.UsageErrorf: the message, then where to find help. */
export function usageError(verb: string, message: string): string {
  return `error: ${message}\nSee 'kubectl ${verb} -h' for help and examples`;
}

/** Flags that take no value (cobra's stripFlags skips the word after any other flag). */
const ROOT_BOOL = new Set(['--warnings-as-errors', '--help', '-h']);

/**
 * cobra's stripFlags + Find: the verb is the first word that is neither a flag nor the value of
 * one; every other word, flags before the verb included, goes to the verb's own flag parser.
 */
export function findVerb(words: string[]): number {
  for (let i = 0; i < words.length; i++) {
    const s = words[i]!;
    if (s === '--') return -1;
    if (s.startsWith('--') && !s.includes('=') && !ROOT_BOOL.has(s)) i++;
    else if (s.startsWith('-') && s.length === 2 && !ROOT_BOOL.has(s)) i++;
    else if (s !== '' && !s.startsWith('-')) return i;
  }
  return -1;
}
