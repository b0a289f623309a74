// Every button in the lab runs a command line, the same one a student could type: these builders
// are the one place that spells them. The picture teaches the CLI only if the two never differ.
import type { MessageKey } from '../i18n/index.ts';
import type { World } from '../sim/engine/world.ts';
import type { LabelSelector, StatefulSet } from '../sim/model/types.ts';

/**
 * Deletion from the GUI does not wait (`--wait=false`): the command returns at once and the
 * student watches the pod go Terminating and come back, instead of the clock jumping past it.
 */
export const pod = {
  delete: (name: string) => `kubectl delete pod ${name} --wait=false`,
  forceDelete: (name: string) => `kubectl delete pod ${name} --grace-period=0 --force`,
  readiness: (name: string, outcome: 'fail' | 'pass') => `sim readiness ${name} ${outcome}`,
  describe: (name: string) => `kubectl describe pod ${name}`,
};

export const OUT_OF_SERVICE_TAINT = 'node.kubernetes.io/out-of-service=nodeshutdown:NoExecute';

export const node = {
  partition: (name: string) => `sim partition ${name}`,
  heal: (name: string) => `sim heal ${name}`,
  powerOff: (name: string) => `sim poweroff ${name}`,
  powerOn: (name: string) => `sim poweron ${name}`,
  cordon: (name: string) => `kubectl cordon ${name}`,
  uncordon: (name: string) => `kubectl uncordon ${name}`,
  outOfService: (name: string) => `kubectl taint nodes ${name} ${OUT_OF_SERVICE_TAINT}`,
  clearOutOfService: (name: string) => `kubectl taint nodes ${name} ${OUT_OF_SERVICE_TAINT}-`,
  delete: (name: string) => `kubectl delete node ${name}`,
  describe: (name: string) => `kubectl describe node ${name}`,
};

export type UpdateStrategy = 'RollingUpdate' | 'OnDelete';
export type PodManagementPolicy = 'OrderedReady' | 'Parallel';

/** `-p '…'` with the JSON patch in single quotes, as the tutorial writes it. */
const patch = (kind: string, name: string, body: unknown) =>
  `kubectl patch ${kind} ${name} -p '${JSON.stringify(body)}'`;

export const statefulSet = {
  scale: (name: string, replicas: number) => `kubectl scale sts ${name} --replicas=${replicas}`,
  setImage: (name: string, container: string, image: string) => `kubectl set image sts/${name} ${container}=${image}`,
  partition: (name: string, partition: number) =>
    patch('sts', name, { spec: { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition } } } }),
  /** podManagementPolicy is immutable: this command gets the API server's Forbidden error, as it should. */
  podManagementPolicy: (name: string, policy: PodManagementPolicy) =>
    patch('sts', name, { spec: { podManagementPolicy: policy } }),
  /** OnDelete must drop `rollingUpdate` (the API rejects it otherwise), hence the `null`. */
  updateStrategy: (name: string, type: UpdateStrategy) =>
    patch('sts', name, {
      spec: { updateStrategy: type === 'OnDelete' ? { type, rollingUpdate: null } : { type } },
    }),
  describe: (name: string) => `kubectl describe sts ${name}`,
};

export const replicaSet = {
  scale: (name: string, replicas: number) => `kubectl scale rs ${name} --replicas=${replicas}`,
  describe: (name: string) => `kubectl describe rs ${name}`,
};

export const claim = {
  delete: (name: string) => `kubectl delete pvc ${name} --wait=false`,
  describe: (name: string) => `kubectl describe pvc ${name}`,
};

