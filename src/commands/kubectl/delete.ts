// kubectl delete: graceful by default (and waiting for the object to go), --grace-period,
// --force, --now, --cascade=orphan|background|foreground, by name, by -l or --all (semantics
// §1.9, §1.12, §5.12). Checks follow kubectl's delete.go: flags, Complete (--now, grace period
// conversions, the resource builder), Validate (-o, --all with -l, --force with a grace period),
// then the deletions, NotFound errors last.
import { deletePod } from '../../sim/engine/deletion.ts';
import { stamp } from '../../sim/engine/time.ts';
import type { StoredKind } from '../../sim/engine/world.ts';
import type { KubeObject } from '../../sim/model/types.ts';
import { goQuote } from '../../manifests/go-format.ts';
import type { CommandContext } from '../context.ts';
import { bool, num, parseFlags, str, strs, type FlagSpec } from '../flags.ts';
import { byKind, qualified } from '../resources.ts';
import { COMMON, fail, helpNote, namespaceOf } from './common.ts';
import { select, selectorOf } from './objects.ts';

const SPECS: FlagSpec[] = [
  ...COMMON,
  { names: ['selector', 'l'], type: 'string' },
  { names: ['all'], type: 'bool' },
  { names: ['grace-period'], type: 'int' },
  { names: ['force'], type: 'bool' },
  { names: ['now'], type: 'bool' },
  { names: ['cascade'], type: 'string', noOpt: 'background' },
  { names: ['wait'], type: 'bool' },
  { names: ['timeout'], type: 'duration' },
  { names: ['ignore-not-found'], type: 'bool' },
  { names: ['output', 'o'], type: 'string' },
  { names: ['dry-run'], type: 'string', noOpt: 'unchanged' },
  { names: ['filename', 'f'], type: 'strings', csv: true },
];

export const FORCE_WARNING =
  'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n';
// kubectl 1.7 printed the same text on one line, lower-case (the book typesets it on three).
const BOOK_FORCE_WARNING =
  'warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n';

/** How long the simulated kubectl waits for a deletion before admitting it would wait longer. */
const WAIT_SLACK_S = 30;
/** kubectl waits "forever" for a week (delete.go: 168 h). */
const WEEK_S = 168 * 3600;
/** Beyond this, the API server's `now + grace` overflows a Go time.Duration. */
const MAX_GRACE_S = 9_223_372_036;

/** cmdutil.GetDryRunStrategy: none, client or server (a bare --dry-run means client), or the error. */
export function dryRunOf(value: string | undefined): string {
  if (value === undefined || value === 'none') return 'none';
  if (value === 'unchanged' || value === 'client') return 'client';
  if (value === 'server') return 'server';
  return `error: Invalid dry-run value (${value}). Must be "none", "server", or "client".`;
}

/** cmdutil.GetCascadingStrategy, with its deprecation warning for the boolean values. */
function cascadeOf(ctx: CommandContext, value: string): string {
  switch (value) {
    case 'orphan':
    case 'foreground':
    case 'background':
      return value;
    case 'true':
      ctx.err('warning: --cascade=true is deprecated (boolean value) and can be replaced with --cascade=background.\n');
      return 'background';
    case 'false':
      ctx.err('warning: --cascade=false is deprecated (boolean value) and can be replaced with --cascade=orphan.\n');
      return 'orphan';
    default:
      return `error: invalid cascade value (${value}). Must be "background", "foreground", or "orphan".`;
  }
}

