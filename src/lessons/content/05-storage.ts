// Lesson 5 (notes 一.3): one claim per pod from volumeClaimTemplates; data surviving a deleted
// pod and a scale-down and coming back with its ordinal; the ReplicaSet's one shared claim; the
// retention policy as the modern way to have claims deleted.
import { defineLesson } from '../schema.ts';

const WRITE = (pod: string) => `kubectl exec ${pod} -- sh -c 'echo "$(hostname)" > /usr/share/nginx/html/index.html'`;
const CURL = (pod: string) => `kubectl exec ${pod} -- curl http://localhost/`;
const RETAIN_DELETE = `kubectl patch sts web -p '{"spec":{"persistentVolumeClaimRetentionPolicy":{"whenScaled":"Delete"}}}'`;

export const storage = defineLesson({
  id: 'storage',
  number: 5,
  title: 'storage.title',
  summary: 'storage.summary',
  session: { seed: 1, storage: 'dynamic' },
  setup: ['kubectl apply -f web.yaml', 'kubectl rollout status sts/web'],
  steps: [
    {
      id: 'claims',
      kind: 'narrate',
      title: 'storage.claims.title',
      text: 'storage.claims.text',
      highlight: ['pvc/www-web-0', 'pvc/www-web-1'],
      teaches: ['一.3'],
      commands: ['kubectl get pvc', 'kubectl get pv'],
      expect: {
        kind: 'all',
        goals: [
          { kind: 'claimBoundTo', claim: 'www-web-0' },
          { kind: 'claimBoundTo', claim: 'www-web-1' },
        ],
      },
    },
    {
      id: 'write',
      kind: 'narrate',
      title: 'storage.write.title',
      text: 'storage.write.text',
      highlight: ['pod/web-0', 'pod/web-1'],
      teaches: ['一.3'],
      commands: [WRITE('web-0'), WRITE('web-1'), CURL('web-0'), CURL('web-1')],
      expect: {
        kind: 'all',
        goals: [
          { kind: 'fileOnVolume', claim: 'www-web-0', path: 'index.html', content: 'web-0' },
          { kind: 'fileOnVolume', claim: 'www-web-1', path: 'index.html', content: 'web-1' },
        ],
      },
    },
    {
      id: 'delete',
      kind: 'predict',
      title: 'storage.delete.title',
      text: 'storage.delete.text',
      highlight: ['pod/web-0', 'pvc/www-web-0'],
      teaches: ['一.3'],
      options: [
        { id: 'forbidden', text: 'storage.delete.forbidden', explain: 'storage.delete.forbidden.why' },
        { id: 'web-0', text: 'storage.delete.web-0', explain: 'storage.delete.web-0.why' },
        { id: 'web-1', text: 'storage.delete.web-1', explain: 'storage.delete.web-1.why' },
      ],
      answer: 'web-0',
      reveal: ['kubectl delete pod web-0', 'kubectl wait --for=condition=Ready pod/web-0', CURL('web-0')],
      revealText: 'storage.delete.reveal',
      proof: {
        kind: 'all',
        goals: [
          { kind: 'podRecreated', pod: 'web-0' },
          { kind: 'podsReady', set: 'web', names: ['web-0'] },
          { kind: 'fileOnVolume', claim: 'www-web-0', path: 'index.html', content: 'web-0' },
        ],
      },
    },
    {
      id: 'scale-down',
      kind: 'predict',
      title: 'storage.scale-down.title',
      text: 'storage.scale-down.text',
      highlight: ['pvc/www-web-1'],
      teaches: ['一.3'],
      options: [
        { id: 'one', text: 'storage.scale-down.one', explain: 'storage.scale-down.one.why' },
        { id: 'two', text: 'storage.scale-down.two', explain: 'storage.scale-down.two.why' },
      ],
      answer: 'two',
      reveal: [
        'kubectl scale sts web --replicas=1',
        'kubectl wait --for=delete pod/web-1 --timeout=60s',
        'kubectl get pvc',
      ],
      revealText: 'storage.scale-down.reveal',
      proof: {
        kind: 'all',
        goals: [
          { kind: 'podAbsent', pod: 'web-1' },
          { kind: 'claimsExist', names: ['www-web-0', 'www-web-1'] },
        ],
      },
    },
    {
      id: 'scale-up',
      kind: 'narrate',
      title: 'storage.scale-up.title',
      text: 'storage.scale-up.text',
      highlight: ['pod/web-1', 'pvc/www-web-1'],
      teaches: ['一.3'],
      commands: ['kubectl scale sts web --replicas=2', 'kubectl rollout status sts/web', CURL('web-1')],
      expect: {
        kind: 'all',
        goals: [
          { kind: 'podsReady', set: 'web', names: ['web-1'] },
          { kind: 'fileOnVolume', claim: 'www-web-1', path: 'index.html', content: 'web-1' },
        ],
      },
    },
    {
      id: 'shared',
      kind: 'narrate',
      title: 'storage.shared.title',
      text: 'storage.shared.text',
      highlight: ['rs/cattle', 'pvc/shared-data'],
      teaches: ['一.3'],
      commands: [
        'kubectl apply -f cattle.yaml',
        'kubectl wait --for=condition=Ready pod -l app=cattle --timeout=60s',
        "kubectl exec rs/cattle -- sh -c 'echo moo > /usr/share/nginx/html/index.html'",
        'kubectl describe pvc shared-data',
      ],
      expect: { kind: 'fileOnVolume', claim: 'shared-data', path: 'index.html', content: 'moo' },
    },
    {
      id: 'retention',
      kind: 'challenge',
      title: 'storage.retention.title',
      text: 'storage.retention.text',
      highlight: ['sts/web', 'pvc/www-web-1'],
      teaches: ['一.3'],
      goal: {
        kind: 'all',
        goals: [
          { kind: 'podsReady', set: 'web', count: 1 },
          { kind: 'claimsExist', names: ['www-web-0'] },
          { kind: 'objectAbsent', ref: 'pvc/www-web-1' },
        ],
      },
      hints: ['storage.retention.hint1', 'storage.retention.hint2', 'storage.retention.hint3'],
      solution: [
        RETAIN_DELETE,
        'kubectl scale sts web --replicas=1',
        'kubectl wait --for=delete pvc/www-web-1 --timeout=60s',
        'kubectl get pvc',
      ],
    },
    {
      id: 'fresh',
      kind: 'predict',
      title: 'storage.fresh.title',
      text: 'storage.fresh.text',
      highlight: ['pvc/www-web-1'],
      teaches: ['一.3'],
      options: [
        { id: 'old', text: 'storage.fresh.old', explain: 'storage.fresh.old.why' },
        { id: 'empty', text: 'storage.fresh.empty', explain: 'storage.fresh.empty.why' },
        { id: 'pending', text: 'storage.fresh.pending', explain: 'storage.fresh.pending.why' },
      ],
      answer: 'empty',
      reveal: [
        'kubectl scale sts web --replicas=2',
        'kubectl rollout status sts/web',
        'kubectl get pvc',
        CURL('web-1'),
      ],
      revealText: 'storage.fresh.reveal',
      proof: {
        kind: 'all',
        goals: [
          { kind: 'podsReady', set: 'web', names: ['web-1'] },
          { kind: 'claimBoundTo', claim: 'www-web-1' },
          { kind: 'not', goal: { kind: 'fileOnVolume', claim: 'www-web-1', path: 'index.html' } },
        ],
      },
    },
    {
      id: 'recap',
      kind: 'recap',
      title: 'storage.recap.title',
      text: 'storage.recap.text',
      points: ['storage.recap.p1', 'storage.recap.p2', 'storage.recap.p3', 'storage.recap.p4'],
    },
  ],
});
