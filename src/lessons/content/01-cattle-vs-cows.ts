// Lesson 1 (notes 一.1): a ReplicaSet and a StatefulSet under the same actions. The cattle come
// back as strangers; the named cows come back as themselves, each with its own claim.
import { defineLesson } from '../schema.ts';

export const cattleVsCows = defineLesson({
  id: 'cattle-vs-cows',
  number: 1,
  title: 'cattle-vs-cows.title',
  summary: 'cattle-vs-cows.summary',
  session: { seed: 1, storage: 'dynamic' },
  layout: 'side-by-side',
  setup: [
    'kubectl apply -f cattle.yaml',
    'kubectl apply -f web.yaml',
    'kubectl scale sts web --replicas=3',
    'kubectl rollout status sts/web',
  ],
  steps: [
    {
      id: 'welcome',
      kind: 'narrate',
      title: 'cattle-vs-cows.welcome.title',
      text: 'cattle-vs-cows.welcome.text',
      highlight: ['node/node-1', 'node/node-2', 'node/node-3'],
      commands: ['kubectl get nodes'],
    },
    {
      id: 'meet',
      kind: 'narrate',
      title: 'cattle-vs-cows.meet.title',
      text: 'cattle-vs-cows.meet.text',
      highlight: ['rs/cattle', 'sts/web'],
      teaches: ['一.1'],
      commands: ['kubectl get rs,sts', 'kubectl get pods -o wide'],
      expect: {
        kind: 'all',
        goals: [
          { kind: 'podsReady', set: 'cattle', count: 3 },
          { kind: 'podsReady', set: 'web', names: ['web-0', 'web-1', 'web-2'] },
        ],
      },
    },
    {
      id: 'disks',
      kind: 'narrate',
      title: 'cattle-vs-cows.disks.title',
      text: 'cattle-vs-cows.disks.text',
      highlight: ['pvc/shared-data', 'pvc/www-web-0', 'pvc/www-web-1', 'pvc/www-web-2'],
      teaches: ['一.1', '一.3'],
      commands: ['kubectl get pvc', 'kubectl describe pvc shared-data'],
      expect: { kind: 'claimsExist', names: ['shared-data', 'www-web-0', 'www-web-1', 'www-web-2'] },
    },
    {
      id: 'lose-some',
      kind: 'predict',
      title: 'cattle-vs-cows.lose-some.title',
      text: 'cattle-vs-cows.lose-some.text',
      highlight: ['rs/cattle', 'pod/web-1'],
      teaches: ['一.1'],
      options: [
        { id: 'same', text: 'cattle-vs-cows.lose-some.same', explain: 'cattle-vs-cows.lose-some.same.why' },
        { id: 'cows', text: 'cattle-vs-cows.lose-some.cows', explain: 'cattle-vs-cows.lose-some.cows.why' },
        { id: 'all-new', text: 'cattle-vs-cows.lose-some.all-new', explain: 'cattle-vs-cows.lose-some.all-new.why' },
        { id: 'none', text: 'cattle-vs-cows.lose-some.none', explain: 'cattle-vs-cows.lose-some.none.why' },
      ],
      answer: 'cows',
      reveal: [
        'kubectl delete pods -l app=cattle --wait=false',
        'kubectl delete pod web-1 --wait=false',
        'kubectl get pods',
        'sleep 20',
        'kubectl get pods -o wide',
      ],
      revealText: 'cattle-vs-cows.lose-some.reveal',
      proof: {
        kind: 'all',
        goals: [
          { kind: 'podsRenamed', set: 'cattle', count: 3 },
          { kind: 'podRecreated', pod: 'web-1' },
          { kind: 'podsReady', set: 'web', names: ['web-0', 'web-1', 'web-2'] },
        ],
      },
    },
    {
      id: 'grow',
      kind: 'challenge',
      title: 'cattle-vs-cows.grow.title',
      text: 'cattle-vs-cows.grow.text',
      highlight: ['rs/cattle', 'sts/web'],
      teaches: ['一.1', '一.2'],
      goal: {
        kind: 'all',
        goals: [
          { kind: 'podsReady', set: 'cattle', count: 4 },
          { kind: 'podsReady', set: 'web', count: 4 },
        ],
      },
      hints: ['cattle-vs-cows.grow.hint1', 'cattle-vs-cows.grow.hint2'],
      solution: [
        'kubectl scale rs cattle --replicas=4',
        'kubectl scale sts web --replicas=4',
        'kubectl rollout status sts/web',
        'kubectl wait --for=condition=Ready pod -l app=cattle --timeout=60s',
      ],
    },
    {
      id: 'recap',
      kind: 'recap',
      title: 'cattle-vs-cows.recap.title',
      text: 'cattle-vs-cows.recap.text',
      points: ['cattle-vs-cows.recap.p1', 'cattle-vs-cows.recap.p2', 'cattle-vs-cows.recap.p3'],
    },
  ],
});