export function deleteCommand(ctx: CommandContext, words: string[], keep: () => void): number {
  const parsed = parseFlags(words, SPECS, 'kubectl delete');
  if (!parsed.ok) return fail(ctx, parsed.error);
  const p = parsed.value;
  if (p.help) return helpNote(ctx, 'delete');
  const book = ctx.sim.world.config.mode === 'book';
  const cascade = cascadeOf(ctx, str(p, 'cascade') ?? 'background');
  if (cascade.startsWith('error: ')) return fail(ctx, cascade);
  const dryRun = dryRunOf(str(p, 'dry-run'));
  if (dryRun.startsWith('error: ')) return fail(ctx, dryRun);
  const force = bool(p, 'force');
  let grace = num(p, 'grace-period') ?? -1;
  const selText = str(p, 'selector');
  const all = bool(p, 'all');
  const ignoreNotFound = p.given.has('ignore-not-found') ? bool(p, 'ignore-not-found') : all || !!selText;
  if (bool(p, 'now')) {
    if (grace !== -1) return fail(ctx, 'error: --now and --grace-period cannot be specified together');
    grace = 1;
  }
  // To preserve backwards compatibility, kubectl turns --grace-period=0 without --force into 1 s.
  if (grace === 0 && !force) grace = 1;
  if (force && grace < 0) grace = 0;
  if (grace > MAX_GRACE_S)
    return fail(
      ctx,
      `error: (simulator: a grace period of ${grace} seconds overflows the API server's clock; use at most ${MAX_GRACE_S})`,
    );
  const files = strs(p, 'filename');
  if (files.length)
    return fail(
      ctx,
      'error: (simulator: kubectl delete -f is not simulated; name the objects, e.g. kubectl delete sts web)',
    );
  const selector = selectorOf(selText);
  if (typeof selector === 'string') return fail(ctx, selector);
  const c = ctx.sim.cluster;
  const sel = select(c, [...p.args, ...p.rest], { selector, all, namespace: namespaceOf(p) });
  if (typeof sel === 'string') return fail(ctx, sel);
  const output = str(p, 'output');
  if (output !== undefined && output !== '' && output !== 'name')
    return fail(ctx, `error: unexpected -o output mode: ${output}. We only support '-o name'`);
  if (all && selText !== undefined) return fail(ctx, 'error: cannot set --all and --selector at the same time');
  if (grace === 0 && force) ctx.err(book ? BOOK_FORCE_WARNING : FORCE_WARNING);
  else if (grace > 0 && force)
    return fail(ctx, 'error: --force and --grace-period greater than 0 cannot be specified together');

  const targets: KubeObject[] = sel.groups.flatMap((g) => g.objects);
  const waitFor: { kind: StoredKind; name: string; uid: string; grace: number }[] = [];
  const suffix = dryRun === 'client' ? ' (dry run)' : dryRun === 'server' ? ' (server dry run)' : '';
  for (const obj of targets) {
    const kind = obj.kind as StoredKind;
    const name = obj.metadata.name;
    const r = byKind(kind);
    if (dryRun === 'none') {
      removeObject(ctx, kind, name, grace < 0 ? undefined : grace, cascade);
      if ((c.get(kind, name) as KubeObject | undefined)?.metadata.uid === obj.metadata.uid)
        waitFor.push({
          kind,
          name,
          uid: obj.metadata.uid!,
          grace: grace >= 0 ? grace : obj.kind === 'Pod' ? (obj.spec.terminationGracePeriodSeconds ?? 30) : 0,
        });
    }
    if (output === 'name') ctx.out(`${qualified(kind, name)}\n`);
    else if (book) ctx.out(`${r.singular} ${goQuote(name)} deleted\n`);
    else
      ctx.out(
        `${r.singular}${r.group ? `.${r.group}` : ''} ${goQuote(name)} ${grace === 0 ? 'force deleted' : 'deleted'}${suffix}${r.namespaced ? ` from ${namespaceOf(p)} namespace` : ''}\n`,
      );
  }
  const errors = ignoreNotFound ? [] : sel.notFound;
  for (const nf of errors) ctx.err(`${nf}\n`);
  if (!targets.length && !errors.length) ctx.out('No resources found\n');
  if (errors.length && targets.length && dryRun === 'none') keep();
  // kubectl 1.7 (book mode) had no --wait: it returned at once unless --grace-period=0 came without --force.
  const bookWaits = str(p, 'grace-period') === '0' && !force;
  const wait = p.flags['wait'] !== false && dryRun === 'none' && (!book || bookWaits);
  if (wait && waitFor.length && !errors.length) {
    const gone = () => waitFor.every((w) => (c.get(w.kind, w.name) as KubeObject | undefined)?.metadata.uid !== w.uid);
    const timeoutFlag = num(p, 'timeout');
    const flagLimit = timeoutFlag !== undefined && timeoutFlag > 0 ? timeoutFlag : undefined;
    const own = flagLimit ?? Math.min(Math.max(...waitFor.map((w) => w.grace)) + WAIT_SLACK_S, WEEK_S);
    const limit = Math.min(own, ctx.timeout ?? Infinity);
    if (!c.advanceUntil(gone, limit * 1000)) {
      // `timeout N` stopped kubectl first: it prints nothing more, exit status 124.
      if (ctx.timeout !== undefined && ctx.timeout <= own) return 124;
      const left = waitFor.filter((w) => (c.get(w.kind, w.name) as KubeObject | undefined)?.metadata.uid === w.uid);
      if (flagLimit !== undefined) {
        keep();
        for (const w of left)
          ctx.err(`error: timed out waiting for the condition on ${byKind(w.kind).plural}/${w.name}\n`);
        return 1;
      }
      ctx.err(
        `(simulator: kubectl is still waiting for ${left.map((w) => w.name).join(', ')} to be deleted and would wait until interrupted; the command was stopped after ${limit} virtual seconds. The object is still there.)\n`,
      );
      return 0;
    }
  }
  return errors.length ? 1 : 0;
}

function removeObject(
  ctx: CommandContext,
  kind: StoredKind,
  name: string,
  grace: number | undefined,
  cascade: string,
): void {
  const c = ctx.sim.cluster;
  switch (kind) {
    case 'Pod':
      deletePod(c, name, grace === undefined ? {} : { gracePeriodSeconds: grace });
      return;
    case 'StatefulSet':
    case 'ReplicaSet': {
      const owner = c.get(kind, name)!;
      if (cascade === 'orphan') {
        for (const dep of [...c.list('Pod'), ...c.list('ControllerRevision'), ...c.list('PersistentVolumeClaim')]) {
          const refs = dep.metadata.ownerReferences;
          if (!refs?.some((r) => r.uid === owner.metadata.uid)) continue;
          dep.metadata.ownerReferences = refs.filter((r) => r.uid !== owner.metadata.uid);
          if (!dep.metadata.ownerReferences.length) delete dep.metadata.ownerReferences;
          c.update(dep.kind as StoredKind, dep as never);
        }
      }
      c.remove(kind, name);
      delete ctx.sim.world.controllers[name];
      return;
    }
    case 'PersistentVolumeClaim':
    case 'PersistentVolume': {
      const o = c.get(kind, name)!;
      if (!o.metadata.deletionTimestamp) {
        o.metadata.deletionTimestamp = stamp(ctx.sim.world);
        c.update(kind, o as never);
      }
      if (
        kind === 'PersistentVolume' &&
        (o as Extract<KubeObject, { kind: 'PersistentVolume' }>).status.phase !== 'Bound'
      )
        c.remove(kind, name);
      return;
    }
    case 'Node':
      c.remove('Node', name);
      return;
    default:
      c.remove(kind, name);
  }
}
