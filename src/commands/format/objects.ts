// kubectl's object printers: -o json, -o yaml, the List wrapper `kubectl get` builds when it
// prints zero or several objects, and -o name.

import { goJsonMarshal } from './gojson.ts';
import { goYamlMarshal } from './goyaml.ts';

/** `kubectl get -o json`: json.MarshalIndent(obj, "", "    ") plus a newline; keys sorted. */
export function toJson(obj: unknown): string {
  return `${goJsonMarshal(obj, '    ')}\n`;
}

/** `kubectl get -o yaml`: sigs.k8s.io/yaml (go-yaml v2) output; keys sorted go-yaml's way. */
export function toYaml(obj: unknown): string {
  return goYamlMarshal(obj);
}

/**
 * Several YAML documents printed one after another by the same YAMLPrinter (e.g.
 * `kubectl create -f dir/ -o yaml`): every document after the first is preceded by "---".
 */
export function toYamlDocuments(objs: readonly unknown[]): string {
  return objs.map((o, i) => (i > 0 ? `---\n${toYaml(o)}` : toYaml(o))).join('');
}

export interface KubectlList {
  apiVersion: 'v1';
  items: unknown[];
  kind: 'List';
  metadata: { resourceVersion: string };
}

/**
 * The list `kubectl get` prints for -o json/yaml/jsonpath/go-template when the request names
 * zero or several objects (printGeneric): an unstructured v1 List whose metadata carries only
 * the list's resourceVersion, which is "" for the aggregated list kubectl builds.
 */
export function asList(objs: readonly unknown[], resourceVersion = ''): KubectlList {
  return { apiVersion: 'v1', items: [...objs], kind: 'List', metadata: { resourceVersion } };
}

const GROUP_OF_KIND: Record<string, string> = {
  StatefulSet: 'apps',
  Deployment: 'apps',
  ReplicaSet: 'apps',
  DaemonSet: 'apps',
  ControllerRevision: 'apps',
  StorageClass: 'storage.k8s.io',
  VolumeAttachment: 'storage.k8s.io',
  CSIDriver: 'storage.k8s.io',
  CSINode: 'storage.k8s.io',
  EndpointSlice: 'discovery.k8s.io',
  Lease: 'coordination.k8s.io',
  PodDisruptionBudget: 'policy',
  Job: 'batch',
  CronJob: 'batch',
  HorizontalPodAutoscaler: 'autoscaling',
  Ingress: 'networking.k8s.io',
  NetworkPolicy: 'networking.k8s.io',
  PriorityClass: 'scheduling.k8s.io',
};

/**
 * `-o name` (cli-runtime NamePrinter): `<kind lowercased>[.<group>]/<name>`, e.g. `pod/web-0`,
 * `statefulset.apps/web`, `storageclass.storage.k8s.io/standard`. The group comes from
 * `apiVersion` when given (`apps/v1` → `apps`), otherwise from the kind.
 */
export function resourceName(kind: string, name: string, apiVersion?: string): string {
  const group =
    apiVersion !== undefined ? (apiVersion.includes('/') ? apiVersion.split('/')[0] : '') : (GROUP_OF_KIND[kind] ?? '');
  const k = kind.toLowerCase();
  return group ? `${k}.${group}/${name}` : `${k}/${name}`;
}
