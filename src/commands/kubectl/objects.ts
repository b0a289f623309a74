// Selecting objects the way kubectl's resource builder (cli-runtime pkg/resource/builder.go)
// reads its arguments: `TYPE[,TYPE…] [NAME…]`, `TYPE/NAME …`, a label selector or --all, and
// the namespace. Errors are the builder's own texts, in the order the builder reports them.
import type { Cluster } from '../../sim/engine/cluster.ts';
import type { StoredKind } from '../../sim/engine/world.ts';
import { matchesSelector, parseSelector } from '../../sim/model/labels.ts';
import type { KubeObject, LabelSelector } from '../../sim/model/types.ts';
import { goQuote } from '../../manifests/go-format.ts';
import { lookupResource, pluralQualified, type ResourceType } from '../resources.ts';

export interface Selection {
  /** Groups in the order the user named them. */
  groups: { type: ResourceType; objects: KubeObject[]; named: boolean }[];
  /** `Error from server (NotFound)` lines for names that do not exist. */
  notFound: string[];
  /** Several types (or `all`): names are printed with their type. */
  multi: boolean;
  /** Objects were named (TYPE NAME or TYPE/NAME) rather than listed. */
  named: boolean;
}

export interface SelectOptions {
  /** A parsed `-l` selector. */
  selector?: LabelSelector;
  /** `--all`: every object of the types (SelectAllParam). */
  all?: boolean;
  /** `TYPE` alone lists everything (get, describe); otherwise a name or selector is required. */
  allowEmptySelector?: boolean;
  /** `-n`: only `default` holds namespaced objects in the simulator. */
  namespace?: string;
}

/** `kubectl get all`: the category's members that the simulator has. */
const ALL = ['pods', 'services', 'statefulsets', 'replicasets'];

export const MISSING_RESOURCE =
  "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'";

export function selectorOf(text: string | undefined): LabelSelector | string | undefined {
  return text === undefined ? undefined : parseSelector(text);
}

function sorted(objs: KubeObject[]): KubeObject[] {
  return objs.sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0));
}

/**
 * The object of that kind and name, if there is one. The store is a plain object, so a name like
 * `constructor` or `valueOf` must not find Object.prototype's members (the engine's Cluster.get
 * does not guard against that).
 */
export function getObject(c: Cluster, kind: StoredKind, name: string): KubeObject | undefined {
  const store = c.world.objects[kind] as Record<string, KubeObject>;
  return Object.hasOwn(store, name) ? store[name] : undefined;
}

/** Names the simulator's object store cannot hold (Object.prototype's own; only `constructor` is a valid DNS name). */
export function reservedName(name: string): boolean {
  return name in Object.prototype;
}

export function listOf(c: Cluster, kind: StoredKind): KubeObject[] {
  return sorted(Object.values(c.world.objects[kind]) as KubeObject[]);
}

/** The builder's mapping error: `the server doesn't have a resource type "x"` (the part before a dot). */
export function unknownType(t: string): string {
  const dot = t.indexOf('.');
  return `error: the server doesn't have a resource type ${goQuote(dot >= 0 ? t.slice(0, dot) : t)}`;
}

/** SplitResourceArgument: comma-separated, duplicates dropped, order kept. */
function splitTypes(arg: string): string[] {
  return [...new Set(arg.split(','))];
}

function mapType(t: string): ResourceType | string {
  return lookupResource(t) ?? unknownType(t);
}

function inNamespace(type: ResourceType, namespace: string): boolean {
  return !type.namespaced || namespace === 'default';
}

/** Resolves arguments to objects, or returns kubectl's error text. */
export function select(c: Cluster, rawArgs: string[], opts: SelectOptions = {}): Selection | string {
  const namespace = opts.namespace ?? 'default';
  let args = rawArgs;
  // normalizeMultipleResourcesArgs: `a,b x y` means a/x a/y b/x b/y.
  if (args.length >= 2) {
    const types = splitTypes(args[0]!);
    if (types.length > 1) args = types.flatMap((t) => args.slice(1).map((n) => `${t}/${n}`));
  }
  const slashes = args.filter((a) => a.includes('/')).length;
  const tuples: { type: string; name: string }[] = [];
  let typeNames: string[] = [];
  let names: string[] = [];
  if (slashes > 0 && slashes !== args.length)
    return "error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'";
  if (slashes > 0) {
    for (const a of args) {
      const seg = a.split('/');
      if (seg.length !== 2) return 'error: arguments in resource/name form may not have more than one slash';
      const [t, n] = seg as [string, string];
      if (!t || !n || splitTypes(t).length !== 1)
        return 'error: arguments in resource/name form must have a single resource and name';
      tuples.push({ type: t, name: n });
    }
  } else if (args.length) {
    typeNames = splitTypes(args[0]!).flatMap((t) => (t.toLowerCase() === 'all' ? ALL : [t]));
    names = args.slice(1);
  }
  let selector = opts.selector;
  if (opts.all && !selector) selector = {};
  if (!selector && args.length === 1 && !tuples.length && opts.allowEmptySelector) selector = {};

  const sel: Selection = { groups: [], notFound: [], multi: false, named: false };
  const group = (type: ResourceType, named: boolean) => {
    let g = sel.groups.find((x) => x.type === type);
    if (!g) sel.groups.push((g = { type, objects: [], named }));
    return g;
  };
  const lookup = (type: ResourceType, name: string) => {
    const g = group(type, true);
    const o = inNamespace(type, namespace) ? getObject(c, type.kind, name) : undefined;
    if (o) {
      if (!g.objects.includes(o)) g.objects.push(o);
    } else sel.notFound.push(`Error from server (NotFound): ${pluralQualified(type.kind, name)} not found`);
  };

  if (selector) {
    if (names.length) return 'error: name cannot be provided when a selector is specified';
    if (tuples.length) return 'error: selectors and the all flag cannot be used when passing resource/name arguments';
    if (!typeNames.length) return 'error: at least one resource must be specified to use a selector';
    const types: ResourceType[] = [];
    for (const t of typeNames) {
      const r = mapType(t);
      if (typeof r === 'string') return r;
      if (!types.includes(r)) types.push(r);
    }
    for (const type of types) {
      const g = group(type, false);
      if (inNamespace(type, namespace))
        g.objects = listOf(c, type.kind).filter((o) => matchesSelector(o.metadata.labels, selector));
    }
    sel.multi = types.length > 1 || typeNames.length > 1 || rawArgs[0]?.toLowerCase() === 'all';
    return sel;
  }
  if (tuples.length) {
    const types: ResourceType[] = [];
    for (const t of tuples) {
      const r = mapType(t.type);
      if (typeof r === 'string') return r;
      if (!types.includes(r)) types.push(r);
    }
    for (const t of tuples) lookup(lookupResource(t.type)!, t.name);
    sel.named = true;
    sel.multi = types.length > 1;
    return sel;
  }
  if (names.length) {
    if (typeNames.length > 1) return 'error: you may only specify a single resource type';
    const r = mapType(typeNames[0]!);
    if (typeof r === 'string') return r;
    for (const n of names) {
      if (!n) return 'error: resource name may not be empty';
      lookup(r, n);
    }
    sel.named = true;
    return sel;
  }
  if (typeNames.length) {
    for (const t of typeNames) {
      const r = mapType(t);
      if (typeof r === 'string') return r;
    }
    return 'error: resource(s) were provided, but no name was specified';
  }
  return MISSING_RESOURCE;
}
