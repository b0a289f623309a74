// kubectl run: throwaway pods for dig/nslookup.
import type { CommandContext } from '../context.ts';
import { digCommand, nslookupCommand } from './dns.ts';
import { getObject } from './objects.ts';
import { bool, parseFlags, str, type FlagSpec } from '../flags.ts';

const RUN: FlagSpec[] = [
  { names: ['image'], type: 'string' },
  { names: ['restart'], type: 'string' },
  { names: ['rm'], type: 'bool' },
  { names: ['stdin', 'i'], type: 'bool' },
  { names: ['tty', 't'], type: 'bool' },
  { names: ['it'], type: 'bool' },
  { names: ['namespace', 'n'], type: 'string' },
  { names: ['command'], type: 'bool' },
  { names: ['quiet', 'q'], type: 'bool' },
];

/** kubectl run NAME --image=IMG [--rm] [-it] [--restart=Never] -- dig|nslookup … */
export function runCommand(ctx: CommandContext, words: string[]): number {
  const parsed = parseFlags(
    words.map((w) => (w === '-it' || w === '-ti' ? '--it' : w)),
    RUN,
    'kubectl run',
  );
  if (!parsed.ok) return fail(ctx, parsed.error);
  const p = parsed.value;
  const name = p.args[0];
  const image = str(p, 'image');
  // cobra checks the required --image first; then run.go wants a NAME before `--`.
  if (image === undefined) return fail(ctx, 'error: required flag(s) "image" not set');
  if (!name) return fail(ctx, "error: NAME is required for run\nSee 'kubectl run -h' for help and examples");
  if (!image) return fail(ctx, 'error: --image is required');
  const restart = str(p, 'restart') ?? 'Always';
  if (!['Always', 'OnFailure', 'Never'].includes(restart))
    return fail(ctx, `error: invalid restart policy: ${restart}`);
  if (getObject(ctx.sim.cluster, 'Pod', name))
    return fail(ctx, `Error from server (AlreadyExists): pods "${name}" already exists`);
  const argv = [...p.args.slice(1), ...p.rest];
  const [cmd, ...rest] = argv.length ? argv : ['sh'];
  if (cmd !== 'dig' && cmd !== 'nslookup') {
    if (cmd === 'sh' || cmd === '/bin/sh')
      return fail(
        ctx,
        'error: interactive shells are not simulated; give the command after --, e.g. kubectl run -it --rm dns-test --image=busybox:1.28 --restart=Never -- nslookup web-0.nginx',
      );
    return fail(ctx, `error: the simulator runs only dig and nslookup in a throwaway pod (got "${cmd}")`);
  }
  // The throwaway pod starts in a few seconds; its command runs, then --rm deletes it.
  ctx.sim.advance(3);
  // Attached with a TTY (-t), the container's stderr reaches the terminal mixed into its stdout.
  const tty = bool(p, 'tty') || bool(p, 'it');
  const inner: CommandContext = tty ? { ...ctx, err: ctx.out } : ctx;
  const code = cmd === 'dig' ? digCommand(inner, rest) : nslookupCommand(inner, rest);
  const book = ctx.sim.world.config.mode === 'book';
  if (bool(p, 'rm')) ctx.out(book ? `pod "${name}" deleted\n` : `pod "${name}" deleted from default namespace\n`);
  // run.go: a pod that failed ends the command with its exit code, after the --rm cleanup, with
  // "pod NS/NAME terminated (REASON)\nMESSAGE" (the kubelet's reason for exit code 1 is Error).
  if (code !== 0 && !book) ctx.err(`pod default/${name} terminated (Error)\n`);
  return code;
}

function fail(ctx: CommandContext, message: string): number {
  ctx.err(`${message}\n`);
  return 1;
}
