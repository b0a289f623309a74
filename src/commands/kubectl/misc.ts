// kubectl wait, rollout status, run (throwaway pods for dig/nslookup) and proxy.
import { isPodReady } from '../../sim/model/pods.ts';
import type { StatefulSet } from '../../sim/model/types.ts';
import type { CommandContext } from '../context.ts';
import { digCommand, nslookupCommand } from './dns.ts';
import { bool, parseFlags, str, type FlagSpec } from '../flags.ts';

/** Upper bound for commands that wait on the cluster (kubectl's own default is 30 s for wait). */
const ROLLOUT_LIMIT_S = 3600;

export function waitCommand(ctx: CommandContext, words: string[]): number {
  const forFlag =
    words.find((w) => w.startsWith('--for='))?.slice(6) ??
    (words.includes('--for') ? words[words.indexOf('--for') + 1] : undefined);
  const timeoutFlag = words.find((w) => w.startsWith('--timeout='))?.slice(10);
  const targets = words.filter((w, i) => !w.startsWith('-') && words[i - 1] !== '--for');
  if (forFlag?.toLowerCase() !== 'condition=ready')
    return fail(ctx, 'error: the simulator supports --for=condition=Ready');
  const names = targets
    .flatMap((t) => (t.includes('/') ? [t.split('/')[1]!] : []))
    .concat(targets.length >= 2 && !targets[0]!.includes('/') ? targets.slice(1) : []);
  if (!names.length) return fail(ctx, 'error: resource(s) were provided, but no name was specified');
  const timeout = timeoutFlag ? parseDuration(timeoutFlag) : 30;
  if (timeout === undefined) return fail(ctx, `error: invalid argument "${timeoutFlag}" for "--timeout" flag`);
  const c = ctx.sim.cluster;
  for (const n of names) if (!c.get('Pod', n)) return fail(ctx, `Error from server (NotFound): pods "${n}" not found`);
  const ok = c.advanceUntil(
    () =>
      names.every((n) => {
        const p = c.get('Pod', n);
        return !!p && isPodReady(p);
      }),
    timeout * 1000,
  );
  for (const n of names) {
    const p = c.get('Pod', n);
    if (p && isPodReady(p)) ctx.out(`pod/${n} condition met\n`);
  }
  if (!ok) {
    const left = names.filter((n) => {
      const p = c.get('Pod', n);
      return !p || !isPodReady(p);
    });
    for (const n of left) ctx.err(`error: timed out waiting for the condition on pods/${n}\n`);
    return 1;
  }
  return 0;
}

function parseDuration(text: string): number | undefined {
  const m = /^(\d+)(s|m|h)?$/.exec(text);
  if (!m) return undefined;
  return Number(m[1]) * (m[2] === 'm' ? 60 : m[2] === 'h' ? 3600 : 1);
}

/** The rollout status line for a StatefulSet (semantics §5.10), or undefined when done. */
export function rolloutMessage(set: StatefulSet): { text: string; done: boolean } {
  const st = set.status;
  const replicas = set.spec.replicas ?? 1;
  if ((st.observedGeneration ?? 0) < (set.metadata.generation ?? 1))
    return { text: 'Waiting for statefulset spec update to be observed...', done: false };
  if ((st.readyReplicas ?? 0) < replicas)
    return { text: `Waiting for ${replicas - (st.readyReplicas ?? 0)} pods to be ready...`, done: false };
  const partition = set.spec.updateStrategy?.rollingUpdate?.partition ?? 0;
  const updated = st.updatedReplicas ?? 0;
  if (updated < replicas - partition)
    return {
      text: `Waiting for partitioned roll out to finish: ${updated} out of ${replicas - partition} new pods have been updated...`,
      done: false,
    };
  return { text: `partitioned roll out complete: ${updated} new pods have been updated...`, done: true };
}

export function rolloutCommand(ctx: CommandContext, words: string[]): number {
  const [sub, target] = words;
  if (sub !== 'status') return fail(ctx, `error: the simulator supports "kubectl rollout status sts/NAME"`);
  const m = /^(?:sts|statefulset|statefulsets|statefulset\.apps)\/(.+)$/.exec(target ?? '');
  const name = m?.[1] ?? (words[1] && ['sts', 'statefulset', 'statefulsets'].includes(words[1]) ? words[2] : undefined);
  if (!name) return fail(ctx, 'error: required resource not specified');
  const c = ctx.sim.cluster;
  const set = c.get('StatefulSet', name);
  if (!set) return fail(ctx, `Error from server (NotFound): statefulsets.apps "${name}" not found`);
  if (set.spec.updateStrategy?.type === 'OnDelete')
    return fail(ctx, 'error: rollout status is only available for RollingUpdate strategy type');
  let last = '';
  const limit = (ctx.timeout ?? ROLLOUT_LIMIT_S) * 1000;
  const done = c.advanceUntil(() => {
    const r = rolloutMessage(c.get('StatefulSet', name)!);
    if (r.text !== last) {
      ctx.out(`${r.text}\n`);
      last = r.text;
    }
    return r.done || !c.get('StatefulSet', name);
  }, limit);
  return done ? 0 : ctx.timeout !== undefined ? 124 : 1;
}

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
  if (!name) return fail(ctx, 'error: NAME is required for run');
  if (!image) return fail(ctx, 'error: required flag(s) "image" not set');
  if (ctx.sim.cluster.get('Pod', name))
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
  const code = cmd === 'dig' ? digCommand(ctx, rest) : nslookupCommand(ctx, rest);
  if (bool(p, 'rm'))
    ctx.out(
      ctx.sim.world.config.mode === 'book'
        ? `pod "${name}" deleted\n`
        : `pod "${name}" deleted from default namespace\n`,
    );
  return code;
}

function fail(ctx: CommandContext, message: string): number {
  ctx.err(`${message}\n`);
  return 1;
}
