// Lesson 10: updates. RollingUpdate replaces pods from the highest ordinal down, one at a time;
// partition stages an update, makes a canary and phases it in; OnDelete leaves the replacing to
// you; a broken template needs a forced rollback (revert, then delete the broken pod).
import { defineLesson, type Step } from '../schema.ts';

/** Each pod with its image, one per line (the tutorial's way of showing every pod's revision). */
const IMAGES =
  'kubectl get pods -l app=nginx -o jsonpath=\'{range .items[*]}{.metadata.name}{"\\t"}{.spec.containers[0].image}{"\\n"}{end}\'';
const IMAGE = (tag: string) => `registry.k8s.io/nginx-slim:${tag}`;
const SET_IMAGE = (tag: string) => `kubectl set image sts/web nginx=${IMAGE(tag)}`;
const PARTITION = (n: number) =>
  `kubectl patch sts web -p '{"spec":{"updateStrategy":{"type":"RollingUpdate","rollingUpdate":{"partition":${n}}}}}'`;
const ON_DELETE = `kubectl patch sts web -p '{"spec":{"updateStrategy":{"type":"OnDelete","rollingUpdate":null}}}'`;

const images = (...tags: string[]) =>
  tags.map((tag, i) => ({ kind: 'podImage' as const, pod: `web-${i}`, image: IMAGE(tag) }));

