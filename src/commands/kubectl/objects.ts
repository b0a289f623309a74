// Selecting objects the way `kubectl get/delete/describe` arguments name them:
// `TYPE[,TYPE] [NAME…]`, `TYPE/NAME …`, with an optional label selector.
import type { Cluster } from '../../sim/engine/cluster.ts';
import type { StoredKind } from '../../sim/engine/world.ts';
import { matchesSelector, parseSelector } from '../../sim/model/labels.ts';
import type { KubeObject, LabelSelector } from '../../sim/model/types.ts';
import { lookupResource, pluralQualified, type ResourceType } from '../resources.ts';

export interface Selection {
  /** Groups in the order the user named them. */
  groups: { type: ResourceType; objects: KubeObject[]; named: boolean }[];
  /** `Error from server (NotFound)` lines for names that do not exist. */
  notFound: string[];
  /** Several types (or `all`): names are printed with their type. */
  multi: boolean;
}

const ALL = ['pods', 'services', 'statefulsets', 'replicasets'];

export function selectorOf(text: string | undefined): LabelSelector | string | undefined {
  return text === undefined ? undefined : parseSelector(text);
}

function sorted(objs: KubeObject[]): KubeObject[] {
  return objs.sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0));
}

export function listOf(c: Cluster, kind: StoredKind): KubeObject[] {
  return sorted(Object.values(c.world.objects[kind]) as KubeObject[]);
}

/** Resolves arguments to objects, or returns kubectl's error text. */
export function select(c: Cluster, args: string[], selector: LabelSelector | undefined): Selection | string {
  if (!args.length)
    return 'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee \'kubectl get -h\' for help and examples';
  const sel: Selection = { groups: [], notFound: [], multi: false };
  const slashForm = args.every((a) => a.includes('/'));
  if (slashForm) {
    sel.multi = true;
    for (const a of args) {
      const [t, name] = a.split('/', 2) as [string, string];
      const type = lookupResource(t);
      if (!type) return `error: the server doesn't have a resource type "${t}"`;
      if (!name) return `error: arguments in resource/name form must have a single resource and name`;
      const obj = c.get(type.kind, name) as KubeObject | undefined;
      let g = sel.groups.find((x) => x.type === type);
      if (!g) sel.groups.push((g = { type, objects: [], named: true }));
      if (obj) g.objects.push(obj);
      else sel.notFound.push(`Error from server (NotFound): ${pluralQualified(type.kind, name)} not found`);
    }
    sel.multi = sel.groups.length > 1 || args.length > 1;
    return sel;
  }
  if (args.slice(1).some((a) => a.includes('/')))
    return "error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>')";
  const typeNames = args[0]!.split(',').flatMap((t) => (t === 'all' ? ALL : [t]));
  const names = args.slice(1);
  if (names.length && typeNames.length > 1)
    return 'error: arguments in resource/name form must have a single resource and name';
  for (const t of typeNames) {
    const type = lookupResource(t);
    if (!type) return `error: the server doesn't have a resource type "${t}"`;
    if (sel.groups.some((g) => g.type === type)) continue;
    let objects: KubeObject[];
    if (names.length) {
      objects = [];
      for (const n of names) {
        const o = c.get(type.kind, n) as KubeObject | undefined;
        if (o) objects.push(o);
        else sel.notFound.push(`Error from server (NotFound): ${pluralQualified(type.kind, n)} not found`);
      }
    } else {
      objects = listOf(c, type.kind);
      if (selector) objects = objects.filter((o) => matchesSelector(o.metadata.labels, selector));
    }
    sel.groups.push({ type, objects, named: names.length > 0 });
  }
  sel.multi = typeNames.length > 1 || args[0] === 'all';
  return sel;
}
