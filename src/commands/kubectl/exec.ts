// kubectl exec POD -- CMD: the handful of commands the lessons use, run "inside" the container:
// hostname, hostname -f, cat, sh -c 'echo … > file', ls, and curl against the pod's own app.
import type { Pod } from '../../sim/model/types.ts';
import type { CommandContext } from '../context.ts';
import { parseFlags, str, strs, type FlagSpec } from '../flags.ts';
import { tokenize } from '../tokenize.ts';
import { readPodFile, runtimeOf, writePodFile } from './files.ts';
import { httpGet } from './apps.ts';
import { COMMON, fail, helpNote, namespaceOf, usageError } from './common.ts';
import { select } from './objects.ts';
import { qualified } from '../resources.ts';

const SPECS: FlagSpec[] = [
  ...COMMON,
  { names: ['container', 'c'], type: 'string' },
  { names: ['stdin', 'i'], type: 'bool' },
  { names: ['tty', 't'], type: 'bool' },
  { names: ['quiet', 'q'], type: 'bool' },
  { names: ['filename', 'f'], type: 'strings', csv: true },
  { names: ['pod-running-timeout'], type: 'duration' },
];

/** The pod `kubectl exec TYPE/NAME` lands in: the pod itself, or the first pod of a workload. */
function podFor(ctx: CommandContext, ref: string, namespace: string): Pod | string {
  const slash = ref.indexOf('/');
  const typeName = slash >= 0 ? ref.slice(0, slash) : 'pods';
  const name = slash >= 0 ? ref.slice(slash + 1) : ref;
  const sel = select(ctx.sim.cluster, [`${typeName}/${name}`], { namespace });
  if (typeof sel === 'string') return sel;
  if (sel.notFound.length) return sel.notFound[0]!;
  const obj = sel.groups[0]!.objects[0]!;
  if (obj.kind === 'Pod') return obj;
  if (obj.kind === 'StatefulSet' || obj.kind === 'ReplicaSet') {
    const pods = ctx.sim.cluster
      .list('Pod')
      .filter((p) => p.metadata.ownerReferences?.some((r) => r.uid === obj.metadata.uid))
      .sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
    if (pods[0]) return pods[0];
    return `error: (simulator: ${qualified(obj.kind, obj.metadata.name)} has no pods)`;
  }
  return `error: cannot attach to ${obj.kind}: selector for ${obj.kind} not implemented`;
}

