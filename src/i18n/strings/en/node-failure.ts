// English: lesson 9, node failure.
export const enNodeFailure = {
  'node-failure.title': 'When a node fails',
  'node-failure.summary':
    'A pod whose node stops answering, on a clock: NotReady, the pod stuck in Terminating, the delete that changes nothing, the force delete and its ghost, and the safe ways out.',
  'node-failure.normal.title': 'The normal case',
  'node-failure.normal.text':
    'First the everyday case. When a pod dies on a healthy node (here we delete kubia-1), that node’s kubelet stops the container and confirms it, and the StatefulSet creates kubia-1 again, with the same name and the same claim. It takes 30 seconds only because kubia ignores the polite stop signal. Note where kubia-0 runs: {node}.',
  'node-failure.cut.title': 'Cut the cable',
  'node-failure.cut.text':
    'Now the hard case, and from here on, watch the clock. Cut {node} off the network: run sim partition {node}. Its kubelet can no longer reach the control plane, but nothing on the node stops: kubia-0 keeps running. For now kubectl shows nothing unusual, because the control plane doesn’t know yet.',
  'node-failure.cut.what': 'cut {node} off the network (sim partition {node})',
  'node-failure.not-ready.title': 'One minute later',
  'node-failure.not-ready.text':
    'About a minute passes without a word from {node}. What do kubectl get nodes and kubectl get pods show?',
  'node-failure.not-ready.running': '{node} is NotReady; kubia-0 still shows 1/1 Running.',
  'node-failure.not-ready.running.why':
    'Right. After 50 seconds without a heartbeat (the default since v1.32), the node controller marks {node}’s status Unknown, which kubectl prints as NotReady. kubia-0’s row still repeats its kubelet’s last report; only the pod’s Ready condition was switched to False, which is why the set counts 2 of 3 Ready.',
  'node-failure.not-ready.unknown': '{node} is NotReady; kubia-0 shows Unknown.',
  'node-failure.not-ready.unknown.why':
    'That is what the book’s Kubernetes 1.7 printed. Current kubectl keeps showing what the kubelet last reported, 1/1 Running, even though the pod no longer counts as Ready.',
  'node-failure.not-ready.moved': 'kubia-0 has already been recreated on another node.',
  'node-failure.not-ready.moved.why':
    'Nothing has been deleted yet. Pods tolerate an unreachable node for 300 seconds, in case it comes back, before they are evicted.',
  'node-failure.not-ready.nothing': 'Nothing has changed: {node} is still Ready.',
  'node-failure.not-ready.nothing.why':
    'The node controller notices the missing heartbeats once its grace period (50 seconds) has passed, and marks the node NotReady.',
  'node-failure.not-ready.reveal':
    '{node} is NotReady and the set shows 2/3 Ready, yet kubia-0’s row still says 1/1 Running: old news from before the cut.',
  'node-failure.countdown.title': 'The countdown',
  'node-failure.countdown.text':
    'Behind the scenes, {node} got two taints, marks that keep pods away: unreachable:NoSchedule, so nothing new is placed there, and unreachable:NoExecute, which evicts every pod that doesn’t tolerate it. kubia-0 tolerates it for 300 s (see Tolerations in its describe output), so a five-minute countdown has started. Its Ready condition is False, so DNS has already dropped it: the SRV answer lists only kubia-1 and kubia-2.',
  'node-failure.stuck.title': 'Five minutes later',
  'node-failure.stuck.text': 'The 300 seconds run out with {node} still cut off. What happens to kubia-0?',
  'node-failure.stuck.stuck': 'It turns Terminating and stays that way; no replacement starts.',
  'node-failure.stuck.stuck.why':
    'Right. Eviction is a normal, graceful delete: it waits for {node}’s kubelet to confirm that the container stopped. That confirmation can’t arrive, so the object stays, and the name kubia-0 stays taken.',
  'node-failure.stuck.replaced': 'It is deleted and recreated on a healthy node.',
  'node-failure.stuck.replaced.why':
    'Deleted, yes, but a graceful delete only completes when the kubelet confirms it, and {node}’s kubelet can’t be reached. Until then the name kubia-0 is taken, and the StatefulSet can’t create the replacement.',
  'node-failure.stuck.running': 'Nothing: it stays Running until {node} comes back.',
  'node-failure.stuck.running.why':
    'Once its 300-second toleration has run out, the pod is evicted: it gets a deletion timestamp and shows Terminating.',
  'node-failure.stuck.gone': 'It is removed, and the set shrinks to two pods.',
  'node-failure.stuck.gone.why':
    'The set still wants three replicas. It just can’t create kubia-0 while the old object exists.',
  'node-failure.stuck.reveal':
    'kubia-0 is Terminating, with its old age, still on {node}, and two minutes later nothing has moved. The old pod can’t be removed, the new one can’t be created, and, unseen, the old container is still running.',
  'node-failure.graceful.title': 'Just delete it?',
  'node-failure.graceful.text':
    'The obvious move: delete the pod yourself. kubectl reports it deleted… and then waits for it to disappear, for ever (the simulator stops the wait after 60 seconds). Your delete is the same kind of request as the eviction: it too waits for a confirmation from {node} that can’t come. Same pod, same age, still Terminating.',
  'node-failure.way-out.title': 'A safe way out',
  'node-failure.way-out.text':
    'Get kubia-0 Running and Ready again, without there ever being two kubia-0 at the same time. (The check watches the ground truth for the whole step, not just at the end.)',
  'node-failure.way-out.hint1':
    'A stuck pod object goes away when its kubelet confirms, when its Node object is deleted, or when someone force-deletes it. As long as {node} may still be running kubia-0, only the first is safe.',
  'node-failure.way-out.hint2':
    'Repair the network: sim heal {node}. Its kubelet then stops the old container and confirms, and the StatefulSet creates kubia-0 again.',
  'node-failure.way-out.hint3':
    'If {node} were truly dead, you could tell Kubernetes so instead: power it off (sim poweroff {node}), then mark it out of service with kubectl taint nodes {node} node.kubernetes.io/out-of-service=nodeshutdown:NoExecute.',
  'node-failure.again.title': 'What a force delete does',
  'node-failure.again.text':
    'kubia-0 runs again, on {again}. Now the risky way out, the one the notes describe. Cut {again} off again and wait until it is NotReady. There is no need to wait for the eviction: a force delete works at any time.',
  'node-failure.force.title': 'Force it',
  'node-failure.force.text':
    'With {again} cut off, you run kubectl delete pod kubia-0 --grace-period=0 --force. (A grace period of 0 means: don’t wait at all.) What happens?',
  'node-failure.force.refused': 'kubectl refuses while {again} is unreachable.',
  'node-failure.force.refused.why':
    'It doesn’t refuse, it warns. The API server removes the object at once, without asking the kubelet.',
  'node-failure.force.ghost':
    'The pod object disappears at once and a new kubia-0 starts on a healthy node, while the old container keeps running on {again}.',
  'node-failure.force.ghost.why':
    'Right. A force delete deletes only the record. Nothing can reach {again} to stop the old container, so for now there are two kubia-0.',
  'node-failure.force.killed-first': 'The old container is stopped first, then the new kubia-0 starts.',
  'node-failure.force.killed-first.why':
    'Nobody can reach {again} to stop anything. That is the whole danger: the delete only changes the API’s records.',
  'node-failure.force.waits': 'Nothing happens until the five-minute eviction.',
  'node-failure.force.waits.why': 'A force delete waits for nothing: neither the eviction nor the kubelet.',
  'node-failure.force.reveal':
    'kubectl printed its warning, and meant it. The API shows one kubia-0, freshly started on a healthy node; the ground truth shows two, the new one and a ghost on {again}. A force delete is a promise that the old pod will never run again. Only make it when you know the node is dead.',
  'node-failure.clean-up.title': 'Clean up',
  'node-failure.clean-up.text':
    'Reconnect {again}. Its kubelet finds a container whose pod object is gone and stops it. The violation disappears, but only because the node came back.',
  'node-failure.out-of-service.title': 'When the node is really off',
  'node-failure.out-of-service.text':
    'Last, the safe exit for a machine that is truly down. Power off {off}, where kubia-0 now runs: its containers stop with it, but the API can’t know that. Once you have made sure the machine is off, say so with the out-of-service taint: Kubernetes then evicts the pods on that node, deletes them without waiting for the dead kubelet, and detaches their volumes, and kubia-0 starts elsewhere, with no ghost possible. When the node is repaired, you remove the taint yourself (the trailing - in the last command). Deleting the Node object (kubectl delete node) is the other such exit, and just as safe only if the machine is really off.',
  'node-failure.recap.title': 'Recap',
  'node-failure.recap.text': 'No confirmation, no replacement.',
  'node-failure.recap.p1':
    'A node that stops reporting turns NotReady after about 50 seconds; its pods keep their last status (Running) but lose Ready, and DNS drops them.',
  'node-failure.recap.p2':
    'After 300 seconds the pods are evicted: they show Terminating and stay that way, because only the unreachable kubelet can confirm the stop. The StatefulSet can’t replace kubia-0 while the old object holds its name, and a plain kubectl delete changes nothing.',
  'node-failure.recap.p3':
    'Safe exits: bring the node back (its kubelet completes the delete), or, if the machine is really off, taint it node.kubernetes.io/out-of-service or delete its Node object.',
  'node-failure.recap.p4':
    'kubectl delete --grace-period=0 --force removes the object at once. If the old container still runs, two pods share one identity and one claim: use it only when you know the node is dead.',
} as const;