const steps: Step[] = [
  {
    id: 'first',
    kind: 'predict',
    title: 'updates.first.title',
    text: 'updates.first.text',
    highlight: ['sts/web'],
    options: [
      { id: 'lowest', text: 'updates.first.lowest', explain: 'updates.first.lowest.why' },
      { id: 'highest', text: 'updates.first.highest', explain: 'updates.first.highest.why' },
      { id: 'all', text: 'updates.first.all', explain: 'updates.first.all.why' },
      { id: 'none', text: 'updates.first.none', explain: 'updates.first.none.why' },
    ],
    answer: 'highest',
    reveal: [SET_IMAGE('0.8'), 'kubectl get pods -l app=nginx'],
    revealText: 'updates.first.reveal',
    proof: {
      kind: 'all',
      goals: [{ kind: 'podTerminating', pod: 'web-2' }, ...images('0.7', '0.7')],
    },
  },
  {
    id: 'rolling',
    kind: 'act',
    title: 'updates.rolling.title',
    text: 'updates.rolling.text',
    highlight: ['sts/web'],
    command: 'kubectl rollout status sts/web',
    goal: { kind: 'all', goals: images('0.8', '0.8', '0.8') },
    solution: ['kubectl rollout status sts/web', IMAGES],
  },
  {
    id: 'staging',
    kind: 'narrate',
    title: 'updates.staging.title',
    text: 'updates.staging.text',
    highlight: ['sts/web'],
    commands: [PARTITION(3), SET_IMAGE('0.21'), 'sleep 20', IMAGES],
    expect: { kind: 'all', goals: images('0.8', '0.8', '0.8') },
  },
  {
    id: 'below',
    kind: 'predict',
    title: 'updates.below.title',
    text: 'updates.below.text',
    highlight: ['pod/web-2'],
    options: [
      { id: 'new', text: 'updates.below.new', explain: 'updates.below.new.why' },
      { id: 'old', text: 'updates.below.old', explain: 'updates.below.old.why' },
      { id: 'first', text: 'updates.below.first', explain: 'updates.below.first.why' },
    ],
    answer: 'old',
    reveal: ['kubectl delete pod web-2', 'kubectl wait --for=condition=Ready pod/web-2', IMAGES],
    revealText: 'updates.below.reveal',
    proof: {
      kind: 'all',
      goals: [
        { kind: 'podRecreated', pod: 'web-2' },
        { kind: 'podImage', pod: 'web-2', image: IMAGE('0.8') },
      ],
    },
  },
  {
    id: 'canary',
    kind: 'narrate',
    title: 'updates.canary.title',
    text: 'updates.canary.text',
    highlight: ['pod/web-2'],
    commands: [PARTITION(2), 'kubectl rollout status sts/web', IMAGES],
    expect: { kind: 'all', goals: images('0.8', '0.8', '0.21') },
  },
  {
    id: 'phased',
    kind: 'narrate',
    title: 'updates.phased.title',
    text: 'updates.phased.text',
    highlight: ['pod/web-1', 'pod/web-0'],
    commands: [PARTITION(0), 'kubectl rollout status sts/web', IMAGES],
    expect: { kind: 'all', goals: images('0.21', '0.21', '0.21') },
  },
  {
    id: 'own-canary',
    kind: 'challenge',
    title: 'updates.own-canary.title',
    text: 'updates.own-canary.text',
    highlight: ['pod/web-2'],
    goal: {
      kind: 'all',
      goals: [...images('0.21', '0.21', '0.24'), { kind: 'podsReady', set: 'web', names: ['web-2'] }],
    },
    hints: ['updates.own-canary.hint1', 'updates.own-canary.hint2'],
    solution: [PARTITION(2), SET_IMAGE('0.24'), 'kubectl rollout status sts/web', IMAGES],
  },
  {
    id: 'on-delete',
    kind: 'narrate',
    title: 'updates.on-delete.title',
    text: 'updates.on-delete.text',
    highlight: ['sts/web', 'pod/web-0'],
    commands: [
      ON_DELETE,
      SET_IMAGE('0.8'),
      'sleep 20',
      IMAGES,
      'kubectl delete pod web-0',
      'kubectl wait --for=condition=Ready pod/web-0',
      IMAGES,
    ],
    expect: { kind: 'all', goals: images('0.8', '0.21', '0.24') },
  },
  {
    id: 'broken',
    kind: 'narrate',
    title: 'updates.broken.title',
    text: 'updates.broken.text',
    highlight: ['pod/web-2'],
    commands: [
      PARTITION(0),
      'kubectl rollout status sts/web',
      SET_IMAGE('9.9'),
      'sleep 60',
      'kubectl get pods -l app=nginx',
      'timeout 10 kubectl rollout status sts/web',
    ],
    expect: {
      kind: 'all',
      goals: [
        ...images('0.8', '0.8'),
        { kind: 'podImage', pod: 'web-2', image: IMAGE('9.9') },
        { kind: 'not', goal: { kind: 'podsReady', set: 'web', names: ['web-2'] } },
      ],
    },
  },
  {
    id: 'revert',
    kind: 'predict',
    title: 'updates.revert.title',
    text: 'updates.revert.text',
    highlight: ['pod/web-2'],
    options: [
      { id: 'heals', text: 'updates.revert.heals', explain: 'updates.revert.heals.why' },
      { id: 'stuck', text: 'updates.revert.stuck', explain: 'updates.revert.stuck.why' },
      { id: 'in-place', text: 'updates.revert.in-place', explain: 'updates.revert.in-place.why' },
    ],
    answer: 'stuck',
    reveal: [SET_IMAGE('0.8'), 'sleep 60', 'kubectl get pods -l app=nginx', IMAGES],
    revealText: 'updates.revert.reveal',
    proof: {
      kind: 'all',
      goals: [
        { kind: 'eventSeen', reason: 'BackOff', object: 'web-2' },
        { kind: 'podImage', pod: 'web-2', image: IMAGE('9.9') },
        { kind: 'not', goal: { kind: 'podsReady', set: 'web', names: ['web-2'] } },
        { kind: 'not', goal: { kind: 'podRecreated', pod: 'web-2' } },
      ],
    },
  },
  {
    id: 'rollback',
    kind: 'challenge',
    title: 'updates.rollback.title',
    text: 'updates.rollback.text',
    highlight: ['pod/web-2'],
    goal: {
      kind: 'all',
      goals: [...images('0.8', '0.8', '0.8'), { kind: 'podsReady', set: 'web', count: 3 }],
    },
    hints: ['updates.rollback.hint1', 'updates.rollback.hint2'],
    solution: ['kubectl delete pod web-2', 'kubectl rollout status sts/web', IMAGES],
  },
  {
    id: 'recap',
    kind: 'recap',
    title: 'updates.recap.title',
    text: 'updates.recap.text',
    points: ['updates.recap.p1', 'updates.recap.p2', 'updates.recap.p3', 'updates.recap.p4'],
  },
];

export const updates = defineLesson({
  id: 'updates',
  number: 10,
  title: 'updates.title',
  summary: 'updates.summary',
  session: { seed: 1, storage: 'dynamic' },
  setup: ['kubectl apply -f web.yaml', 'kubectl scale sts web --replicas=3', 'kubectl rollout status sts/web'],
  steps,
});
