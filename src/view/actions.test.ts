import { describe, expect, it } from 'vitest';
import { createLab } from '../store/lab.ts';
import * as act from './actions.ts';

/** A lab with the side-by-side preset, settled. */
function settled() {
  const lab = createLab('cattle-vs-cows');
  for (let i = 0; i < 8; i++) lab.skipToNextInteresting();
  return lab;
}

describe('GUI actions as command lines', () => {
  it('spells the pod and node commands as a student would type them', () => {
    expect(act.pod.delete('web-0')).toBe('kubectl delete pod web-0 --wait=false');
    expect(act.pod.forceDelete('web-0')).toBe('kubectl delete pod web-0 --grace-period=0 --force');
    expect(act.pod.readiness('web-1', 'fail')).toBe('sim readiness web-1 fail');
    expect(act.node.outOfService('node-1')).toBe(
      'kubectl taint nodes node-1 node.kubernetes.io/out-of-service=nodeshutdown:NoExecute',
    );
    expect(act.node.clearOutOfService('node-1')).toMatch(/:NoExecute-$/);
  });

  it('spells the StatefulSet patches with single-quoted JSON', () => {
    expect(act.statefulSet.partition('web', 2)).toBe(
      `kubectl patch sts web -p '{"spec":{"updateStrategy":{"type":"RollingUpdate","rollingUpdate":{"partition":2}}}}'`,
    );
    expect(act.statefulSet.setImage('web', 'nginx', 'registry.k8s.io/nginx-slim:0.8')).toBe(
      'kubectl set image sts/web nginx=registry.k8s.io/nginx-slim:0.8',
    );
  });

  it('runs every StatefulSet control through the executor with the API’s answers', () => {
    const lab = settled();
    const run = (line: string) => lab.runCommand(line)!;
    expect(run(act.statefulSet.scale('web', 4)).exitCode).toBe(0);
    expect(run(act.statefulSet.partition('web', 2)).stdout).toBe('statefulset.apps/web patched\n');
    expect(run(act.statefulSet.updateStrategy('web', 'OnDelete')).exitCode).toBe(0);
    expect(lab.worldNow().objects.StatefulSet.web!.spec.updateStrategy).toEqual({ type: 'OnDelete' });
    expect(run(act.statefulSet.updateStrategy('web', 'RollingUpdate')).exitCode).toBe(0);
    const immutable = run(act.statefulSet.podManagementPolicy('web', 'Parallel'));
    expect(immutable.exitCode).toBe(1);
    expect(immutable.stderr).toContain('Forbidden: updates to statefulset spec for fields other than');
    expect(run(act.statefulSet.setImage('web', 'nginx', 'registry.k8s.io/nginx-slim:0.8')).exitCode).toBe(0);
    for (const line of [act.pod.delete('web-0'), act.pod.readiness('web-1', 'fail'), act.node.cordon('node-2')])
      expect(run(line).exitCode).toBe(0);
  });

  it('applies side-by-side actions to both halves', () => {
    const lab = settled();
    const w = lab.worldNow();
    expect(act.pair(w)).toEqual({ rs: 'cattle', sts: 'web' });
    expect(act.sideBySide.scaleBoth(w, 4)).toEqual([
      'kubectl scale rs cattle --replicas=4',
      'kubectl scale sts web --replicas=4',
    ]);
    expect(act.sideBySide.deleteAllPods(w)).toEqual([
      'kubectl delete pods -l app=cattle --wait=false',
      'kubectl delete pods -l app=nginx --wait=false',
    ]);
    const [lose] = act.sideBySide.loseNode(w);
    const target = lose!.split(' ')[2]!;
    const owners = Object.values(w.objects.Pod)
      .filter((p) => p.spec.nodeName === target)
      .map((p) => p.metadata.ownerReferences![0]!.kind);
    expect(new Set(owners)).toEqual(new Set(['ReplicaSet', 'StatefulSet']));
    for (const line of [...act.sideBySide.deleteAllPods(w), lose!]) expect(lab.runCommand(line)!.exitCode).toBe(0);
  });

  it('has nothing to lose when no node runs the pair', () => {
    const lab = createLab('empty');
    expect(act.sideBySide.loseNode(lab.worldNow())).toEqual([]);
    expect(act.sideBySide.scaleBoth(lab.worldNow(), 2)).toEqual([]);
  });
});
