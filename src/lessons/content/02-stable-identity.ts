// Lesson 2 (notes 一.2): ordinals from 0, names that double as hostnames and DNS names, the same
// name after a replacement (the IP may change), and the costly one-Service-per-pod workaround.
import type { Goal } from '../goals.ts';
import { defineLesson } from '../schema.ts';
import { PETS_YAML } from './manifests.ts';

const NSLOOKUP_WEB0 = 'kubectl run -i --tty --image busybox:1.28 dns-test --restart=Never --rm -- nslookup web-0.nginx';

export const stableIdentity = defineLesson({
  id: 'stable-identity',
  number: 2,
  title: 'stable-identity.title',
  summary: 'stable-identity.summary',
  session: { seed: 1, storage: 'dynamic' },
  files: { 'pets.yaml': PETS_YAML },
  setup: ['kubectl apply -f web.yaml', 'kubectl scale sts web --replicas=3', 'kubectl rollout status sts/web'],
  steps: [
    {
      id: 'ordinals',
      kind: 'narrate',
      title: 'stable-identity.ordinals.title',
      text: 'stable-identity.ordinals.text',
      highlight: ['pod/web-0', 'pod/web-1', 'pod/web-2'],
      teaches: ['一.2'],
      commands: [
        'kubectl get pods -l app=nginx -o wide',
        'kubectl get pods -l app=nginx -L apps.kubernetes.io/pod-index',
      ],
      expect: { kind: 'podsReady', set: 'web', names: ['web-0', 'web-1', 'web-2'] },
    },
    {
      id: 'hostname',
      kind: 'act',
      title: 'stable-identity.hostname.title',
      text: 'stable-identity.hostname.text',
      highlight: ['pod/web-1', 'svc/nginx'],
      teaches: ['一.2'],
      command: 'kubectl exec web-1 -- hostname -f',
      goal: {
        kind: 'commandRun',
        pattern: '\\bexec\\b.*\\bweb-1\\b.*\\bhostname\\b',
        what: 'stable-identity.hostname.what',
      },
      solution: ['kubectl exec web-1 -- hostname -f'],
    },
    {
      id: 'dns',
      kind: 'narrate',
      title: 'stable-identity.dns.title',
      text: 'stable-identity.dns.text',
      highlight: ['pod/web-0', 'svc/nginx'],
      teaches: ['一.2'],
      commands: [NSLOOKUP_WEB0],
      expect: { kind: 'srvRecordCount', service: 'nginx', count: 3 },
    },
    {
      id: 'replace',
      kind: 'predict',
      title: 'stable-identity.replace.title',
      text: 'stable-identity.replace.text',
      highlight: ['pod/web-0'],
      teaches: ['一.2'],
      options: [
        { id: 'web-3', text: 'stable-identity.replace.web-3', explain: 'stable-identity.replace.web-3.why' },
        { id: 'same', text: 'stable-identity.replace.same', explain: 'stable-identity.replace.same.why' },
        { id: 'same-ip', text: 'stable-identity.replace.same-ip', explain: 'stable-identity.replace.same-ip.why' },
        { id: 'random', text: 'stable-identity.replace.random', explain: 'stable-identity.replace.random.why' },
      ],
      answer: 'same',
      reveal: [
        'kubectl delete pod web-0',
        'kubectl wait --for=condition=Ready pod/web-0',
        'kubectl get pods -l app=nginx -o wide',
        NSLOOKUP_WEB0,
      ],
      revealText: 'stable-identity.replace.reveal',
      proof: {
        kind: 'all',
        goals: [
          { kind: 'podRecreated', pod: 'web-0' },
          { kind: 'podsReady', set: 'web', names: ['web-0'] },
        ],
      },
    },
    {
      id: 'workaround',
      kind: 'predict',
      title: 'stable-identity.workaround.title',
      text: 'stable-identity.workaround.text',
      teaches: ['一.2'],
      options: [
        { id: 'one', text: 'stable-identity.workaround.one', explain: 'stable-identity.workaround.one.why' },
        { id: 'three', text: 'stable-identity.workaround.three', explain: 'stable-identity.workaround.three.why' },
        { id: 'six', text: 'stable-identity.workaround.six', explain: 'stable-identity.workaround.six.why' },
      ],
      answer: 'six',
      reveal: ['kubectl apply -f pets.yaml', 'kubectl get rs,svc -l app=pet'],
      revealText: 'stable-identity.workaround.reveal',
      proof: {
        kind: 'all',
        goals: (['rs/pet-a', 'rs/pet-b', 'rs/pet-c', 'svc/pet-a', 'svc/pet-b', 'svc/pet-c'] as const).map(
          (ref): Goal => ({ kind: 'objectExists', ref }),
        ),
      },
    },
    {
      id: 'workaround-cost',
      kind: 'narrate',
      title: 'stable-identity.workaround-cost.title',
      text: 'stable-identity.workaround-cost.text',
      highlight: ['rs/pet-a', 'svc/pet-a'],
      teaches: ['一.2'],
      commands: [
        'kubectl wait --for=condition=Ready pod -l app=pet --timeout=60s',
        'nslookup pet-a',
        'kubectl delete pod -l member=a',
        'kubectl wait --for=condition=Ready pod -l member=a --timeout=60s',
        'kubectl get pods -l app=pet',
        'nslookup pet-a',
      ],
      expect: { kind: 'podsReady', set: 'pet-a', count: 1 },
    },
    {
      id: 'fourth',
      kind: 'challenge',
      title: 'stable-identity.fourth.title',
      text: 'stable-identity.fourth.text',
      highlight: ['sts/web'],
      teaches: ['一.2'],
      goal: {
        kind: 'all',
        goals: [
          { kind: 'podsReady', set: 'web', names: ['web-3'] },
          {
            kind: 'commandRun',
            pattern: '\\b(nslookup|dig)\\b.*\\bweb-3\\.nginx\\b',
            what: 'stable-identity.fourth.what',
          },
        ],
      },
      hints: ['stable-identity.fourth.hint1', 'stable-identity.fourth.hint2'],
      solution: ['kubectl scale sts web --replicas=4', 'kubectl rollout status sts/web', 'nslookup web-3.nginx'],
    },
    {
      id: 'recap',
      kind: 'recap',
      title: 'stable-identity.recap.title',
      text: 'stable-identity.recap.text',
      points: ['stable-identity.recap.p1', 'stable-identity.recap.p2', 'stable-identity.recap.p3'],
    },
  ],
});
