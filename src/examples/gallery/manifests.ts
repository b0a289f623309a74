// Manifests of the gallery entries that are not in the tutorial or the book as such: the canary-ready
// set, the set whose claims go with it, the book's peers app brought to apps/v1, and the book's
// kubia store (volumes, headless Service, StatefulSet) as one file.
import {
  KUBIA_SELECTOR,
  KUBIA_SERVICE_HEADLESS_YAML,
  KUBIA_STATEFULSET_YAML,
  PERSISTENT_VOLUMES_YAML,
  kubiaSet,
} from '../book.ts';
import { NGINX_SERVICE_YAML, webStatefulSet } from '../tutorial.ts';

/** Three replicas; a new template reaches only the pods whose ordinal is at least the partition. */
export const WEB_CANARY_YAML = `${NGINX_SERVICE_YAML}---\n${webStatefulSet(
  3,
  `  updateStrategy:
    type: RollingUpdate
    rollingUpdate:
      partition: 2
`,
)}`;

/** Claims are deleted when the set is deleted and when it scales down. */
export const WEB_DELETE_CLAIMS_YAML = `${NGINX_SERVICE_YAML}---\n${webStatefulSet(
  3,
  `  persistentVolumeClaimRetentionPolicy:
    whenDeleted: Delete
    whenScaled: Delete
`,
)}`;

/** Chapter 10's peers app as a v1.35 cluster accepts it: apps/v1, with a selector. */
export const KUBIA_PEERS_YAML = `${KUBIA_SERVICE_HEADLESS_YAML}---\n${kubiaSet('apps/v1', KUBIA_SELECTOR, 'luksa/kubia-pet-peers', 3)}`;

/** The book's kubia store in one file: three hand-made volumes, the headless Service, the set. */
export const KUBIA_MANUAL_YAML = `${PERSISTENT_VOLUMES_YAML}---\n${KUBIA_SERVICE_HEADLESS_YAML}---\n${KUBIA_STATEFULSET_YAML}`;
