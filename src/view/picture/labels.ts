// Words for the picture: accessible names for every focusable thing and a one-paragraph summary,
// so a screen reader hears what a sighted student sees. Kept together so they can be translated.
import type {
  ClaimPlace,
  ClusterLayout,
  NodePlace,
  PodPlace,
  ServicePlace,
  VolumePlace,
} from '../layout/clusterLayout.ts';
import type { PodKind } from '../layout/podState.ts';

export const KIND_WORDS: Record<PodKind, string> = {
  pending: 'waiting',
  creating: 'starting',
  running: 'running, not ready',
  ready: 'ready',
  terminating: 'shutting down',
  imageError: 'cannot pull its image',
  unknown: 'status unknown',
  failed: 'failed',
  ghost: 'ghost',
};

export function podLabel(p: PodPlace): string {
  if (p.ghost) {
    const twin = p.twinNode ? `; a new ${p.name} runs on ${p.twinNode}` : '';
    return `Ghost of ${p.name} on ${p.node ?? 'a node'}: its container still runs but the API object is gone${twin}`;
  }
  const who =
    p.owner.kind === 'StatefulSet'
      ? `Pod ${p.name}, ordinal ${p.ordinal ?? '?'} of StatefulSet ${p.owner.name ?? ''}, ${p.markings.coat.name}`
      : p.owner.kind === 'ReplicaSet'
        ? `Pod ${p.name} of ReplicaSet ${p.owner.name ?? ''}`
        : `Pod ${p.name}`;
  const where = p.inPen ? 'not scheduled to a node' : `on ${p.node ?? '?'}`;
  const note = p.look.note ? ` (${p.look.note})` : '';
  const claims = p.claims.length ? `, claim ${p.claims.join(', ')}` : '';
  return `${who}, ${where}: ${p.look.status}, ${KIND_WORDS[p.look.kind]}${note}${claims}`;
}

export function nodeLabel(n: NodePlace): string {
  const link =
    n.truth.physical === 'Partitioned'
      ? 'cut off from the control plane'
      : n.truth.physical === 'PoweredOff'
        ? 'powered off'
        : 'connected';
  const taints = n.taints.length ? `, taints ${n.taints.map((t) => t.full).join(' ')}` : '';
  return `Node ${n.name}: ${n.status}, ${link}${taints}`;
}

export function claimLabel(c: ClaimPlace): string {
  const state = c.terminating ? 'Terminating' : c.phase;
  const bound = c.volume ? ` to volume ${c.volume}` : '';
  const wait = c.waitingFor ? `, kept while waiting for ${c.waitingFor}` : '';
  return `PersistentVolumeClaim ${c.name}: ${state}${bound}${c.capacity ? `, ${c.capacity}` : ''}${wait}`;
}

export function volumeLabel(v: VolumePlace): string {
  const data = v.data ? `, ${v.data.file} says "${v.data.text}"` : ', no data yet';
  return `PersistentVolume ${v.name}: ${v.capacity}, ${v.phase}${v.claim ? ` for claim ${v.claim}` : ''}${data}`;
}

export function serviceLabel(s: ServicePlace): string {
  const ready = s.endpoints.filter((e) => e.ready).map((e) => e.name);
  const notReady = s.endpoints.filter((e) => !e.ready).map((e) => e.name);
  return (
    `Service ${s.name}${s.headless ? ', headless' : `, ClusterIP ${s.clusterIP}`}: ` +
    (ready.length ? `ready endpoints ${ready.join(', ')}` : 'no ready endpoints') +
    (notReady.length ? `; not ready ${notReady.join(', ')}` : '')
  );
}

/** One paragraph for `<desc>`: counts first, then each node with its pods. */
export function pictureSummary(l: ClusterLayout): string {
  const pods = l.pods.filter((p) => !p.ghost);
  const ready = pods.filter((p) => p.look.kind === 'ready').length;
  const parts = [`${l.nodes.length} nodes, ${pods.length} pods (${ready} ready).`];
  for (const n of l.nodes) {
    const here = l.pods.filter((p) => p.node === n.name && !p.inPen);
    const list = here.map((p) => (p.ghost ? `ghost of ${p.name}` : `${p.name} ${p.look.status}`)).join(', ');
    parts.push(
      `${n.name} ${n.status}${n.truth.physical === 'Connected' ? '' : ` (${n.truth.physical})`}: ${list || 'no pods'}.`,
    );
  }
  const waiting = l.pods.filter((p) => p.inPen);
  if (waiting.length) parts.push(`Waiting for a node: ${waiting.map((p) => p.name).join(', ')}.`);
  if (l.claims.length) parts.push(`${l.claims.length} claims, ${l.volumes.length} volumes.`);
  for (const a of l.alerts) parts.push(`Warning: ${a.text}`);
  return parts.join(' ');
}
