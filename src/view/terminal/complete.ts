// Tab completion for the terminal: commands, kubectl verbs, resource types, object names (also in
// the `TYPE/NAME` form), node and pod names for the sim verbs, example files after `-f`, and a
// few flags. A pure function of the line and what exists, so it is tested without a DOM.
import { RESOURCES, lookupResource } from '../../commands/resources.ts';
import type { StoredKind } from '../../sim/engine/world.ts';

export interface CompletionSource {
  /** Names of the objects of a kind that exist now, sorted. */
  names: (kind: StoredKind) => readonly string[];
  /** Files `-f` can name (the built-in examples). */
  files: readonly string[];
  /** Hostnames worth looking up with dig or nslookup. */
  hosts?: readonly string[];
}

export interface Completion {
  /** The line with the last word completed as far as it is unambiguous. */
  line: string;
  /** The candidates when more than one fits (empty otherwise). */
  options: string[];
}

export const COMMANDS = ['kubectl', 'sim', 'dig', 'nslookup', 'curl', 'sleep', 'timeout', 'clear'] as const;

/** The kubectl verbs the simulator runs. */
export const KUBECTL_VERBS = [
  'apply',
  'cordon',
  'create',
  'delete',
  'describe',
  'exec',
  'get',
  'patch',
  'proxy',
  'rollout',
  'run',
  'scale',
  'set',
  'taint',
  'uncordon',
  'wait',
] as const;

const SIM_VERBS = ['heal', 'partition', 'poweroff', 'poweron', 'readiness', 'status'] as const;

/** Verbs followed by `TYPE [NAME…]` or `TYPE/NAME`. */
const TYPED_VERBS = new Set(['get', 'describe', 'delete', 'scale', 'patch', 'wait', 'edit', 'label', 'annotate']);

/** Flags whose value is the next word. */
const VALUE_FLAGS = new Set([
  '-f',
  '--filename',
  '-n',
  '--namespace',
  '-l',
  '--selector',
  '-o',
  '--output',
  '-p',
  '--patch',
  '-c',
  '--container',
  '--type',
  '--for',
  '--timeout',
]);

const FLAGS: Record<string, readonly string[]> = {
  get: ['--show-labels', '--watch', '-l', '-o', '-w'],
  delete: ['--cascade=orphan', '--force', '--grace-period=0', '--wait=false', '-l'],
  scale: ['--replicas='],
  apply: ['-f'],
  create: ['-f'],
  patch: ['-p', '--type'],
};

/** Completion offers the plural names (short names like `po` are for typing, not for listing). */
const TYPE_NAMES = [...new Set(RESOURCES.map((r) => r.plural))].sort();

/** Resource types that `scale` and `rollout` accept. */
const SCALABLE = ['replicasets', 'statefulsets'];