/** Images offered for `kubectl set image`: the tutorial's two, newer ones, and one that cannot be pulled. */
/** Images to pick from: a short name and, where it helps, a note (a message key) on where it comes from. */
export const IMAGE_CHOICES: readonly { image: string; label: string; note?: MessageKey }[] = [
  { image: 'registry.k8s.io/nginx-slim:0.7', label: 'nginx-slim:0.7', note: 'image.note.tutorialFirst' },
  { image: 'registry.k8s.io/nginx-slim:0.8', label: 'nginx-slim:0.8', note: 'image.note.tutorialUpdate' },
  { image: 'registry.k8s.io/nginx-slim:0.24', label: 'nginx-slim:0.24' },
  { image: 'registry.k8s.io/nginx-slim:9.9', label: 'nginx-slim:9.9', note: 'image.note.missing' },
  { image: 'luksa/kubia-pet', label: 'luksa/kubia-pet', note: 'image.note.book' },
  { image: 'luksa/kubia-pet-peers', label: 'luksa/kubia-pet-peers', note: 'image.note.book' },
];

/** `app=nginx,tier=web`: a matchLabels selector as `-l` takes it (undefined when it has none). */
export function selectorText(selector: LabelSelector): string | undefined {
  const labels = Object.entries(selector.matchLabels ?? {});
  if (!labels.length) return undefined;
  return labels.map(([k, v]) => `${k}=${v}`).join(',');
}

/** The first ReplicaSet and the first StatefulSet: the two halves of the side-by-side mode. */
export function pair(world: World): { rs?: string; sts?: string } {
  const rs = Object.keys(world.objects.ReplicaSet).sort()[0];
  const sts = Object.keys(world.objects.StatefulSet).sort()[0];
  return { ...(rs ? { rs } : {}), ...(sts ? { sts } : {}) };
}

export const sideBySide = {
  scaleBoth: (world: World, replicas: number): string[] => {
    const { rs, sts } = pair(world);
    return [...(rs ? [replicaSet.scale(rs, replicas)] : []), ...(sts ? [statefulSet.scale(sts, replicas)] : [])];
  },
  deleteAllPods: (world: World): string[] => {
    const { rs, sts } = pair(world);
    const owners = [
      rs ? world.objects.ReplicaSet[rs]!.spec.selector : undefined,
      sts ? world.objects.StatefulSet[sts]!.spec.selector : undefined,
    ];
    return owners.flatMap((sel) => {
      const text = sel && selectorText(sel);
      return text ? [`kubectl delete pods -l ${text} --wait=false`] : [];
    });
  },
  /** Cuts off the connected node running the most pods of the pair (ties: the first by name). */
  loseNode: (world: World): string[] => {
    const target = nodeToLose(world);
    return target ? [node.partition(target)] : [];
  },
};

export function nodeToLose(world: World): string | undefined {
  const { rs, sts } = pair(world);
  const owners = new Set([rs, sts].filter(Boolean));
  let best: { name: string; score: number } | undefined;
  for (const name of Object.keys(world.objects.Node).sort()) {
    const state = world.nodes[name]?.state ?? '';
    if (!state.includes('"Connected"')) continue;
    const kinds = new Set<string>();
    let count = 0;
    for (const p of Object.values(world.objects.Pod)) {
      const owner = p.metadata.ownerReferences?.find((r) => r.controller)?.name;
      if (p.spec.nodeName !== name || !owner || !owners.has(owner) || p.metadata.deletionTimestamp) continue;
      count++;
      kinds.add(owner);
    }
    // A node with pods of both halves shows the contrast best.
    const score = kinds.size * 1000 + count;
    if (count && (!best || score > best.score)) best = { name, score };
  }
  return best?.name;
}

/** The StatefulSet's container names and current settings, for the inspector's controls. */
export function setSettings(set: StatefulSet): {
  container: string;
  image: string;
  partition: number;
  strategy: UpdateStrategy;
  policy: PodManagementPolicy;
} {
  const c = set.spec.template.spec.containers[0];
  return {
    container: c?.name ?? '',
    image: c?.image ?? '',
    partition: set.spec.updateStrategy?.rollingUpdate?.partition ?? 0,
    strategy: set.spec.updateStrategy?.type ?? 'RollingUpdate',
    policy: set.spec.podManagementPolicy ?? 'OrderedReady',
  };
}
