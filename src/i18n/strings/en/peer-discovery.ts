// English: lesson 8, peer discovery.
export const enPeerDiscovery = {
  'peer-discovery.title': 'Finding the peers',
  'peer-discovery.summary':
    'Members of a stateful app find each other through DNS: the A and SRV records of the headless Service, the book’s fan-out data store, and records that follow scaling and readiness.',
  'peer-discovery.old-manifest.title': 'An old manifest',
  'peer-discovery.old-manifest.text':
    'This lesson runs the book’s peer-aware kubia app. The book’s own manifest for it is still written for apps/v1beta1, an API version that current clusters no longer serve, and kubectl says so. That’s why the lesson created kubia from an apps/v1 copy (kubia-peers.yaml), which runs the same image and adds a readiness probe.',
  'peer-discovery.records.title': 'Ask DNS, not the API server',
  'peer-discovery.records.text':
    'How does one member find the others? It could ask the Kubernetes API server, but then the app would have to know it runs on Kubernetes. It asks DNS instead. The headless Service kubia gives every Ready pod an A record (kubia-0.kubia.default.svc.cluster.local → its IP) and lists them all in SRV records: one per pod, each naming a host and a port.',
  'peer-discovery.fan-out.title': 'Ask one, hear from all',
  'peer-discovery.fan-out.text':
    'In the book’s data store every pod keeps a different piece of data. Store one message on each pod, then send a request through the kubia-public Service to whichever pod it picks: that pod looks up the SRV records, asks every peer it finds for its data, and returns it all together. The lines come in the order the answers arrived.',
  'peer-discovery.grow.title': 'More peers',
  'peer-discovery.grow.text':
    'You scale kubia to three. Once kubia-2 is Ready, you ask kubia-0 for everything. How many peers does its answer list?',
  'peer-discovery.grow.two': 'Two: kubia-0 only knows the peers that existed when it started.',
  'peer-discovery.grow.two.why':
    'The app looks the SRV records up again on every request, so a newcomer counts as soon as DNS lists it.',
  'peer-discovery.grow.three': 'Three: kubia-2 shows up, with no data posted yet.',
  'peer-discovery.grow.three.why': 'Right. The SRV records change with the set, and every request reads them afresh.',
  'peer-discovery.grow.config': 'Still two, until someone adds kubia-2 to a configuration file.',
  'peer-discovery.grow.config.why':
    'Nobody keeps a list by hand: the headless Service’s DNS records are the list, and they follow the pods the StatefulSet adds and removes.',
  'peer-discovery.grow.reveal':
    'Three SRV records (see the weight: 100 shared three ways, 33 each) and three lines in the answer, kubia-2’s without data yet.',
  'peer-discovery.readiness.title': 'Only the Ready',
  'peer-discovery.readiness.text':
    'DNS lists only Ready pods. Break kubia-1’s readiness check: it vanishes from the SRV answer and from the fan-out, although its container still runs.',
  'peer-discovery.not-ready.title': 'Publishing pods that aren’t Ready',
  'peer-discovery.not-ready.text':
    'Some apps need the opposite. A database whose members must find each other before any of them can call itself Ready would never get started. For them the governing Service sets publishNotReadyAddresses: true, and every pod that has an IP is listed, Ready or not. Apply that version of kubia: kubia-1 is back in the SRV answer, though it still isn’t Ready.',
  'peer-discovery.four.title': 'Four peers',
  'peer-discovery.four.text': 'Make the SRV lookup of kubia return four records, with kubia-0 to kubia-3 all Ready.',
  'peer-discovery.four.hint1': 'Three things stand in the way. Start with kubectl get pods: is every pod Ready?',
  'peer-discovery.four.hint2':
    'New pods are created only while every pod before them is Ready: sim readiness kubia-1 pass. Then scale with kubectl scale sts kubia --replicas=4.',
  'peer-discovery.four.hint3':
    'kubia-3’s claim needs a fourth volume, and this cluster has only three. We prepared one: kubectl apply -f pv-d.yaml.',
  'peer-discovery.consensus.title': 'Then and now',
  'peer-discovery.consensus.text':
    'Ask the newest member, kubia-3: it finds all four peers on its own. The book’s store keeps a different piece of data on each pod and gathers the pieces on request. Most clustered databases today copy the same data to every member and use a consensus protocol to agree on each change, but their members find one another in exactly this way: through the DNS names of a headless Service.',
  'peer-discovery.recap.title': 'Recap',
  'peer-discovery.recap.text': 'The peer list is a DNS query away.',
  'peer-discovery.recap.p1':
    'Peers find each other through DNS: every Ready pod has an A record, <pod>.<service>, and the Service’s SRV records list every member with its port.',
  'peer-discovery.recap.p2':
    'The records follow the set: scaling adds and removes them, and a pod that isn’t Ready drops out, unless the Service sets publishNotReadyAddresses: true.',
  'peer-discovery.recap.p3':
    'Since an app can look the list up on every request, nobody has to maintain a list of peers by hand.',
} as const;
