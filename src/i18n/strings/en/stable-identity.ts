// English: lesson 2, stable identity.
export const enStableIdentity = {
  'stable-identity.title': 'Stable identity',
  'stable-identity.summary':
    'Pods numbered from 0, whose names are also hostnames and DNS names and survive a replacement, and what it took to get that before StatefulSets.',
  'stable-identity.ordinals.title': 'Numbered from zero',
  'stable-identity.ordinals.text':
    'A StatefulSet numbers its pods 0, 1, 2… This number is the ordinal index, and a pod’s name is always <set name>-<ordinal>. The controller also writes the ordinal into a label, apps.kubernetes.io/pod-index, so you can select by it or show it as a column.',
  'stable-identity.hostname.title': 'Ask a pod who it is',
  'stable-identity.hostname.text':
    'A pod’s name is also its hostname. The StatefulSet names a governing Service in its serviceName field (here nginx, a headless Service), and together they give each pod a DNS name: <pod>.<service>.<namespace>.svc.cluster.local. Ask web-1 for its full name: kubectl exec web-1 -- hostname -f.',
  'stable-identity.hostname.what': 'run hostname inside web-1 (kubectl exec web-1 -- hostname -f)',
  'stable-identity.dns.title': 'A name others can use',
  'stable-identity.dns.text':
    'Other pods can reach web-0 by that name. This command starts a throwaway busybox pod that looks up web-0.nginx and is deleted afterwards; inside the same namespace the short form is enough. The answer is web-0’s current IP address.',
  'stable-identity.replace.title': 'Replace a cow',
  'stable-identity.replace.text':
    'You delete web-0. The StatefulSet notices that an identity is missing. What will the replacement look like?',
  'stable-identity.replace.web-3': 'It is called web-3, the next free number.',
  'stable-identity.replace.web-3.why':
    'New numbers only appear when you scale up. A replacement fills the gap that was left, so it is web-0 again.',
  'stable-identity.replace.same': 'It is web-0 again, with the same DNS name; its IP address may change.',
  'stable-identity.replace.same.why':
    'Right. Name, hostname, DNS name and claim belong to the ordinal, not to whichever pod carries them. The IP address comes from the node the new pod lands on.',
  'stable-identity.replace.same-ip': 'It is web-0 again, with exactly the same IP address.',
  'stable-identity.replace.same-ip.why':
    'The name is stable; the IP address isn’t. The new pod gets whatever address its node hands out. That is why peers should find each other by DNS name, never by IP.',
  'stable-identity.replace.random': 'It gets a random name, like a ReplicaSet pod.',
  'stable-identity.replace.random.why':
    'That is the cattle way. A StatefulSet recreates the missing identity under its own name.',
  'stable-identity.replace.reveal':
    'Compare the tables: web-0 is young again, but it is still web-0, and web-0.nginx still resolves, to the new pod’s address.',
  'stable-identity.workaround.title': 'Before StatefulSets',
  'stable-identity.workaround.text':
    'Before StatefulSets, people built stable identities by hand. A Service keeps its virtual IP and its DNS name for as long as it exists, so each member got a Service of its own, with a ReplicaSet of one pod behind it. How many objects does that take for three members?',
  'stable-identity.workaround.one': 'One: a single ReplicaSet of three pods.',
  'stable-identity.workaround.one.why':
    'One ReplicaSet gives you three interchangeable pods and no way to tell them apart from outside.',
  'stable-identity.workaround.three': 'Three: one Service per member.',
  'stable-identity.workaround.three.why':
    'A Service runs no pods. Something must keep each member’s pod alive: a ReplicaSet per member, on top of the Services.',
  'stable-identity.workaround.six': 'Six: one ReplicaSet and one Service per member.',
  'stable-identity.workaround.six.why':
    'Right. Each member needs a ReplicaSet to keep its one pod alive and a Service to give it a lasting name.',
  'stable-identity.workaround.reveal':
    'pets.yaml holds six objects for three members, pet-a, pet-b and pet-c: for each, a ReplicaSet with one pod and a Service in front of it.',
  'stable-identity.workaround-cost.title': 'It works, at a price',
  'stable-identity.workaround-cost.text':
    'Delete pet-a’s pod: the ReplicaSet replaces it with a stranger, yet pet-a still resolves to the same virtual IP, because the name belongs to the Service. So the trick works. Now count the cost: every member is two objects written by hand, a fourth member means two more, a disk of its own would take one more claim per member, and nothing starts the members in order. With one or two members people still do this, because each piece is simple; a StatefulSet does all of it with one object and one headless Service.',
  'stable-identity.fourth.title': 'A fourth member',
  'stable-identity.fourth.text':
    'Add a fourth member to web and show that it has a DNS name: from inside the cluster, look up web-3.nginx and get an answer.',
  'stable-identity.fourth.what': 'a successful lookup of web-3.nginx (nslookup or dig)',
  'stable-identity.fourth.hint1':
    'Scale first: kubectl scale sts web --replicas=4. The new pod’s name follows from the rule you have seen.',
  'stable-identity.fourth.hint2':
    'A name only resolves once its pod is Ready. Then run nslookup web-3.nginx (or the busybox kubectl run … line with web-3.nginx).',
  'stable-identity.recap.title': 'Recap',
  'stable-identity.recap.text': 'The identity belongs to the ordinal, not to the pod.',
  'stable-identity.recap.p1':
    'A StatefulSet numbers its pods from 0; a pod’s name is <set>-<ordinal>, and it is also its hostname.',
  'stable-identity.recap.p2':
    'With the governing headless Service, every Ready pod has a DNS name, <pod>.<service>. A replacement keeps the name; only the IP may change, so use names, not IPs.',
  'stable-identity.recap.p3':
    'Without a StatefulSet, a stable name takes a Service and a ReplicaSet per member: it works, but the objects multiply and nothing keeps an order.',
} as const;