export function execCommand(ctx: CommandContext, words: string[], keep: () => void): number {
  const parsed = parseFlags(words, SPECS, 'kubectl exec');
  if (!parsed.ok) return fail(ctx, parsed.error);
  const p = parsed.value;
  if (p.help) return helpNote(ctx, 'exec');
  // exec.go Complete: exactly one argument (the pod) before `--`.
  const resource = p.args.length && p.dashAt !== 0 ? p.args[0] : undefined;
  let command: string[] = [];
  if (p.dashAt === 0 || p.dashAt === 1) command = p.rest;
  else if (p.args.length > 1 || (p.args.length > 0 && strs(p, 'filename').length))
    return fail(
      ctx,
      usageError('exec', 'exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead'),
    );
  if (!resource && !strs(p, 'filename').length)
    return fail(ctx, 'error: pod, type/name or --filename must be specified');
  if (!command.length) return fail(ctx, 'error: you must specify at least one command for the container');
  if (!resource) return fail(ctx, 'error: (simulator: kubectl exec -f is not simulated; name the pod)');
  const found = podFor(ctx, resource, namespaceOf(p));
  if (typeof found === 'string') return fail(ctx, found);
  const pod = found;
  if (pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed')
    return fail(ctx, `error: cannot exec into a container in a completed pod; current phase is ${pod.status.phase}`);
  const container = str(p, 'container');
  if (container !== undefined && !pod.spec.containers.some((c) => c.name === container))
    return fail(
      ctx,
      `error: container ${container} is not valid for pod ${pod.metadata.name} out of: ${pod.spec.containers.map((c) => c.name).join(', ')}`,
    );
  const rt = runtimeOf(ctx.sim, pod);
  const node = pod.spec.nodeName ? ctx.sim.nodeHealth(pod.spec.nodeName) : undefined;
  if (node && node.physical !== 'Connected')
    return fail(
      ctx,
      `Error from server: error dialing backend: dial tcp 10.0.0.${10 + Number(pod.spec.nodeName!.split('-')[1] ?? 0)}:10250: i/o timeout`,
    );
  if (!rt || !(rt.state === 'Running' || rt.state === 'Ready' || rt.state === 'Terminating'))
    return fail(
      ctx,
      `error: unable to upgrade connection: container not found ("${pod.spec.containers[0]?.name ?? ''}")`,
    );
  // From here the command runs in the container: what it did stays done even when it fails.
  keep();
  return runIn(ctx, pod, command);
}

function runIn(ctx: CommandContext, pod: Pod, argv: string[]): number {
  const [cmd, ...a] = argv;
  switch (cmd) {
    case 'hostname':
      if (a[0] === '-f')
        ctx.out(
          `${pod.spec.hostname ?? pod.metadata.name}${pod.spec.subdomain ? `.${pod.spec.subdomain}.default.svc.${ctx.sim.world.config.clusterDomain}` : ''}\n`,
        );
      else ctx.out(`${pod.spec.hostname ?? pod.metadata.name}\n`);
      return 0;
    case 'cat': {
      let code = 0;
      for (const f of a) {
        const text = readPodFile(ctx.sim, pod, f);
        if (text === undefined) {
          ctx.err(`cat: ${f}: No such file or directory\n`);
          code = 1;
        } else ctx.out(text);
      }
      if (code) ctx.err('command terminated with exit code 1\n');
      return code;
    }
    case 'sh':
    case 'bash':
    case '/bin/sh':
    case '/bin/bash': {
      if (a[0] !== '-c' || a[1] === undefined)
        return fail(ctx, "error: the simulator runs shells only as sh -c 'COMMAND'");
      return shell(ctx, pod, a[1]);
    }
    case 'curl': {
      const url = a.find((x) => !x.startsWith('-')) ?? '';
      const m = /^(?:http:\/\/)?(localhost|127\.0\.0\.1)(?::(\d+))?(\/.*)?$/.exec(url);
      if (!m) return fail(ctx, `curl: (6) Could not resolve host: ${url}\ncommand terminated with exit code 6`);
      const r = httpGet(ctx, pod, m[3] ?? '/', Number(m[2] ?? 80));
      ctx.out(r.body);
      if (r.code) ctx.err(`command terminated with exit code ${r.code}\n`);
      return r.code;
    }
    case 'ls': {
      return fail(ctx, 'error: (simulator: ls is not simulated; use cat FILE)');
    }
    default:
      ctx.err(
        `error: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec: OCI runtime exec failed: exec failed: unable to start container process: exec: "${cmd}": executable file not found in $PATH: unknown\n`,
      );
      return 1;
  }
}

/** sh -c: `;`/`&&`-separated simple commands, with `echo … > file` and `>>`. */
function shell(ctx: CommandContext, pod: Pod, script: string): number {
  for (const raw of script.split(/\s*(?:;|&&)\s*/).filter(Boolean)) {
    const part = substitute(ctx, pod, raw);
    if (typeof part === 'number') return part;
    const redir = /^(.*?)\s*(>>?)\s*(\S+)\s*$/.exec(part);
    const t = tokenize(redir ? redir[1]! : part);
    if (!t.ok) return fail(ctx, `sh: syntax error: ${t.error}`);
    const [cmd, ...a] = t.words;
    if (redir) {
      if (cmd !== 'echo' && cmd !== 'hostname')
        return fail(ctx, `error: the simulator redirects only echo and hostname output`);
      const text =
        cmd === 'echo'
          ? `${a.filter((x) => x !== '-n').join(' ')}${a.includes('-n') ? '' : '\n'}`
          : `${pod.spec.hostname ?? pod.metadata.name}\n`;
      writePodFile(ctx.sim, pod, redir[3]!, text, redir[2] === '>>');
      continue;
    }
    if (cmd === 'echo') {
      ctx.out(`${a.join(' ')}\n`);
      continue;
    }
    if (cmd === 'chmod') continue;
    const code = runIn(ctx, pod, t.words);
    if (code) return code;
  }
  return 0;
}

/**
 * Command substitution, `$(cmd)` and `` `cmd` ``, outside single quotes (inside double quotes
 * too), as sh does before it runs a command: the tutorial writes each pod's name with
 * `echo "$(hostname)" > …/index.html`. The output replaces the substitution minus its trailing
 * newlines. Returns the exit status instead when the inner command fails.
 */
function substitute(ctx: CommandContext, pod: Pod, text: string): string | number {
  let out = '';
  let single = false;
  let double = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && !single && i + 1 < text.length) {
      out += ch + text[++i]!;
      continue;
    }
    if (ch === "'" && !double) single = !single;
    else if (ch === '"' && !single) double = !double;
    const dollar = !single && ch === '$' && text[i + 1] === '(';
    const tick = !single && ch === '`';
    if (!dollar && !tick) {
      out += ch;
      continue;
    }
    const start = i + (dollar ? 2 : 1);
    const end = text.indexOf(dollar ? ')' : '`', start);
    if (end < 0) return fail(ctx, `sh: syntax error: unterminated ${dollar ? '$(' : '`'}`);
    const t = tokenize(text.slice(start, end));
    if (!t.ok) return fail(ctx, `sh: syntax error: ${t.error}`);
    let captured = '';
    const code = t.words.length ? runIn({ ...ctx, out: (s) => (captured += s) }, pod, t.words) : 0;
    if (code) return code;
    out += captured.replace(/\n+$/, '');
    i = end;
  }
  return out;
}
