// Built-in example manifests, found by `kubectl apply -f NAME` when no file of that name exists
// beside the script (and, in the browser, always). Known URLs of the originals map here too.
import {
  KUBIA_SERVICE_HEADLESS_YAML,
  KUBIA_SERVICE_PUBLIC_YAML,
  KUBIA_STATEFULSET_PEERS_YAML,
  KUBIA_STATEFULSET_YAML,
  PERSISTENT_VOLUMES_YAML,
} from './book.ts';
import { WEB_PARALLEL_YAML, WEB_YAML } from './tutorial.ts';
import { CATTLE_YAML } from './cattle.ts';
// The gallery's own manifests (its entries, with their explanations, load with the editor).
import { KUBIA_MANUAL_YAML, KUBIA_PEERS_YAML, WEB_CANARY_YAML, WEB_DELETE_CLAIMS_YAML } from './gallery/manifests.ts';

export const EXAMPLES: Readonly<Record<string, string>> = {
  'web.yaml': WEB_YAML,
  'web-parallel.yaml': WEB_PARALLEL_YAML,
  'persistent-volumes.yaml': PERSISTENT_VOLUMES_YAML,
  'persistent-volumes-gcepd.yaml': PERSISTENT_VOLUMES_YAML,
  'kubia-service-headless.yaml': KUBIA_SERVICE_HEADLESS_YAML,
  'kubia-service-public.yaml': KUBIA_SERVICE_PUBLIC_YAML,
  'kubia-statefulset.yaml': KUBIA_STATEFULSET_YAML,
  'kubia-statefulset-peers.yaml': KUBIA_STATEFULSET_PEERS_YAML,
  'cattle.yaml': CATTLE_YAML,
  'kubia-manual.yaml': KUBIA_MANUAL_YAML,
  'kubia-peers.yaml': KUBIA_PEERS_YAML,
  'web-canary.yaml': WEB_CANARY_YAML,
  'web-delete-claims.yaml': WEB_DELETE_CLAIMS_YAML,
};

const URLS: Readonly<Record<string, string>> = {
  'https://k8s.io/examples/application/web/web.yaml': 'web.yaml',
  'https://k8s.io/examples/application/web/web-parallel.yaml': 'web-parallel.yaml',
};

/** The built-in manifest for a path or URL, matched by its file name. */
export function exampleFor(path: string): string | undefined {
  const url = URLS[path];
  if (url) return EXAMPLES[url];
  const base = path.split('/').pop() ?? path;
  return EXAMPLES[base];
}
