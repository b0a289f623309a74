// Words for the picture: accessible names for every focusable thing and a one-paragraph summary,
// so a screen reader hears what a sighted student sees, in the page's language. kubectl's own
// words (STATUS values, kinds, object names) stay as kubectl prints them.
import { t, type DisplayLang, type MessageKey } from '../../i18n/index.ts';
import type {
  ClaimPlace,
  ClusterLayout,
  NodePlace,
  PodPlace,
  ServicePlace,
  VolumePlace,
} from '../layout/clusterLayout.ts';
import type { PodKind, PodLook } from '../layout/podState.ts';
import type { NodeTruth } from '../layout/podState.ts';

export const KIND_WORDS: Record<PodKind, MessageKey> = {
  pending: 'pod.kind.pending',
  creating: 'pod.kind.creating',
  running: 'pod.kind.running',
  ready: 'pod.kind.ready',
  terminating: 'pod.kind.terminating',
  imageError: 'pod.kind.imageError',
  unknown: 'pod.kind.unknown',
  failed: 'pod.kind.failed',
  ghost: 'pod.kind.ghost',
};

/** How a node's link to the control plane really is, in a few words. */
export const LINK_WORDS: Record<NodeTruth['physical'], MessageKey> = {
  Connected: 'node.link.connected',
  Partitioned: 'node.link.partitioned',
  PoweredOff: 'node.link.poweredOff',
};

/** A pod's status as shown: kubectl's STATUS, or our word for a ghost (which kubectl cannot see). */
export function lookStatus(lang: DisplayLang, look: PodLook): string {
  return look.kind === 'ghost' ? t(lang, 'pod.kind.ghost') : look.status;
}

/** The pod's note ('' when there is none). */
export function lookNote(lang: DisplayLang, look: PodLook): string {
  return look.note ? t(lang, look.note) : '';
}

export function podLabel(lang: DisplayLang, p: PodPlace): string {
  if (p.ghost) {
    const base = t(lang, 'label.ghost', { pod: p.name, node: p.node ?? t(lang, 'label.aNode') });
    return p.twinNode ? `${base}${t(lang, 'label.ghostTwin', { pod: p.name, node: p.twinNode })}` : base;
  }
  const who =
    p.owner.kind === 'StatefulSet'
      ? t(lang, 'label.pod.sts', {
          pod: p.name,
          ordinal: p.ordinal ?? '?',
          set: p.owner.name ?? '',
          coat: t(lang, p.markings.coat.name),
        })
      : p.owner.kind === 'ReplicaSet'
        ? t(lang, 'label.pod.rs', { pod: p.name, set: p.owner.name ?? '' })
        : t(lang, 'label.pod', { pod: p.name });
  const where = p.inPen ? t(lang, 'label.pod.unscheduled') : t(lang, 'label.pod.on', { node: p.node ?? '?' });
  const note = p.look.note ? ` (${t(lang, p.look.note)})` : '';
  const claims = p.claims.length ? t(lang, 'label.pod.claims', { claims: p.claims.join(', ') }) : '';
  return t(lang, 'label.pod.full', {
    who,
    where,
    status: p.look.status,
    kind: t(lang, KIND_WORDS[p.look.kind]),
    note,
    claims,
  });
}

export function nodeLabel(lang: DisplayLang, n: NodePlace): string {
  const taints = n.taints.length ? t(lang, 'label.node.taints', { taints: n.taints.map((x) => x.full).join(' ') }) : '';
  return t(lang, 'label.node', {
    node: n.name,
    status: n.status,
    link: t(lang, LINK_WORDS[n.truth.physical]),
    taints,
  });
}

export function claimLabel(lang: DisplayLang, c: ClaimPlace): string {
  const state = c.terminating ? 'Terminating' : c.phase;
  const bound = c.volume ? t(lang, 'label.claim.bound', { volume: c.volume }) : '';
  const capacity = c.capacity ? `, ${c.capacity}` : '';
  const wait = c.waitingFor ? t(lang, 'label.claim.waiting', { pod: c.waitingFor }) : '';
  return t(lang, 'label.claim', { claim: c.name, state, bound, capacity, wait });
}

export function volumeLabel(lang: DisplayLang, v: VolumePlace): string {
  const claim = v.claim ? t(lang, 'label.volume.claim', { claim: v.claim }) : '';
  const data = v.data
    ? t(lang, 'label.volume.data', { file: v.data.file, text: v.data.text })
    : t(lang, 'label.volume.noData');
  return t(lang, 'label.volume', { volume: v.name, capacity: v.capacity, phase: v.phase, claim, data });
}

export function serviceLabel(lang: DisplayLang, s: ServicePlace): string {
  const ready = s.endpoints.filter((e) => e.ready).map((e) => e.name);
  const notReady = s.endpoints.filter((e) => !e.ready).map((e) => e.name);
  return t(lang, 'label.service', {
    service: s.name,
    type: s.headless ? t(lang, 'label.service.headless') : `ClusterIP ${s.clusterIP}`,
    ready: ready.length ? t(lang, 'label.service.ready', { pods: ready.join(', ') }) : t(lang, 'label.service.noReady'),
    notReady: notReady.length ? t(lang, 'label.service.notReady', { pods: notReady.join(', ') }) : '',
  });
}

/** One paragraph for `<desc>`: counts first, then each node with its pods. */
export function pictureSummary(lang: DisplayLang, l: ClusterLayout): string {
  const pods = l.pods.filter((p) => !p.ghost);
  const ready = pods.filter((p) => p.look.kind === 'ready').length;
  const parts = [t(lang, 'summary.counts', { nodes: l.nodes.length, pods: pods.length, ready })];
  for (const n of l.nodes) {
    const here = l.pods.filter((p) => p.node === n.name && !p.inPen);
    const list = here
      .map((p) => (p.ghost ? t(lang, 'summary.ghostOf', { pod: p.name }) : `${p.name} ${p.look.status}`))
      .join(', ');
    parts.push(
      t(lang, 'summary.node', {
        node: n.name,
        status: n.status,
        physical: n.truth.physical === 'Connected' ? '' : ` (${t(lang, LINK_WORDS[n.truth.physical])})`,
        pods: list || t(lang, 'summary.noPods'),
      }),
    );
  }
  const waiting = l.pods.filter((p) => p.inPen);
  if (waiting.length) parts.push(t(lang, 'summary.waiting', { pods: waiting.map((p) => p.name).join(', ') }));
  if (l.claims.length) parts.push(t(lang, 'summary.storage', { claims: l.claims.length, volumes: l.volumes.length }));
  for (const a of l.alerts) parts.push(t(lang, 'summary.warning', { text: t(lang, a.text.key, a.text.params) }));
  return parts.join(' ');
}
