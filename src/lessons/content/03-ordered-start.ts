// Lesson 3 (notes 一.2, 二): pods are created one at a time, each once the one before is Running
// and Ready; a pod that isn't Ready stops the line; Parallel is the contrast (scaling only).
import { defineLesson } from '../schema.ts';
import { WEB_PROBE_YAML } from './manifests.ts';

export const orderedStart = defineLesson({
  id: 'ordered-start',
  number: 3,
  title: 'ordered-start.title',
  summary: 'ordered-start.summary',
  session: { seed: 1, storage: 'dynamic' },
  files: { 'web-probe.yaml': WEB_PROBE_YAML },
  setup: [],
  steps: [
    {
      id: 'ready',
      kind: 'narrate',
      title: 'ordered-start.ready.title',
      text: 'ordered-start.ready.text',
      commands: ['kubectl get pods'],
    },
    {
      id: 'who-first',
      kind: 'predict',
      title: 'ordered-start.who-first.title',
      text: 'ordered-start.who-first.text',
      teaches: ['一.2', '二'],
      options: [
        { id: 'together', text: 'ordered-start.who-first.together', explain: 'ordered-start.who-first.together.why' },
        {
          id: 'after-ready',
          text: 'ordered-start.who-first.after-ready',
          explain: 'ordered-start.who-first.after-ready.why',
        },
        {
          id: 'scheduled',
          text: 'ordered-start.who-first.scheduled',
          explain: 'ordered-start.who-first.scheduled.why',
        },
        { id: 'reverse', text: 'ordered-start.who-first.reverse', explain: 'ordered-start.who-first.reverse.why' },
      ],
      answer: 'after-ready',
      reveal: ['kubectl apply -f web-probe.yaml', 'timeout 30 kubectl get pods -w -l app=nginx'],
      revealText: 'ordered-start.who-first.reveal',
      proof: {
        kind: 'all',
        goals: [
          { kind: 'podsReady', set: 'web', count: 2 },
          { kind: 'createdInOrder', set: 'web', ordered: true },
        ],
      },
    },
    {
      id: 'break',
      kind: 'act',
      title: 'ordered-start.break.title',
      text: 'ordered-start.break.text',
      highlight: ['pod/web-1'],
      command: 'sim readiness web-1 fail',
      goal: { kind: 'not', goal: { kind: 'podsReady', set: 'web', names: ['web-1'] } },
      solution: ['sim readiness web-1 fail', 'sleep 5', 'kubectl get pods -l app=nginx'],
    },
    {
      id: 'stuck',
      kind: 'narrate',
      title: 'ordered-start.stuck.title',
      text: 'ordered-start.stuck.text',
      highlight: ['pod/web-1', 'sts/web'],
      teaches: ['一.2'],
      commands: [
        'kubectl scale sts web --replicas=3',
        'sleep 30',
        'kubectl get pods -l app=nginx',
        'kubectl get sts web',
      ],
      expect: {
        kind: 'all',
        goals: [
          { kind: 'replicas', set: 'web', count: 3 },
          { kind: 'podAbsent', pod: 'web-2' },
        ],
      },
    },
    {
      id: 'unstick',
      kind: 'challenge',
      title: 'ordered-start.unstick.title',
      text: 'ordered-start.unstick.text',
      highlight: ['pod/web-1'],
      teaches: ['一.2'],
      goal: { kind: 'podsReady', set: 'web', names: ['web-0', 'web-1', 'web-2'] },
      hints: ['ordered-start.unstick.hint1', 'ordered-start.unstick.hint2'],
      solution: ['sim readiness web-1 pass', 'kubectl rollout status sts/web'],
    },
    {
      id: 'parallel',
      kind: 'narrate',
      title: 'ordered-start.parallel.title',
      text: 'ordered-start.parallel.text',
      highlight: ['sts/web'],
      commands: [
        'kubectl delete sts web',
        'sleep 5',
        'kubectl apply -f web-parallel.yaml',
        'timeout 20 kubectl get pods -w -l app=nginx',
      ],
      expect: { kind: 'podsReady', set: 'web', count: 2 },
    },
    {
      id: 'scale-parallel',
      kind: 'predict',
      title: 'ordered-start.scale-parallel.title',
      text: 'ordered-start.scale-parallel.text',
      highlight: ['sts/web'],
      teaches: ['一.2'],
      options: [
        {
          id: 'one-by-one',
          text: 'ordered-start.scale-parallel.one-by-one',
          explain: 'ordered-start.scale-parallel.one-by-one.why',
        },
        {
          id: 'together',
          text: 'ordered-start.scale-parallel.together',
          explain: 'ordered-start.scale-parallel.together.why',
        },
        {
          id: 'highest',
          text: 'ordered-start.scale-parallel.highest',
          explain: 'ordered-start.scale-parallel.highest.why',
        },
      ],
      answer: 'together',
      reveal: ['kubectl scale sts web --replicas=5', 'timeout 20 kubectl get pods -w -l app=nginx'],
      revealText: 'ordered-start.scale-parallel.reveal',
      proof: {
        kind: 'all',
        goals: [
          { kind: 'podsReady', set: 'web', count: 5 },
          { kind: 'createdInOrder', set: 'web', ordered: false },
        ],
      },
    },
    {
      id: 'recap',
      kind: 'recap',
      title: 'ordered-start.recap.title',
      text: 'ordered-start.recap.text',
      points: ['ordered-start.recap.p1', 'ordered-start.recap.p2', 'ordered-start.recap.p3'],
    },
  ],
});
