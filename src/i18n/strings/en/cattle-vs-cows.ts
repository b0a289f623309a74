// English: lesson 1, cattle and named cows.
export const enCattleVsCows = {
  'cattle-vs-cows.title': 'Cattle and named cows',
  'cattle-vs-cows.summary':
    'A ReplicaSet and a StatefulSet side by side: interchangeable pods versus pods that keep a name, an address and a disk.',
  'cattle-vs-cows.welcome.title': 'A cluster in your browser',
  'cattle-vs-cows.welcome.text':
    'This is a simulated Kubernetes cluster: three nodes (the machines that run things) and a control plane that keeps track of everything. You talk to it with kubectl, typed in the terminal or run by the lesson; every button in the lab runs a kubectl command too, the same one you could type. Kubernetes runs apps in pods: a pod is one running copy of an app, here nginx, a web server. You rarely create pods yourself: controllers create and replace them until what runs matches what you asked for.',
  'cattle-vs-cows.meet.title': 'Two herds',
  'cattle-vs-cows.meet.text':
    'This cluster keeps two herds of nginx pods. The ReplicaSet cattle runs three interchangeable pods. They are stateless: they hold nothing worth keeping, so any one can stand in for any other, and their names end in a random suffix. The StatefulSet web runs three stateful pods: each has an identity of its own (a fixed name, a network address, a disk), like a cow you know by name. Run the commands and compare the names.',
  'cattle-vs-cows.disks.title': 'One disk for all, or one each',
  'cattle-vs-cows.disks.text':
    'Now the storage. A PersistentVolumeClaim (PVC) is a request for a piece of storage. A pod template refers to a claim by its name, so every pod made from it mounts that same claim: all the cattle share shared-data, and the describe output lists every pod using it. The StatefulSet has volumeClaimTemplates instead: from the template www it stamps out one claim per pod, www-web-0, www-web-1 and www-web-2.',
  'cattle-vs-cows.lose-some.title': 'Lose a few of each',
  'cattle-vs-cows.lose-some.text':
    'You delete all three cattle pods and web-1. Both controllers notice that pods are missing. What comes back?',
  'cattle-vs-cows.lose-some.same': 'Every pod comes back under its old name.',
  'cattle-vs-cows.lose-some.same.why':
    'Only the StatefulSet remembers names. The ReplicaSet only counts: three pods are missing, so it makes three new ones, each with a fresh random suffix.',
  'cattle-vs-cows.lose-some.cows': 'Three cattle with brand-new random names, and a pod called web-1 again.',
  'cattle-vs-cows.lose-some.cows.why':
    'Right. The ReplicaSet fills the gap with strangers; the StatefulSet recreates exactly the identity that is missing, web-1.',
  'cattle-vs-cows.lose-some.all-new': 'Every pod gets a new random name, web-1 included.',
  'cattle-vs-cows.lose-some.all-new.why':
    'A StatefulSet never invents names: its pods are always called <set name>-<number>, so the missing web-1 comes back as web-1.',
  'cattle-vs-cows.lose-some.none': 'Nothing comes back: deleted is deleted.',
  'cattle-vs-cows.lose-some.none.why':
    'Both controllers keep comparing what exists with what you asked for (three replicas each) and create whatever is missing.',
  'cattle-vs-cows.lose-some.reveal':
    'The cattle came back as strangers, with new names and new IP addresses. web-1 came back as web-1 and mounts its own claim www-web-1 again; only its IP address may be different.',
  'cattle-vs-cows.grow.title': 'Four of each',
  'cattle-vs-cows.grow.text':
    'Grow both herds to four: the ReplicaSet cattle and the StatefulSet web should each have exactly four Ready pods. Before you look, guess what the new cow will be called.',
  'cattle-vs-cows.grow.hint1': 'kubectl scale works on ReplicaSets too; their short type name is rs.',
  'cattle-vs-cows.grow.hint2': 'kubectl scale rs cattle --replicas=4, then kubectl scale sts web --replicas=4.',
  'cattle-vs-cows.recap.title': 'Recap',
  'cattle-vs-cows.recap.text': 'Cattle are counted; cows are named.',
  'cattle-vs-cows.recap.p1':
    'A ReplicaSet keeps a number of interchangeable (stateless) pods. A replacement is a stranger: new random name, new address.',
  'cattle-vs-cows.recap.p2':
    'A StatefulSet keeps a list of identities: web-0, web-1, web-2… A missing one is recreated under the same name, with the same claim.',
  'cattle-vs-cows.recap.p3':
    'Each stateful pod gets its own claim from volumeClaimTemplates; the cattle all share the one claim their template names.',
} as const;
