// kubectl delete: graceful by default (and waiting for the object to go), --grace-period,
// --force, --cascade=orphan|background, by name, by -l or --all (semantics §1.9, §1.12, §5.12).
import { deletePod } from '../../sim/engine/deletion.ts';
import { stamp } from '../../sim/engine/time.ts';
import type { StoredKind } from '../../sim/engine/world.ts';
import type { KubeObject } from '../../sim/model/types.ts';
import type { CommandContext } from '../context.ts';
import { bool, parseFlags, str, type FlagSpec } from '../flags.ts';
import { byKind } from '../resources.ts';
import { COMMON, checkNamespace } from './get.ts';
import { listOf, select, selectorOf } from './objects.ts';

const SPECS: FlagSpec[] = [
  ...COMMON,
  { names: ['selector', 'l'], type: 'string' },
  { names: ['all'], type: 'bool' },
  { names: ['grace-period'], type: 'string' },
  { names: ['force'], type: 'bool' },
  { names: ['now'], type: 'bool' },
  { names: ['cascade'], type: 'string' },
  { names: ['wait'], type: 'bool' },
  { names: ['ignore-not-found'], type: 'bool' },
  { names: ['filename', 'f'], type: 'strings' },
];

export const FORCE_WARNING =
  'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n';
const BOOK_FORCE_WARNING =
  'warning: Immediate deletion does not wait for confirmation that the running resource has been terminated.\nThe resource may continue to run on the cluster indefinitely.\n';

/** How long the simulated kubectl waits for a deletion before admitting it would wait forever. */
const WAIT_SLACK_S = 30;

export function deleteCommand(ctx: CommandContext, words: string[], keep: () => void): number {
  const parsed = parseFlags(words, SPECS, 'kubectl delete');
  if (!parsed.ok) return fail(ctx, parsed.error);
  const p = parsed.value;
  if (!checkNamespace(ctx, str(p, 'namespace'))) return 0;
  const book = ctx.sim.world.config.mode === 'book';
  const force = bool(p, 'force');
  const graceText = str(p, 'grace-period');
  let grace = graceText === undefined ? undefined : Number(graceText);
  if (grace !== undefined && !Number.isInteger(grace))
    return fail(
      ctx,
      `error: invalid argument "${graceText}" for "--grace-period" flag: strconv.ParseInt: parsing "${graceText}": invalid syntax`,
    );
  if (bool(p, 'now')) grace = 1;
  if (force && grace !== undefined && grace > 0)
    return fail(ctx, 'error: --force and --grace-period greater than 0 cannot be specified together');
  if (force) grace = 0;
  else if (grace === 0) grace = 1; // kubectl turns --grace-period=0 without --force into 1 s
  if (grace !== undefined && grace < 0) grace = undefined;
  const cascade = str(p, 'cascade') ?? 'background';
  if (!['background', 'foreground', 'orphan', 'true', 'false'].includes(cascade))
    return fail(ctx, `error: invalid cascade value (${cascade}). Must be "background", "foreground", or "orphan".`);
  const selText = str(p, 'selector');
  const selector = selectorOf(selText);
  if (typeof selector === 'string') return fail(ctx, selector);
  const c = ctx.sim.cluster;
  const args = p.args;
  if (!args.length)
    return fail(
      ctx,
      "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'",
    );
  if (args.length === 1 && !args[0]!.includes('/') && !selector && !bool(p, 'all'))
    return fail(ctx, 'error: resource(s) were provided, but no name was specified');
  const sel = select(c, args, selector);
  if (typeof sel === 'string') return fail(ctx, sel);
  const targets: KubeObject[] = sel.groups.flatMap((g) =>
    bool(p, 'all') && !g.named ? listOf(c, g.type.kind) : g.objects,
  );
  if (force) ctx.err(book ? BOOK_FORCE_WARNING : FORCE_WARNING);
  const waitFor: { kind: StoredKind; name: string; uid: string; grace: number }[] = [];
  for (const obj of targets) {
    const kind = obj.kind as StoredKind;
    const name = obj.metadata.name;
    const ns = byKind(kind).namespaced && !book ? ' from default namespace' : '';
    const label = book
      ? `${byKind(kind).singular} "${name}"`
      : `${byKind(kind).singular}${byKind(kind).group ? `.${byKind(kind).group}` : ''} "${name}"`;
    removeObject(ctx, kind, name, grace, cascade);
    if (c.get(kind, name))
      waitFor.push({
        kind,
        name,
        uid: obj.metadata.uid!,
        grace: grace ?? (obj.kind === 'Pod' ? (obj.spec.terminationGracePeriodSeconds ?? 30) : 0),
      });
    ctx.out(`${label} ${force && !book ? 'force deleted' : 'deleted'}${ns}\n`);
  }
  for (const nf of sel.notFound) if (!bool(p, 'ignore-not-found')) ctx.err(`${nf}\n`);
  if (targets.length === 0 && sel.notFound.length === 0)
    ctx.err(sel.groups.some((g) => g.type.namespaced) ? 'No resources found\n' : 'No resources found\n');
  if (sel.notFound.length && targets.length) keep();
  const wait = p.flags['wait'] !== false;
  if (wait && waitFor.length) {
    const gone = () => waitFor.every((w) => (c.get(w.kind, w.name) as KubeObject | undefined)?.metadata.uid !== w.uid);
    const limit = ctx.timeout ?? Math.max(...waitFor.map((w) => w.grace)) + WAIT_SLACK_S;
    if (!c.advanceUntil(gone, limit * 1000)) {
      const left = waitFor
        .filter((w) => (c.get(w.kind, w.name) as KubeObject | undefined)?.metadata.uid === w.uid)
        .map((w) => w.name);
      ctx.err(
        `(simulator: kubectl is still waiting for ${left.join(', ')} to be deleted and would wait until interrupted; the command was stopped after ${limit} virtual seconds. The object is still there.)\n`,
      );
      return ctx.timeout !== undefined ? 124 : 0;
    }
  }
  return sel.notFound.length && !bool(p, 'ignore-not-found') ? 1 : 0;
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
      if (cascade === 'orphan' || cascade === 'false') {
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
      ctx.sim.schedulePodGC();
      return;
    default:
      c.remove(kind, name);
  }
}

function fail(ctx: CommandContext, message: string): number {
  ctx.err(`${message}\n`);
  return 1;
}
