// The shape every `kubectl get` printer shares: column definitions (priority-1 columns only with
// -o wide) and one row of cells per object. Server-side printing always produces every cell and
// kubectl drops the wide ones afterwards (cli-runtime tableprinter); decorations (kind prefix,
// -L columns, LABELS) are added the way decorateTable adds them.
import type { KubeObject } from '../../sim/model/types.ts';
import type { StoredKind } from '../../sim/engine/world.ts';
import { compareGoStrings } from '../format/gofmt.ts';
import { formatTable, KUBECTL_TABLE_OPTIONS, type TabWriterOptions } from '../format/tabwriter.ts';
import { isBook, type PrintContext } from './context.ts';
import { formatLabels } from './labels.ts';

export interface Column {
  /** Header text, already upper-cased as kubectl prints it. */
  name: string;
  /** Priority 1: shown only with -o wide. */
  wide?: boolean;
  /** The column kubectl prefixes with `kind/` when several kinds are printed. */
  isName?: boolean;
}

export interface KindPrinter<T extends KubeObject = KubeObject> {
  columns(ctx: PrintContext): Column[];
  /** Every cell, wide ones included, in column order. */
  cells(obj: T, ctx: PrintContext): string[];
  /** Row order; defaults to the API server's list order (by namespace, then name). */
  order?(objects: T[], ctx: PrintContext): T[];
}

export interface TableOptions {
  wide?: boolean;
  /** Prefix names with the kind (`pod/web-0`), as when several kinds are printed. */
  withKind?: boolean;
  /** --show-labels: a trailing LABELS column. */
  showLabels?: boolean;
  /** -L key,…: one column per label key. */
  labelColumns?: string[];
}

export interface Table {
  header: string[];
  rows: string[][];
}

/** strings.ToLower(GroupKind.String()): what `kubectl get` puts before the name. */
const MODERN_PREFIX: Record<StoredKind, string> = {
  Pod: 'pod',
  PersistentVolumeClaim: 'persistentvolumeclaim',
  PersistentVolume: 'persistentvolume',
  StorageClass: 'storageclass.storage.k8s.io',
  StatefulSet: 'statefulset.apps',
  ReplicaSet: 'replicaset.apps',
  Service: 'service',
  Endpoints: 'endpoints',
  Node: 'node',
  ControllerRevision: 'controllerrevision.apps',
  Event: 'event',
};

/** kubectl 1.6/1.7 printed the resource's short alias (`po/kubia-0`, `svc/kubia`). */
const BOOK_PREFIX: Record<StoredKind, string> = {
  Pod: 'po',
  PersistentVolumeClaim: 'pvc',
  PersistentVolume: 'pv',
  StorageClass: 'storageclasses',
  StatefulSet: 'statefulsets',
  ReplicaSet: 'rs',
  Service: 'svc',
  Endpoints: 'ep',
  Node: 'no',
  ControllerRevision: 'controllerrevisions',
  Event: 'ev',
};

export function kindPrefix(kind: StoredKind, ctx: PrintContext): string {
  return (isBook(ctx) ? BOOK_PREFIX : MODERN_PREFIX)[kind];
}

/** The API server lists objects in storage-key order: namespace, then name, byte-wise. */
export function byName<T extends KubeObject>(objects: readonly T[]): T[] {
  const key = (o: T) => `${o.metadata.namespace ?? ''}/${o.metadata.name}`;
  return [...objects].sort((a, b) => compareGoStrings(key(a), key(b)));
}

/** The table printer cuts a cell at its first line break and marks the cut with `...`. */
function cellText(cell: string): string {
  const i = cell.search(/[\f\n\r]/);
  return i < 0 ? cell : `${cell.slice(0, i)}...`;
}

/** formatLabelHeaders: `-L app.kubernetes.io/name` gives the header `NAME`. */
const labelHeader = (key: string): string => key.split('/').pop()!.toUpperCase();

export function buildTable<T extends KubeObject>(
  printer: KindPrinter<T>,
  kind: StoredKind,
  objects: readonly T[],
  ctx: PrintContext,
  opts: TableOptions = {},
): Table {
  const columns = [...printer.columns(ctx)];
  const ordered = printer.order ? printer.order([...objects], ctx) : byName(objects);
  const nameIndex = opts.withKind ? columns.findIndex((c) => c.isName) : -1;
  const prefix = kindPrefix(kind, ctx);
  const labelKeys = opts.labelColumns ?? [];
  for (const key of labelKeys) columns.push({ name: labelHeader(key) });
  if (opts.showLabels) columns.push({ name: 'LABELS' });
  const rows = ordered.map((obj) => {
    const cells = printer.cells(obj, ctx).map(cellText);
    if (nameIndex >= 0) cells[nameIndex] = `${prefix}/${cells[nameIndex]}`;
    const labels = obj.metadata.labels ?? {};
    for (const key of labelKeys) cells.push(labels[key] ?? '');
    if (opts.showLabels) cells.push(formatLabels(labels));
    return cells;
  });
  const keep = columns.map((c) => opts.wide === true || !c.wide);
  const pick = (cells: string[]) => cells.filter((_, i) => keep[i]);
  return { header: pick(columns.map((c) => c.name)), rows: rows.map(pick) };
}

/** kubectl 1.6/1.7's tabwriter: minimum width 10, padding 3, no remembered widths. */
export const BOOK_TABLE_OPTIONS: Readonly<TabWriterOptions> = {
  minWidth: 10,
  tabWidth: 4,
  padding: 3,
  padChar: ' ',
  flags: 0,
};

/** The tabwriter settings `kubectl get` uses in this context's mode. */
export function tableOptionsFor(ctx: PrintContext): Readonly<TabWriterOptions> {
  return isBook(ctx) ? BOOK_TABLE_OPTIONS : KUBECTL_TABLE_OPTIONS;
}

/** Header and rows laid out as `kubectl get` prints them; '' when there are no rows. */
export function renderTable(table: Table, ctx: PrintContext, opts: { noHeaders?: boolean } = {}): string {
  if (!table.rows.length) return '';
  return formatTable(opts.noHeaders ? table.rows : [table.header, ...table.rows], tableOptionsFor(ctx));
}
