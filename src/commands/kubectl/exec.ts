// kubectl exec POD -- CMD: the handful of commands the lessons use, run "inside" the container:
// hostname, hostname -f, cat, sh -c 'echo … > file', ls, and curl against the pod's own app.
import type { Pod } from '../../sim/model/types.ts';
import type { CommandContext } from '../context.ts';
import { parseFlags, str, type FlagSpec } from '../flags.ts';
import { tokenize } from '../tokenize.ts';
import { readPodFile, runtimeOf, writePodFile } from './files.ts';
import { httpGet } from './apps.ts';
import { COMMON } from './get.ts';

const SPECS: FlagSpec[] = [
  ...COMMON,
  { names: ['container', 'c'], type: 'string' },
  { names: ['stdin', 'i'], type: 'bool' },
  { names: ['tty', 't'], type: 'bool' },
  { names: ['it'], type: 'bool' },
];

export function execCommand(ctx: CommandContext, words: string[]): number {
  const parsed = parseFlags(
    words.map((w) => (w === '-it' || w === '-ti' ? '--it' : w)),
    SPECS,
    'kubectl exec',
  );
  if (!parsed.ok) return fail(ctx, parsed.error);
  const { args, rest } = parsed.value;
  void str;
  if (!args.length) return fail(ctx, 'error: pod, type/name or --filename must be specified');
  const name = args[0]!.replace(/^(pod|pods|po)\//, '');
  if (!rest.length) return fail(ctx, 'error: you must specify at least one command for the container');
  const pod = ctx.sim.cluster.get('Pod', name);
  if (!pod) return fail(ctx, `Error from server (NotFound): pods "${name}" not found`);
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
  return runIn(ctx, pod, rest);
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
      return fail(ctx, 'error: ls is not simulated; use cat FILE');
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
  for (const part of script.split(/\s*(?:;|&&)\s*/).filter(Boolean)) {
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

function fail(ctx: CommandContext, message: string): number {
  ctx.err(`${message}\n`);
  return 1;
}