export function complete(line: string, src: CompletionSource): Completion {
  if (/['"]/.test(line.replace(/'[^']*'|"[^"]*"/g, ''))) return { line, options: [] };
  const words = line.split(/\s+/);
  if (words[0] === '') words.shift();
  const partial = words.pop() ?? '';
  const candidates = candidatesFor(words, partial, src);
  const matches = [...new Set(candidates.filter((c) => c.startsWith(partial)))].sort();
  const head = line.slice(0, line.length - partial.length);
  if (matches.length === 0) return { line, options: [] };
  if (matches.length === 1) {
    const only = matches[0]!;
    const open = only.endsWith('/') || only.endsWith('=');
    return { line: `${head}${only}${open ? '' : ' '}`, options: [] };
  }
  const prefix = commonPrefix(matches);
  return { line: `${head}${prefix.length > partial.length ? prefix : partial}`, options: matches };
}

function candidatesFor(words: string[], partial: string, src: CompletionSource): readonly string[] {
  if (words.length === 0) return COMMANDS;
  const [cmd, ...rest] = words;
  const last = rest.at(-1);
  if (cmd === 'kubectl' || cmd === 'k') return kubectlCandidates(rest, last, partial, src);
  if (cmd === 'sim') {
    const [verb, target] = rest;
    if (verb === undefined) return SIM_VERBS;
    if (['partition', 'heal', 'poweroff', 'poweron'].includes(verb))
      return target === undefined ? src.names('Node') : [];
    if (verb === 'readiness')
      return target === undefined ? src.names('Pod') : rest.length === 2 ? ['fail', 'pass'] : [];
    if (verb === 'status') return rest.length === 1 ? ['-o'] : rest.length === 2 ? ['json'] : [];
    return [];
  }
  if (cmd === 'dig') return ['SRV', 'A', '+short', '+search', ...(src.hosts ?? [])];
  if (cmd === 'nslookup') return src.hosts ?? [];
  return [];
}

function kubectlCandidates(
  rest: string[],
  last: string | undefined,
  partial: string,
  src: CompletionSource,
): readonly string[] {
  if (last === '-f' || last === '--filename') return src.files;
  const positional = positionals(rest);
  const verb = positional[0];
  if (partial.startsWith('-')) return verb ? (FLAGS[verb] ?? []) : [];
  if (last !== undefined && VALUE_FLAGS.has(last)) return last === '-o' || last === '--output' ? OUTPUTS : [];
  if (verb === undefined) return KUBECTL_VERBS;
  const args = positional.slice(1);
  switch (verb) {
    case 'apply':
    case 'create':
      return rest.includes('-f') || rest.includes('--filename') ? [] : ['-f'];
    case 'cordon':
    case 'uncordon':
    case 'drain':
      return args.length === 0 ? src.names('Node') : [];
    case 'taint':
      if (args.length === 0) return ['nodes'];
      if (args.length === 1) return src.names('Node');
      return args.length === 2 ? ['node.kubernetes.io/out-of-service=nodeshutdown:NoExecute'] : [];
    case 'exec':
      return args.length === 0 ? src.names('Pod') : [];
    case 'rollout':
      if (args.length === 0) return ['history', 'pause', 'restart', 'resume', 'status', 'undo'];
      return args.length === 1 ? slashed(['statefulsets'], partial, src) : [];
    case 'set':
      if (args.length === 0) return ['image'];
      if (args.length === 1) return slashed(['statefulsets', 'replicasets'], partial, src);
      return args.length === 2 ? containersOf(args[1]!, src) : [];
    default:
      if (!TYPED_VERBS.has(verb)) return [];
      if (args.length === 0) {
        const types = verb === 'scale' ? SCALABLE : TYPE_NAMES;
        return partial.includes('/') ? slashed(types, partial, src) : types;
      }
      if (args[0]!.includes('/')) return slashed(TYPE_NAMES, partial, src);
      if (verb === 'scale' && args.length >= 2) return [];
      return namesOf(args[0]!, src);
  }
}

const OUTPUTS = ['json', 'jsonpath=', 'name', 'wide', 'yaml'];

/** Words that are neither flags nor the value of a flag. */
function positionals(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.startsWith('-')) {
      if (VALUE_FLAGS.has(w)) i++;
      continue;
    }
    out.push(w);
  }
  return out;
}

function namesOf(type: string, src: CompletionSource): readonly string[] {
  const r = lookupResource(type);
  return r ? src.names(r.kind) : [];
}

/** `TYPE/` for each type, or `TYPE/NAME` once the type is typed. */
function slashed(types: readonly string[], partial: string, src: CompletionSource): string[] {
  const at = partial.indexOf('/');
  if (at < 0) return types.map((t) => `${t}/`);
  const type = partial.slice(0, at);
  return namesOf(type, src).map((n) => `${type}/${n}`);
}

function containersOf(_target: string, _src: CompletionSource): string[] {
  // Container names are not in the source; `nginx=` covers the built-in examples.
  return ['nginx='];
}

function commonPrefix(words: string[]): string {
  let p = words[0] ?? '';
  for (const w of words) while (!w.startsWith(p)) p = p.slice(0, -1);
  return p;
}
