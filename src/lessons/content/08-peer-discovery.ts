// Lesson 8 (notes 三): peers find each other through DNS, not the API server. A and SRV records
// of the headless Service, the book's fan-out data store, records that follow scaling and
// readiness, and publishNotReadyAddresses.
import { defineLesson } from '../schema.ts';
import { KUBIA_PEERS_YAML, KUBIA_SERVICE_UNREADY_YAML, PV_D_YAML } from './manifests.ts';

const POD_URL = (pod: string) => `localhost:8001/api/v1/namespaces/default/pods/${pod}/proxy/`;
const SRV = 'dig +short SRV kubia.default.svc.cluster.local';

export const peerDiscovery = defineLesson({
  id: 'peer-discovery',
  number: 8,
  title: 'peer-discovery.title',
  summary: 'peer-discovery.summary',
  session: { seed: 5, storage: 'manual' },
  files: {
    'kubia-peers.yaml': KUBIA_PEERS_YAML,
    'kubia-service-unready.yaml': KUBIA_SERVICE_UNREADY_YAML,
    'pv-d.yaml': PV_D_YAML,
  },
  setup: [
    'kubectl apply -f persistent-volumes.yaml',
    'kubectl apply -f kubia-service-headless.yaml',
    'kubectl apply -f kubia-service-public.yaml',
    'kubectl apply -f kubia-peers.yaml',
    'kubectl rollout status sts/kubia',
    'kubectl proxy',
  ],
  steps: [
    {
      id: 'old-manifest',
      kind: 'narrate',
      title: 'peer-discovery.old-manifest.title',
      text: 'peer-discovery.old-manifest.text',
      teaches: ['三'],
      commands: ['kubectl apply -f kubia-statefulset-peers.yaml', 'kubectl get pods'],
      failing: ['kubectl apply -f kubia-statefulset-peers.yaml'],
      expect: { kind: 'podsReady', set: 'kubia', count: 2 },
    },
    {
      id: 'records',
      kind: 'narrate',
      title: 'peer-discovery.records.title',
      text: 'peer-discovery.records.text',
      highlight: ['svc/kubia', 'pod/kubia-0', 'pod/kubia-1'],
      teaches: ['三'],
      commands: ['dig +short kubia-0.kubia.default.svc.cluster.local', 'dig SRV kubia.default.svc.cluster.local'],
      expect: { kind: 'srvRecordCount', service: 'kubia', count: 2 },
    },
    {
      id: 'fan-out',
      kind: 'narrate',
      title: 'peer-discovery.fan-out.title',
      text: 'peer-discovery.fan-out.text',
      highlight: ['pod/kubia-0', 'pod/kubia-1'],
      teaches: ['三'],
      commands: [
        `curl -X POST -d "kubia-0 likes clover" ${POD_URL('kubia-0')}`,
        `curl -X POST -d "kubia-1 likes hay" ${POD_URL('kubia-1')}`,
        'curl localhost:8001/api/v1/namespaces/default/services/kubia-public/proxy/',
      ],
      expect: {
        kind: 'all',
        goals: [
          { kind: 'fileOnVolume', claim: 'data-kubia-0', path: 'kubia.txt', content: 'kubia-0 likes clover' },
          { kind: 'fileOnVolume', claim: 'data-kubia-1', path: 'kubia.txt', content: 'kubia-1 likes hay' },
        ],
      },
    },
    {
      id: 'grow',
      kind: 'predict',
      title: 'peer-discovery.grow.title',
      text: 'peer-discovery.grow.text',
      highlight: ['sts/kubia'],
      teaches: ['三'],
      options: [
        { id: 'two', text: 'peer-discovery.grow.two', explain: 'peer-discovery.grow.two.why' },
        { id: 'three', text: 'peer-discovery.grow.three', explain: 'peer-discovery.grow.three.why' },
        { id: 'config', text: 'peer-discovery.grow.config', explain: 'peer-discovery.grow.config.why' },
      ],
      answer: 'three',
      reveal: [
        'kubectl scale sts kubia --replicas=3',
        'kubectl rollout status sts/kubia',
        SRV,
        `curl ${POD_URL('kubia-0')}`,
      ],
      revealText: 'peer-discovery.grow.reveal',
      proof: {
        kind: 'all',
        goals: [
          { kind: 'podsReady', set: 'kubia', count: 3 },
          { kind: 'srvRecordCount', service: 'kubia', count: 3 },
        ],
      },
    },
    {
      id: 'readiness',
      kind: 'narrate',
      title: 'peer-discovery.readiness.title',
      text: 'peer-discovery.readiness.text',
      highlight: ['pod/kubia-1'],
      teaches: ['三'],
      commands: ['sim readiness kubia-1 fail', 'sleep 5', 'kubectl get pods', SRV, `curl ${POD_URL('kubia-0')}`],
      expect: { kind: 'srvRecordCount', service: 'kubia', count: 2 },
    },
    {
      id: 'not-ready',
      kind: 'narrate',
      title: 'peer-discovery.not-ready.title',
      text: 'peer-discovery.not-ready.text',
      highlight: ['svc/kubia', 'pod/kubia-1'],
      teaches: ['二', '三'],
      commands: ['kubectl apply -f kubia-service-unready.yaml', SRV],
      expect: { kind: 'srvRecordCount', service: 'kubia', count: 3 },
    },
    {
      id: 'four',
      kind: 'challenge',
      title: 'peer-discovery.four.title',
      text: 'peer-discovery.four.text',
      highlight: ['sts/kubia'],
      teaches: ['三', '二'],
      goal: {
        kind: 'all',
        goals: [
          { kind: 'podsReady', set: 'kubia', count: 4 },
          { kind: 'srvRecordCount', service: 'kubia', count: 4 },
        ],
      },
      hints: ['peer-discovery.four.hint1', 'peer-discovery.four.hint2', 'peer-discovery.four.hint3'],
      solution: [
        'sim readiness kubia-1 pass',
        'kubectl apply -f pv-d.yaml',
        'kubectl scale sts kubia --replicas=4',
        'kubectl rollout status sts/kubia',
        SRV,
      ],
    },
    {
      id: 'consensus',
      kind: 'narrate',
      title: 'peer-discovery.consensus.title',
      text: 'peer-discovery.consensus.text',
      teaches: ['三'],
      commands: [`curl ${POD_URL('kubia-3')}`],
    },
    {
      id: 'recap',
      kind: 'recap',
      title: 'peer-discovery.recap.title',
      text: 'peer-discovery.recap.text',
      points: ['peer-discovery.recap.p1', 'peer-discovery.recap.p2', 'peer-discovery.recap.p3'],
    },
  ],
});
