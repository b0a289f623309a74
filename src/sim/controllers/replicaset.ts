// The ReplicaSet controller, the "cattle" baseline: pods get random-suffix names, are created all
// at once, are replaced by new names the moment one starts terminating, and all mount the same
// claim if the template names one.
import type { Cluster } from '../engine/cluster.ts';
import { deletePod } from '../engine/deletion.ts';
import { randomSuffix } from '../engine/rng.ts';
import { matchesSelector } from '../model/labels.ts';
import { isPodReady, isTerminating } from '../model/pods.ts';
import type { Pod, ReplicaSet } from '../model/types.ts';
import { canonicalJson } from './statefulset/revisions.ts';

const FROM = 'replicaset-controller';

function active(p: Pod): boolean {
  return !isTerminating(p) && p.status.phase !== 'Failed' && p.status.phase !== 'Succeeded';
}

/** Deletion preference (controller.ActivePods ranking, simplified): unscheduled, pending, not ready, newest. */
function deletionRank(p: Pod): number[] {
  return [p.spec.nodeName ? 1 : 0, p.status.phase === 'Running' ? 1 : 0, isPodReady(p) ? 1 : 0];
}

export function replicaSetController(c: Cluster): void {
  for (const rs of c.list('ReplicaSet')) sync(c, rs);
}

function sync(c: Cluster, rs: ReplicaSet): void {
  const uid = rs.metadata.uid!;
  const owned: Pod[] = [];
  for (const p of c.list('Pod')) {
    const ctrl = p.metadata.ownerReferences?.find((r) => r.controller);
    if (ctrl?.uid === uid) owned.push(p);
    else if (!ctrl && !isTerminating(p) && matchesSelector(p.metadata.labels, rs.spec.selector)) {
      p.metadata.ownerReferences = [
        ...(p.metadata.ownerReferences ?? []),
        {
          apiVersion: 'apps/v1',
          kind: 'ReplicaSet',
          name: rs.metadata.name,
          uid,
          controller: true,
          blockOwnerDeletion: true,
        },
      ];
      c.update('Pod', p);
      owned.push(p);
    }
  }
  const live = owned.filter(active);
  const want = rs.spec.replicas ?? 1;
  for (let i = live.length; i < want; i++) {
    let name: string;
    do name = `${rs.metadata.name}-${randomSuffix(c.world, 5)}`;
    while (c.get('Pod', name));
    const spec = structuredClone(rs.spec.template.spec);
    c.create('Pod', {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name,
        generateName: `${rs.metadata.name}-`,
        labels: { ...(rs.spec.template.metadata?.labels ?? {}) },
        ownerReferences: [
          {
            apiVersion: 'apps/v1',
            kind: 'ReplicaSet',
            name: rs.metadata.name,
            uid,
            controller: true,
            blockOwnerDeletion: true,
          },
        ],
      },
      spec,
      status: { phase: 'Pending' },
    });
    c.event({
      type: 'Normal',
      reason: 'SuccessfulCreate',
      message: `Created pod: ${name}`,
      component: FROM,
      involved: { kind: 'ReplicaSet', name: rs.metadata.name, uid },
    });
  }
  if (live.length > want) {
    const victims = live
      .slice()
      .sort((a, b) => {
        const ra = deletionRank(a);
        const rb = deletionRank(b);
        for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
        return a.metadata.creationTimestamp! > b.metadata.creationTimestamp! ? -1 : 1;
      })
      .slice(0, live.length - want);
    for (const v of victims) {
      deletePod(c, v.metadata.name);
      c.event({
        type: 'Normal',
        reason: 'SuccessfulDelete',
        message: `Deleted pod: ${v.metadata.name}`,
        component: FROM,
        involved: { kind: 'ReplicaSet', name: rs.metadata.name, uid },
      });
    }
  }
  const now = c.list('Pod').filter((p) => p.metadata.ownerReferences?.some((r) => r.uid === uid) && active(p));
  const status = {
    replicas: now.length,
    fullyLabeledReplicas: now.length,
    readyReplicas: now.filter(isPodReady).length,
    availableReplicas: now.filter(isPodReady).length,
    observedGeneration: rs.metadata.generation ?? 1,
  };
  if (canonicalJson(status) !== canonicalJson(rs.status)) {
    rs.status = status;
    c.update('ReplicaSet', rs);
  }
}
