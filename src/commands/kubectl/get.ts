// kubectl get: tables (and -o wide), yaml/json/name/jsonpath/go-template, and -w watches that
// print one row per change while virtual time runs (bounded by `timeout N`).
import type { Change } from '../../sim/engine/cluster.ts';
import { matchesSelector } from '../../sim/model/labels.ts';
import type { KubeObject, LabelSelector } from '../../sim/model/types.ts';
import type { CommandContext } from '../context.ts';
import { bool, parseFlags, str, strs, type FlagSpec } from '../flags.ts';
import { formatTable, TableWriter } from '../format/tabwriter.ts';
import { renderObjects } from './output.ts';
import { tableFor, tableOptionsFor } from '../printers/index.ts';
import { select, selectorOf } from './objects.ts';
import { qualified } from '../resources.ts';
import { COMMON, fail, helpNote, namespaceOf } from './common.ts';
import { goQuote } from '../../manifests/go-format.ts';

export { COMMON, fail, helpNote, namespaceOf };

const SPECS: FlagSpec[] = [
  ...COMMON,
  { names: ['output', 'o'], type: 'string' },
  { names: ['selector', 'l'], type: 'string' },
  { names: ['watch', 'w'], type: 'bool' },
  { names: ['watch-only'], type: 'bool' },
  { names: ['show-labels'], type: 'bool' },
  { names: ['no-headers'], type: 'bool' },
  { names: ['template'], type: 'string' },
  { names: ['all-namespaces', 'A'], type: 'bool' },
  { names: ['label-columns', 'L'], type: 'strings' },
];

/** A watch without `timeout N` would never end; the simulator stops it after this long. */
export const DEFAULT_WATCH_S = 60;

export function get(ctx: CommandContext, words: string[]): number {
  const parsed = parseFlags(words, SPECS, 'kubectl get');
  if (!parsed.ok) return fail(ctx, parsed.error);
  const p = parsed.value;
  if (p.help) return helpNote(ctx, 'get');
  const args = [...p.args, ...p.rest];
  if (!args.length)
    return fail(
      ctx,
      'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee \'kubectl get -h\' for help and examples',
    );
  const selText = str(p, 'selector');
  const selector = selectorOf(selText);
  if (typeof selector === 'string') return fail(ctx, selector);
  const c = ctx.sim.cluster;
  const namespace = namespaceOf(p);
  const sel = select(c, args, { selector, allowEmptySelector: true, namespace });
  if (typeof sel === 'string') return fail(ctx, sel);
  // The API server's deprecation warning for v1 Endpoints (kubectl ≥ 1.33 prints it first).
  if (ctx.sim.world.config.mode === 'modern' && sel.groups.some((g) => g.type.kind === 'Endpoints'))
    ctx.err('Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n');
  let output = str(p, 'output') || undefined;
  const template = str(p, 'template');
  if (template !== undefined && (output === undefined || output === 'go-template')) output = `go-template=${template}`;
  const wide = output === 'wide';
  const watch = bool(p, 'watch') || bool(p, 'watch-only');
  if (
    output !== undefined &&
    !wide &&
    !/^(yaml|json|name|jsonpath=|jsonpath-as-json=|go-template=|custom-columns=)/.test(output)
  )
    return fail(
      ctx,
      `error: unable to match a printer suitable for the output format ${goQuote(output)}, allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml`,
    );
  for (const nf of sel.notFound) ctx.err(`${nf}\n`);
  const objects = sel.groups.flatMap((g) => g.objects);
  if (output !== undefined && !wide) {
    const single = sel.groups.length === 1 && sel.groups[0]!.named && objects.length === 1 && sel.notFound.length === 0;
    const r = renderObjects(objects, output, single, (o) => qualified(o.kind, o.metadata.name));
    if (!r.ok) {
      if (r.stdout) ctx.out(r.stdout);
      return fail(ctx, r.error);
    }
    ctx.out(r.text);
    return sel.notFound.length ? 1 : 0;
  }
  const labelColumns = strs(p, 'label-columns')
    .flatMap((l) => l.split(','))
    .filter(Boolean);
  const opts = { wide, showLabels: bool(p, 'show-labels'), withKind: sel.multi, labelColumns };
  const layout = tableOptionsFor({ world: c.world });
  const noHeaders = bool(p, 'no-headers');
  const blocks: string[] = [];
  const writers = new Map<string, TableWriter>();
  for (const g of sel.groups) {
    if (!g.objects.length) continue;
    const t = tableFor(g.type.kind, g.objects, { world: c.world }, opts);
    const rows = noHeaders ? t.rows : [t.header, ...t.rows];
    if (watch) {
      const w = new TableWriter(layout);
      for (const r of rows) w.writeRow(r);
      blocks.push(w.flush());
      writers.set(g.type.kind, w);
    } else blocks.push(formatTable(rows, layout));
  }
  if (!watch || blocks.length) ctx.out(blocks.join('\n'));
  const total = objects.length;
  if (total === 0 && sel.notFound.length === 0 && !watch) {
    const ns = sel.groups.every((g) => !g.type.namespaced) ? '' : ` in ${namespace} namespace`;
    ctx.err(`No resources found${ns}.\n`);
  }
  if (!watch) return sel.notFound.length ? 1 : 0;
  return runWatch(
    ctx,
    sel.groups.map((g) => ({ kind: g.type.kind, named: g.named ? g.objects.map((o) => o.metadata.name) : undefined })),
    selector,
    writers,
    opts,
    noHeaders,
  );
}

function runWatch(
  ctx: CommandContext,
  targets: { kind: string; named?: string[] }[],
  selector: LabelSelector | undefined,
  writers: Map<string, TableWriter>,
  opts: { wide: boolean; showLabels: boolean; withKind: boolean; labelColumns: string[] },
  noHeaders: boolean,
): number {
  const c = ctx.sim.cluster;
  const seconds = ctx.timeout ?? DEFAULT_WATCH_S;
  const stop = c.watch((ch: Change) => {
    const t = targets.find((x) => x.kind === ch.kind);
    if (!t) return;
    const obj = ch.object;
    if (t.named && !t.named.includes(obj.metadata.name)) return;
    if (selector && !matchesSelector(obj.metadata.labels, selector)) return;
    const table = tableFor(ch.kind, [obj], { world: c.world }, opts);
    let w = writers.get(ch.kind);
    if (!w) {
      w = new TableWriter(tableOptionsFor({ world: c.world }));
      writers.set(ch.kind, w);
      if (!noHeaders) w.writeRow(table.header);
    }
    for (const r of table.rows) w.writeRow(r);
    ctx.out(w.flush());
  });
  try {
    ctx.sim.cluster.advanceTo(c.now + seconds * 1000);
  } finally {
    stop();
  }
  if (ctx.timeout === undefined)
    ctx.err(
      `(simulator: the watch stopped after ${DEFAULT_WATCH_S} virtual seconds; use "timeout N kubectl get … -w" to choose)\n`,
    );
  return ctx.timeout === undefined ? 0 : 124;
}

export type { KubeObject };
