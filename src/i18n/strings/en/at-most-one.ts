// English: lesson 6, at most one.
export const enAtMostOne = {
  'at-most-one.title': 'At most one',
  'at-most-one.summary':
    'Two pods with the same identity must never run at once. Why the controller would rather wait than start a twin, and what it takes to break the rule.',
  'at-most-one.rule.title': 'One name, one pod',
  'at-most-one.rule.text':
    'A StatefulSet promises at most one pod per identity: at any moment, at most one kubia-0 runs anywhere in the cluster. Here is why that matters. kubia-0 keeps its data on its claim, data-kubia-0. Two processes that both believe they are kubia-0 would both write that data, each overwriting the other’s changes without knowing it, until the data is corrupt. (This lesson uses the book’s kubia data store, on a cluster whose volumes were made by hand.)',
  'at-most-one.wait.title': 'A slow goodbye',
  'at-most-one.wait.text':
    'kubia’s app is the container’s first process and ignores the polite stop signal, so a deleted kubia pod only ends when its 30-second grace period runs out and it is killed. You delete kubia-0. When does the StatefulSet create the new kubia-0?',
  'at-most-one.wait.at-once': 'Right away, on another node, so that two pods keep serving.',
  'at-most-one.wait.at-once.why':
    'That would mean two kubia-0 for up to 30 seconds: exactly what the rule forbids. The controller waits until the old pod object is gone.',
  'at-most-one.wait.after': 'Only once the old kubia-0 has completely disappeared.',
  'at-most-one.wait.after.why':
    'Right. While it is Terminating, the old object still holds the name, and the controller won’t create a pod whose name is taken. The replacement comes once the kubelet has confirmed that the old container stopped and the object is removed.',
  'at-most-one.wait.renamed': 'Right away, under another name such as kubia-2.',
  'at-most-one.wait.renamed.why':
    'A StatefulSet never renames a member. The missing identity is kubia-0, and only a kubia-0 can fill it.',
  'at-most-one.wait.reveal':
    'For 30 seconds kubia-0 sat in Terminating and no second kubia-0 appeared. Only once the old object was gone did the new one get created. Waiting is the price of at-most-one, and the controller pays it every time.',
  'at-most-one.blind.title': 'When nobody can confirm',
  'at-most-one.blind.text':
    'The wait works because someone confirms the end: the kubelet on the pod’s node reports that the container stopped. Now cut {node}, where kubia-0 runs, off from the control plane. Its containers keep running, but its kubelet can’t report anything any more. After about 50 seconds the node is marked NotReady, yet kubia-0’s row still shows the last thing the kubelet said: Running.',
  'at-most-one.twin.title': 'Break the rule',
  'at-most-one.twin.text':
    'On purpose, just to see it happen: make two copies of kubia-0 run at the same time. The simulator shows the ground truth (what really runs where, and every identity running twice, under "violations") with sim status -o json.',
  'at-most-one.twin.hint1':
    'The controller never starts a second kubia-0 while the old pod object exists, and the cut-off kubelet can’t confirm anything. Who else can remove an object without waiting for the kubelet?',
  'at-most-one.twin.hint2':
    'You can, with a force delete: kubectl delete pod kubia-0 --grace-period=0 --force. Then wait for the new kubia-0 and run sim status -o json.',
  'at-most-one.damage.title': 'Two kubia-0, one claim',
  'at-most-one.damage.text':
    'The API shows one kubia-0, freshly created on another node. The ground truth shows two: the old one, still running on {node} where no one can see it (a ghost), and the new one. describe shows the new pod using the claim data-kubia-0, the very claim the ghost still has mounted. If both write, each wipes out the other’s changes. A ReplicaSet never faces this: every replacement gets a new random name, so a straggler and its replacement never claim the same identity.',
  'at-most-one.heal.title': 'The node comes back',
  'at-most-one.heal.text':
    'You reconnect {node}. Its kubelet finds a container running for a pod the API no longer has. What happens next?',
  'at-most-one.heal.both': 'Both keep running; someone must clean up by hand.',
  'at-most-one.heal.both.why':
    'The kubelet compares what runs on its node with what the API says should run there; a container without a pod object gets stopped.',
  'at-most-one.heal.ghost-stops': 'The kubelet stops the ghost; the new kubia-0 stays.',
  'at-most-one.heal.ghost-stops.why':
    'Right. To the kubelet the old container is an orphan: its pod object is gone, so the kubelet stops it.',
  'at-most-one.heal.new-stops': 'The new kubia-0 is stopped, because the old one was there first.',
  'at-most-one.heal.new-stops.why':
    'Nobody keeps score of who came first. For the API, kubia-0 is the new pod on another node; {node}’s kubelet only manages its own containers.',
  'at-most-one.heal.reveal':
    'Within a minute the ghost is gone and the list of violations is empty. The cluster is consistent again, but for as long as the partition lasted, two kubia-0 ran side by side. Lesson 9 shows the safer ways out.',
  'at-most-one.recap.title': 'Recap',
  'at-most-one.recap.text': 'Better late than twice.',
  'at-most-one.recap.p1':
    'At-most-one: at any moment at most one pod per identity runs. The controller creates a replacement only once the old pod object is gone, and the kubelet removes that object only after the container has stopped.',
  'at-most-one.recap.p2':
    'A force delete removes the object without that confirmation. If the old container still runs (its node is cut off, not dead), two pods with one identity and one claim run at once.',
  'at-most-one.recap.p3': 'ReplicaSets avoid the question with random names; a StatefulSet can’t, so it waits.',
} as const;
