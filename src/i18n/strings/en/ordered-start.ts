// English: lesson 3, ordered creation and readiness.
export const enOrderedStart = {
  'ordered-start.title': 'One at a time',
  'ordered-start.summary':
    'A StatefulSet starts its pods in order, each only once the one before is Running and Ready; one pod that isn’t Ready stops the line. The Parallel policy is the contrast.',
  'ordered-start.ready.title': 'What “Ready” means',
  'ordered-start.ready.text':
    'The cluster is empty. We are about to create web from a manifest with a readiness probe: a check the kubelet (the agent on each node) runs every two seconds against the app. A pod is Ready while that check passes. Ready matters: only Ready pods receive traffic, and, as you will see, a StatefulSet waits for it.',
  'ordered-start.who-first.title': 'Who goes first?',
  'ordered-start.who-first.text':
    'You apply the manifest: a headless Service and the StatefulSet web with two replicas. When is web-1 created?',
  'ordered-start.who-first.together': 'At the same moment as web-0.',
  'ordered-start.who-first.together.why':
    'That is what the Parallel policy does. The default policy, OrderedReady, creates one pod at a time.',
  'ordered-start.who-first.after-ready': 'Only once web-0 is Running and Ready.',
  'ordered-start.who-first.after-ready.why':
    'Right. Under the default OrderedReady policy the controller creates web-0, then waits until it is Running and Ready before it creates web-1.',
  'ordered-start.who-first.scheduled': 'As soon as web-0 has been placed on a node.',
  'ordered-start.who-first.scheduled.why':
    'Being placed on a node isn’t enough: the controller waits until web-0 runs and passes its readiness check.',
  'ordered-start.who-first.reverse': 'web-1 first, then web-0.',
  'ordered-start.who-first.reverse.why':
    'Creation always counts up from the lowest ordinal. The high-to-low order belongs to scaling down and to updates.',
  'ordered-start.who-first.reveal':
    'Read the watch from the top: web-0 goes ContainerCreating, then Running 0/1 (started, not yet checked), then 1/1 (Ready), and only then does web-1 appear as Pending. Same again for web-1.',
  'ordered-start.break.title': 'Break a pod',
  'ordered-start.break.text':
    'Make web-1’s app fail its readiness check. (sim readiness is the simulator’s stand-in for an app that stops answering.) Run sim readiness web-1 fail and watch READY drop to 0/1 while STATUS stays Running: the container runs, but it reports that it can’t serve.',
  'ordered-start.stuck.title': 'The line stops',
  'ordered-start.stuck.text':
    'Now ask for a third pod. The controller creates pods strictly in order, and web-1 isn’t Ready, so web-2 isn’t created at all, not even after half a minute. The set wants 3 pods and shows 1 Ready.',
  'ordered-start.unstick.title': 'Unblock the line',
  'ordered-start.unstick.text': 'Get web-0, web-1 and web-2 all Running and Ready, without deleting the StatefulSet.',
  'ordered-start.unstick.hint1': 'What is the controller waiting for? Look at web-1’s READY column.',
  'ordered-start.unstick.hint2':
    'Let web-1 pass its readiness check again: sim readiness web-1 pass. (Deleting web-1 works too: its replacement starts out healthy.)',
  'ordered-start.parallel.title': 'The other policy: Parallel',
  'ordered-start.parallel.text':
    'podManagementPolicy: Parallel removes the waiting. It can’t be changed on an existing StatefulSet, so we delete web (its claims stay behind) and apply web-parallel.yaml, the same set with Parallel and without the readiness probe. Both pods start together.',
  'ordered-start.scale-parallel.title': 'Scaling in parallel',
  'ordered-start.scale-parallel.text':
    'The Parallel set has two Ready pods. You scale it to five. How are web-2, web-3 and web-4 created?',
  'ordered-start.scale-parallel.one-by-one': 'One by one, each once the one before is Ready.',
  'ordered-start.scale-parallel.one-by-one.why': 'That is OrderedReady, the default you saw first.',
  'ordered-start.scale-parallel.together': 'All three at once.',
  'ordered-start.scale-parallel.together.why':
    'Right. Parallel creates every missing pod in the same pass, without waiting for readiness.',
  'ordered-start.scale-parallel.highest': 'web-4 first, then web-3, then web-2.',
  'ordered-start.scale-parallel.highest.why':
    'No policy creates pods from the top. Parallel simply doesn’t wait at all.',
  'ordered-start.scale-parallel.reveal':
    'All three appeared in the same instant and became Ready in whatever order they finished starting. Parallel only changes scaling: an update still replaces pods one at a time.',
  'ordered-start.recap.title': 'Recap',
  'ordered-start.recap.text': 'OrderedReady: one at a time, and only after Ready.',
  'ordered-start.recap.p1':
    'By default (OrderedReady) pods are created from the lowest ordinal up, each only once all the ones before it are Running and Ready.',
  'ordered-start.recap.p2': 'A pod that isn’t Ready stops the line: no pod after it is created until it recovers.',
  'ordered-start.recap.p3':
    'podManagementPolicy: Parallel creates (and removes) pods without waiting. It affects scaling only, and can’t be changed on an existing set.',
} as const;
