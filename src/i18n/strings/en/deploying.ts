// English: lesson 7, deploying.
export const enDeploying = {
  'deploying.title': 'Deploying, step by step',
  'deploying.summary':
    'Hand-made PersistentVolumes, the governing headless Service, then the StatefulSet: why that order, and what breaks when a piece is missing.',
  'deploying.recipe.title': 'Three ingredients, in order',
  'deploying.recipe.text':
    'Deploying a stateful app takes three things, in this order: (1) PersistentVolumes for the data, made by hand if the cluster can’t create them on demand; (2) the governing Service, a headless one, which gives the pods their DNS names; (3) the StatefulSet itself. This cluster has no StorageClass, so nothing will create volumes for you, and there are none yet. Let’s find out what each ingredient is for by leaving it out.',
  'deploying.no-volumes.title': 'Forget the volumes',
  'deploying.no-volumes.text':
    'You start with step 3: you create the kubia StatefulSet (two replicas, each with a 1Mi claim) before any volume exists. What happens?',
  'deploying.no-volumes.runs': 'The pods run, just without storage.',
  'deploying.no-volumes.runs.why':
    'A pod that mounts a claim can’t be placed on a node until its claim is bound to a volume.',
  'deploying.no-volumes.pending': 'kubia-0 stays Pending with an unbound claim, and kubia-1 is never created.',
  'deploying.no-volumes.pending.why':
    'Right. The claim data-kubia-0 finds no volume to bind to, so kubia-0 can’t be scheduled, and ordered creation won’t start kubia-1 before kubia-0 is Ready.',
  'deploying.no-volumes.auto': 'Kubernetes creates the volumes itself.',
  'deploying.no-volumes.auto.why': 'Only a StorageClass with a provisioner does that, and this cluster has none.',
  'deploying.no-volumes.rejected': 'kubectl refuses the manifest.',
  'deploying.no-volumes.rejected.why':
    'The API server accepts it: nothing in it is invalid. The trouble only shows when the pod has to be scheduled.',
  'deploying.no-volumes.reveal':
    'kubia-0 is Pending, so is its claim, and describe says why: the pod has an unbound claim, so no node can take it. kubia-1 doesn’t exist at all: the set is stuck at its first pod.',
  'deploying.volumes.title': 'Add the volumes',
  'deploying.volumes.text':
    'Step 1, late but not too late: create the book’s three volumes, pv-a, pv-b and pv-c, with kubectl apply -f persistent-volumes.yaml. The waiting claim binds to one of them (not necessarily pv-a), kubia-0 starts, and kubia-1 follows with a claim of its own. The warning is genuine: the book’s volumes use the Recycle reclaim policy, which is deprecated.',
  'deploying.no-service.title': 'Forget the Service',
  'deploying.no-service.text':
    'Both pods run, and each knows its full name, kubia-0.kubia.default.svc.cluster.local. But ask DNS and nobody answers: the name refers to a Service called kubia that doesn’t exist yet, and a StatefulSet never creates its governing Service itself.',
  'deploying.service.title': 'Give the pods their names',
  'deploying.service.text': 'Finish the deployment: make an SRV lookup of the kubia Service list both pods.',
  'deploying.service.hint1': 'The missing piece is the Service the StatefulSet names in serviceName: kubia.',
  'deploying.service.hint2':
    'kubectl apply -f kubia-service-headless.yaml, then check with dig +short SRV kubia.default.svc.cluster.local.',
  'deploying.headless.title': 'Why headless?',
  'deploying.headless.text':
    'kubia’s CLUSTER-IP is None: that is what makes it a headless Service. A normal Service has one virtual IP and spreads connections behind it. A headless one has none, so DNS answers with the pods themselves: an A record per pod, and an SRV record per pod and port. Normally only Ready pods are listed; a Service that sets publishNotReadyAddresses: true lists pods as soon as they have an IP, so that members can find each other while they are still starting. Lesson 8 shows it.',
  'deploying.comes-back.title': 'Delete one, get it back',
  'deploying.comes-back.text':
    'Finally, the promise. Store a message on kubia-0 (kubectl proxy lets you reach a pod through the API server), delete kubia-0, and ask the new kubia-0. The delete takes 30 seconds, because the app ignores the stop signal. The replacement has the same name and the same claim, so the message is still there.',
  'deploying.recap.title': 'Recap',
  'deploying.recap.text': 'Volumes, Service, StatefulSet.',
  'deploying.recap.p1':
    'Without dynamic provisioning, create PersistentVolumes first: a claim with nothing to bind to keeps its pod Pending and, since creation is ordered, holds up the whole set.',
  'deploying.recap.p2':
    'Create the governing headless Service (clusterIP: None) yourself; the StatefulSet won’t. Without it the pods run but have no DNS names.',
  'deploying.recap.p3':
    'Then the StatefulSet: the pods start one by one, and a deleted pod comes back under its own name, with its claim and its data.',
} as const;
