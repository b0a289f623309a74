// English: lesson 5, storage.
export const enStorage = {
  'storage.title': 'Storage that follows the name',
  'storage.summary':
    'Each pod gets a claim of its own; its data outlives the pod, survives a scale-down and comes back with the ordinal. The ReplicaSet’s single shared claim, and retention policies for when claims should go.',
  'storage.claims.title': 'A claim per pod',
  'storage.claims.text':
    'Every pod of web mounts a claim of its own. The StatefulSet makes it from volumeClaimTemplates, before it creates the pod, and names it <template>-<pod>: www and web-0 give www-web-0. This cluster has a default StorageClass, so each new claim straight away gets a PersistentVolume (a PV: the actual piece of storage) made just for it. That is dynamic provisioning.',
  'storage.write.title': 'Give each pod a page',
  'storage.write.text':
    'Write each pod’s hostname into index.html in nginx’s document root, which is where www is mounted. Then ask each nginx what it serves.',
  'storage.delete.title': 'Does the data survive?',
  'storage.delete.text': 'You delete web-0, and the StatefulSet creates a new web-0. What does the new web-0 serve?',
  'storage.delete.forbidden': '403 Forbidden: the new pod starts with an empty disk.',
  'storage.delete.forbidden.why':
    'A pod only starts with an empty disk when its claim is new. www-web-0 is still there, so the new web-0 mounts it again.',
  'storage.delete.web-0': '“web-0”, the page the deleted pod wrote.',
  'storage.delete.web-0.why':
    'Right. The claim www-web-0 outlived the pod, and the new pod of the same name mounts the same claim, data and all.',
  'storage.delete.web-1': '“web-1”: claims go to whichever pod comes first.',
  'storage.delete.web-1.why': 'Claims belong to ordinals: web-0 always gets www-web-0, whichever node it runs on.',
  'storage.delete.reveal': 'The new web-0 serves the page the old web-0 wrote. The data follows the name.',
  'storage.scale-down.title': 'Scaling down: and the disk?',
  'storage.scale-down.text': 'You scale web down to one pod, so web-1 goes away. How many claims are left?',
  'storage.scale-down.one': 'One: www-web-1 is deleted together with its pod.',
  'storage.scale-down.one.why':
    'By default a StatefulSet never deletes claims when it scales down: the data may be needed when the set grows again, and a deletion can’t be undone.',
  'storage.scale-down.two': 'Two: www-web-1 stays.',
  'storage.scale-down.two.why':
    'Right. Scaling down removes the pod and leaves its claim, with the data, for a future web-1.',
  'storage.scale-down.reveal': 'web-1 is gone, and www-web-1 is still Bound, waiting.',
  'storage.scale-up.title': 'Scale back up',
  'storage.scale-up.text':
    'Scale up to two again. The new web-1 finds www-web-1 already there and mounts it instead of getting a new claim, so it serves the page the old web-1 wrote.',
  'storage.shared.title': 'Meanwhile, the cattle',
  'storage.shared.text':
    'For contrast, add the ReplicaSet from lesson 1. Its pod template names one claim, shared-data, so every replica mounts that same claim: a page written from one pod is the page all of them serve, and describe lists every pod using the claim. To give each of these pods a claim of its own, you would need one ReplicaSet per pod.',
  'storage.retention.title': 'Clean up after scaling down',
  'storage.retention.text':
    'Keeping claims (Retain) is the safe default. Current Kubernetes (stable since v1.32) also lets a StatefulSet delete them: persistentVolumeClaimRetentionPolicy has whenScaled, for scaling down, and whenDeleted, for deleting the set, each Retain or Delete. Make scaling down tidy up after itself: change web so that a removed pod’s claim is deleted, then scale to one pod. In the end www-web-1 must be gone and www-web-0 must stay.',
  'storage.retention.hint1': 'The policy only acts on pods removed after you set it: set it first, then scale down.',
  'storage.retention.hint2':
    'The field is spec.persistentVolumeClaimRetentionPolicy.whenScaled; kubectl patch can set it.',
  'storage.retention.hint3':
    'kubectl patch sts web -p \'{"spec":{"persistentVolumeClaimRetentionPolicy":{"whenScaled":"Delete"}}}\', then kubectl scale sts web --replicas=1.',
  'storage.fresh.title': 'And when web-1 comes back?',
  'storage.fresh.text':
    'whenScaled is Delete, and www-web-1 is gone. You scale web back to two pods. What does the new web-1 serve?',
  'storage.fresh.old': '“web-1”, as before.',
  'storage.fresh.old.why':
    'That page lived on the volume behind the old www-web-1, and that claim is gone. The new web-1 gets a new claim with a new volume.',
  'storage.fresh.empty': '403 Forbidden: it gets a new, empty claim.',
  'storage.fresh.empty.why':
    'Right. The StatefulSet creates www-web-1 again from the template, and the StorageClass provisions a new, empty volume for it.',
  'storage.fresh.pending': 'Nothing: web-1 can’t start without its claim.',
  'storage.fresh.pending.why': 'A missing claim is simply created from the template, as for any new ordinal.',
  'storage.fresh.reveal':
    'www-web-1 is brand new (look at its AGE) and so is its volume: nginx finds no index.html and answers 403 Forbidden. A Delete policy trades the safety of the data for tidiness.',
  'storage.recap.title': 'Recap',
  'storage.recap.text': 'The disk belongs to the ordinal too.',
  'storage.recap.p1':
    'volumeClaimTemplates give every pod a claim of its own, <template>-<pod>, created before the pod.',
  'storage.recap.p2':
    'Deleting a pod or scaling down never deletes its claim (by default): the next pod of that name mounts it again, data included.',
  'storage.recap.p3':
    'A ReplicaSet’s pods all share the claim their template names; a claim per pod would take a ReplicaSet per pod.',
  'storage.recap.p4':
    'persistentVolumeClaimRetentionPolicy (whenScaled and whenDeleted, each Retain or Delete) lets the set delete claims, and the data with them.',
} as const;
