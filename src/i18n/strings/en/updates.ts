// English: lesson 10, updates.
export const enUpdates = {
  'updates.title': 'Updates',
  'updates.summary':
    'Rolling updates from the highest ordinal down; staging, canaries and phased roll-outs with a partition; OnDelete; and the forced rollback that a broken update needs.',
  'updates.first.title': 'Who goes first?',
  'updates.first.text':
    'web has three pods running nginx-slim:0.7. You change the image in its pod template to 0.8 (kubectl set image). The default update strategy, RollingUpdate, then replaces the pods for you. Which one is replaced first?',
  'updates.first.lowest': 'web-0, the lowest ordinal.',
  'updates.first.lowest.why': 'Creation counts up, but updates count down: web-0 is replaced last.',
  'updates.first.highest': 'web-2, the highest ordinal.',
  'updates.first.highest.why':
    'Right. A rolling update goes from the highest ordinal to the lowest, one pod at a time.',
  'updates.first.all': 'All three at once.',
  'updates.first.all.why':
    'Only one pod is replaced at a time (maxUnavailable is 1 by default), so the others keep serving.',
  'updates.first.none': 'None, until you delete them yourself.',
  'updates.first.none.why':
    'That is the OnDelete strategy, which you will meet later in this lesson. RollingUpdate is the default.',
  'updates.first.reveal':
    'The moment the template changed, web-2 began terminating, while web-0 and web-1 still run 0.7.',
  'updates.rolling.title': 'Watch it roll',
  'updates.rolling.text':
    'Follow the update with kubectl rollout status sts/web. Each pod is replaced only once the one replaced before it is Running and Ready: web-2, then web-1, then web-0.',
  'updates.staging.title': 'Staging an update',
  'updates.staging.text':
    'A partition holds part of the set back: with partition N, only pods whose ordinal is N or higher get the new template. Set the partition to 3 (above every ordinal here), then change the image to 0.21: the new template is saved, but no pod changes. The update is staged.',
  'updates.below.title': 'Below the partition',
  'updates.below.text':
    'The partition is 3 and the template says 0.21. You delete web-2. Which image will the new web-2 run?',
  'updates.below.new': '0.21, the template’s image.',
  'updates.below.new.why':
    'web-2’s ordinal is below the partition, so it is recreated from the revision it had, not from the new one.',
  'updates.below.old': '0.8, the image it had.',
  'updates.below.old.why':
    'Right. Pods below the partition are recreated at the current (old) revision, even when you delete them.',
  'updates.below.first': '0.7, the very first image.',
  'updates.below.first.why': 'The current revision is the last one that was rolled out completely: 0.8.',
  'updates.below.reveal': 'web-2 came back on 0.8. Below the partition, deleting a pod doesn’t sneak the update in.',
  'updates.canary.title': 'A canary',
  'updates.canary.text':
    'Lower the partition to 2 and only web-2 gets 0.21: one canary tries the new version while web-0 and web-1 stay on 0.8. If the canary misbehaves, only one pod is affected.',
  'updates.phased.title': 'A phased roll-out',
  'updates.phased.text':
    'Happy with the canary? Lower the partition to 0 and the rest follow in the usual order, web-1 and then web-0. Lowering it one step at a time (2, 1, 0) would phase the roll-out in even more gradually.',
  'updates.own-canary.title': 'Your own canary',
  'updates.own-canary.text':
    'Try nginx-slim:0.24 on web-2 alone: web-2 must run registry.k8s.io/nginx-slim:0.24 and be Ready, while web-0 and web-1 stay on 0.21.',
  'updates.own-canary.hint1':
    'Order matters: hold web-0 and web-1 back with the partition before you change the image.',
  'updates.own-canary.hint2':
    'kubectl patch sts web -p \'{"spec":{"updateStrategy":{"type":"RollingUpdate","rollingUpdate":{"partition":2}}}}\', then kubectl set image sts/web nginx=registry.k8s.io/nginx-slim:0.24.',
  'updates.on-delete.title': 'OnDelete',
  'updates.on-delete.text':
    'The other strategy, OnDelete, never replaces a pod by itself: a new template reaches a pod only when you delete that pod. (It was the StatefulSet default in the book’s days.) Switch to OnDelete and set the image to 0.8: nothing moves. Delete web-0: it comes back on 0.8, while web-1 and web-2 keep what they had.',
  'updates.broken.title': 'A bad update',
  'updates.broken.text':
    'Back to RollingUpdate with partition 0, so every pod runs 0.8. Now roll out nginx-slim:9.9, a tag that doesn’t exist. web-2 is replaced first, and its new image can’t be pulled: ErrImagePull, then ImagePullBackOff. The roll-out stops right there, waiting for web-2 to become Ready, which it never will. web-0 and web-1 are untouched.',
  'updates.revert.title': 'Undo it?',
  'updates.revert.text': 'You set the image back to 0.8. Does web-2 recover by itself?',
  'updates.revert.heals': 'Yes: the controller replaces web-2 with a 0.8 pod.',
  'updates.revert.heals.why':
    'It would have to delete web-2 first, but before doing anything else it waits for web-2 to be Running and Ready, and a pod that can’t pull its image never will be.',
  'updates.revert.stuck': 'No: the controller keeps waiting for web-2; you have to delete web-2 yourself.',
  'updates.revert.stuck.why':
    'Right. Reverting the template isn’t enough: the controller waits for the broken pod for ever. This is called a forced rollback: revert the template, then delete the pods made from the bad one.',
  'updates.revert.in-place': 'web-2’s container switches to 0.8 where it stands.',
  'updates.revert.in-place.why':
    'A StatefulSet doesn’t edit a pod’s image; it replaces pods. And here it won’t even do that.',
  'updates.revert.reveal':
    'A minute later web-2 is still in ImagePullBackOff, and its spec still says 9.9: the template changed, web-2 didn’t.',
  'updates.rollback.title': 'Force the rollback',
  'updates.rollback.text': 'Finish the rollback: all three pods Ready, running registry.k8s.io/nginx-slim:0.8.',
  'updates.rollback.hint1': 'The controller is stuck waiting for the pod made from the broken template.',
  'updates.rollback.hint2': 'kubectl delete pod web-2: its replacement is made from the current template.',
  'updates.recap.title': 'Recap',
  'updates.recap.text': 'Down from the top, and never past a broken pod.',
  'updates.recap.p1':
    'RollingUpdate (the default) replaces pods from the highest ordinal to the lowest, one at a time, each once the previous replacement is Running and Ready.',
  'updates.recap.p2':
    'partition: only ordinals at or above it are updated; pods below it are recreated at the old revision, even if you delete them. Lowering it step by step gives a staged update, a canary, then a phased roll-out.',
  'updates.recap.p3': 'OnDelete: a new template reaches a pod only when you delete that pod.',
  'updates.recap.p4':
    'A template whose pods never become Ready stops the roll-out. Reverting the template isn’t enough: also delete the broken pods (a forced rollback).',
} as const;
