// Lesson 4 (notes 一.2): scaling up adds the next ordinals; scaling down removes the highest
// first, one at a time, keeps the claims, and stops while any pod is unhealthy.
import { defineLesson } from '../schema.ts';
import { WEB_PROBE_YAML } from './manifests.ts';

export const scaling = defineLesson({
  id: 'scaling',
  number: 4,
  title: 'scaling.title',
  summary: 'scaling.summary',
  session: { seed: 1, storage: 'dynamic' },
  files: { 'web-probe.yaml': WEB_PROBE_YAML },
  setup: ['kubectl apply -f web-probe.yaml', 'kubectl rollout status sts/web'],
  steps: [
    {
      id: 'up',
      kind: 'act',
      title: 'scaling.up.title',
      text: 'scaling.up.text',
      highlight: ['sts/web'],
      teaches: ['一.2'],
      command: 'kubectl scale sts web --replicas=4',
      goal: { kind: 'podsReady', set: 'web', count: 4 },
      solution: ['kubectl scale sts web --replicas=4', 'timeout 20 kubectl get pods -w -l app=nginx'],
    },
    {
      id: 'down-first',
      kind: 'predict',
      title: 'scaling.down-first.title',
      text: 'scaling.down-first.text',
      highlight: ['pod/web-0', 'pod/web-3'],
      teaches: ['一.2'],
      options: [
        { id: 'oldest', text: 'scaling.down-first.oldest', explain: 'scaling.down-first.oldest.why' },
        { id: 'highest', text: 'scaling.down-first.highest', explain: 'scaling.down-first.highest.why' },
        { id: 'both', text: 'scaling.down-first.both', explain: 'scaling.down-first.both.why' },
        { id: 'random', text: 'scaling.down-first.random', explain: 'scaling.down-first.random.why' },
      ],
      answer: 'highest',
      reveal: ['kubectl scale sts web --replicas=2', 'kubectl get pods -l app=nginx'],
      revealText: 'scaling.down-first.reveal',
      proof: {
        kind: 'all',
        goals: [
          { kind: 'podTerminating', pod: 'web-3' },
          { kind: 'podsReady', set: 'web', names: ['web-0', 'web-1', 'web-2'] },
        ],
      },
    },
    {
      id: 'down-rest',
      kind: 'narrate',
      title: 'scaling.down-rest.title',
      text: 'scaling.down-rest.text',
      highlight: ['pvc/www-web-2', 'pvc/www-web-3'],
      teaches: ['一.2', '一.3'],
      commands: ['timeout 20 kubectl get pods -w -l app=nginx', 'kubectl get pvc -l app=nginx'],
      expect: {
        kind: 'all',
        goals: [
          { kind: 'podsReady', set: 'web', count: 2 },
          { kind: 'claimsExist', names: ['www-web-0', 'www-web-1', 'www-web-2', 'www-web-3'] },
        ],
      },
    },
    {
      id: 'sick',
      kind: 'narrate',
      title: 'scaling.sick.title',
      text: 'scaling.sick.text',
      highlight: ['pod/web-1'],
      commands: [
        'kubectl scale sts web --replicas=4',
        'kubectl rollout status sts/web',
        'sim readiness web-1 fail',
        'sleep 5',
        'kubectl get pods -l app=nginx',
      ],
      expect: {
        kind: 'all',
        goals: [
          { kind: 'podsReady', set: 'web', names: ['web-0', 'web-2', 'web-3'] },
          { kind: 'not', goal: { kind: 'podsReady', set: 'web', names: ['web-1'] } },
        ],
      },
    },
    {
      id: 'halt',
      kind: 'predict',
      title: 'scaling.halt.title',
      text: 'scaling.halt.text',
      highlight: ['pod/web-1', 'pod/web-3'],
      teaches: ['一.2'],
      options: [
        { id: 'as-usual', text: 'scaling.halt.as-usual', explain: 'scaling.halt.as-usual.why' },
        { id: 'wait', text: 'scaling.halt.wait', explain: 'scaling.halt.wait.why' },
        { id: 'sick-first', text: 'scaling.halt.sick-first', explain: 'scaling.halt.sick-first.why' },
        { id: 'restart', text: 'scaling.halt.restart', explain: 'scaling.halt.restart.why' },
      ],
      answer: 'wait',
      reveal: [
        'kubectl scale sts web --replicas=2',
        'sleep 30',
        'kubectl get pods -l app=nginx',
        'kubectl get sts web',
      ],
      revealText: 'scaling.halt.reveal',
      proof: {
        kind: 'all',
        goals: [
          { kind: 'replicas', set: 'web', count: 2 },
          { kind: 'podsReady', set: 'web', names: ['web-2', 'web-3'] },
        ],
      },
    },
    {
      id: 'finish',
      kind: 'challenge',
      title: 'scaling.finish.title',
      text: 'scaling.finish.text',
      highlight: ['pod/web-1'],
      teaches: ['一.2'],
      goal: { kind: 'podsReady', set: 'web', count: 2 },
      hints: ['scaling.finish.hint1', 'scaling.finish.hint2'],
      solution: ['sim readiness web-1 pass', 'kubectl wait --for=delete pod/web-2 --timeout=60s', 'kubectl get pods'],
    },
    {
      id: 'recap',
      kind: 'recap',
      title: 'scaling.recap.title',
      text: 'scaling.recap.text',
      points: ['scaling.recap.p1', 'scaling.recap.p2', 'scaling.recap.p3'],
    },
  ],
});
