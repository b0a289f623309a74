// English: lesson 4, scaling up and down.
export const enScaling = {
  'scaling.title': 'Scaling up and down',
  'scaling.summary':
    'Scaling up adds the next ordinals; scaling down removes the highest first, one pod at a time, keeps every claim, and stops while a pod is unhealthy.',
  'scaling.up.title': 'Scale up',
  'scaling.up.text':
    'web has two pods. Scale it up to four: kubectl scale sts web --replicas=4. Scaling up adds the next free ordinals, web-2 and then web-3, each once the one before is Ready.',
  'scaling.down-first.title': 'Who leaves first?',
  'scaling.down-first.text': 'You scale web from four pods down to two. Which pod is removed first?',
  'scaling.down-first.oldest': 'web-0, the oldest.',
  'scaling.down-first.oldest.why':
    'Age doesn’t matter. Scaling down keeps ordinals 0 to N-1, so the pods above that range go, highest first.',
  'scaling.down-first.highest': 'web-3, the highest ordinal.',
  'scaling.down-first.highest.why':
    'Right. The highest ordinal goes first, and the next one only once it is completely gone.',
  'scaling.down-first.both': 'web-2 and web-3 at the same moment.',
  'scaling.down-first.both.why':
    'Only the Parallel policy removes them together. By default the StatefulSet takes away one pod at a time: removing several members at once is how stateful systems lose data.',
  'scaling.down-first.random': 'Any one of them; the controller picks.',
  'scaling.down-first.random.why':
    'A ReplicaSet may pick; a StatefulSet never does. The order is always from the highest ordinal down.',
  'scaling.down-first.reveal':
    'Right after the command, web-3 is Terminating while web-2 still runs. web-2’s turn comes only once web-3 has completely disappeared.',
  'scaling.down-rest.title': 'The claims stay',
  'scaling.down-rest.text':
    'Watch web-2 follow once web-3 is gone. Then list the claims: scaling down removes pods, never their claims. www-web-2 and www-web-3 wait, with their data, for pods of those names to come back.',
  'scaling.sick.title': 'One sick pod',
  'scaling.sick.text':
    'Back to four pods. Then web-1’s app starts failing its readiness check: web-1 is Running but not Ready (0/1).',
  'scaling.halt.title': 'Scale down with a sick pod',
  'scaling.halt.text': 'web-1 is not Ready. You scale web from four down to two. What happens?',
  'scaling.halt.as-usual': 'web-3, then web-2 are removed as usual.',
  'scaling.halt.as-usual.why':
    'Under the default OrderedReady policy, any pod that isn’t Running and Ready halts scaling: the controller won’t take members away while the set is already missing a healthy one.',
  'scaling.halt.wait': 'Nothing is removed until web-1 is Ready again.',
  'scaling.halt.wait.why':
    'Right. The controller walks the pods from web-0 up and stops at the first one that isn’t Running and Ready, so it never reaches the pods it should remove.',
  'scaling.halt.sick-first': 'web-1 is removed first, because it is unhealthy.',
  'scaling.halt.sick-first.why':
    'Scaling down only ever removes the highest ordinals. web-1 stays in range (ordinals 0 and 1 remain), so it is never a candidate.',
  'scaling.halt.restart': 'Kubernetes restarts web-1, then scales down.',
  'scaling.halt.restart.why':
    'A failing readiness check doesn’t restart anything: it only marks the pod as not Ready. Restarting on failure is what a liveness probe is for.',
  'scaling.halt.reveal':
    'Half a minute later all four pods are still there, and READY shows 3/2: three Ready pods against a target of two. The controller is waiting for web-1.',
  'scaling.finish.title': 'Finish the scale-down',
  'scaling.finish.text': 'Let the scale-down finish: web should end up with exactly two pods, both Ready.',
  'scaling.finish.hint1': 'What is the controller waiting for? The only pod that isn’t Ready is web-1.',
  'scaling.finish.hint2': 'sim readiness web-1 pass. Then watch web-3 and web-2 leave, one after the other.',
  'scaling.recap.title': 'Recap',
  'scaling.recap.text': 'Up from the bottom, down from the top, one at a time.',
  'scaling.recap.p1': 'Scaling up creates the next ordinals, lowest first, each once the previous is Ready.',
  'scaling.recap.p2':
    'Scaling down removes the highest ordinal first, one pod at a time, each only once the previous one is completely gone. The claims stay.',
  'scaling.recap.p3':
    'In the default OrderedReady mode, a pod that isn’t Running and Ready halts scaling in both directions until it recovers.',
} as const;
