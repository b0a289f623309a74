// Rings around the objects a lesson step points at (`highlight` on ClusterPicture): drawn over
// the picture, never in the way of a click. A StatefulSet or ReplicaSet lights up its pods.
import type { Selection } from '../../store/lab.ts';
import type { ClusterLayout, Rect } from '../layout/clusterLayout.ts';

const PAD = 4;

function boxes(layout: ClusterLayout, items: readonly Selection[]): (Rect & { key: string })[] {
  const out: (Rect & { key: string })[] = [];
  const podBox = (p: ClusterLayout['pods'][number]) => ({
    key: `pod:${p.key}`,
    x: p.x,
    y: p.y,
    width: layout.slot.width,
    height: layout.slot.height,
  });
  for (const h of items) {
    switch (h.kind) {
      case 'Pod':
        for (const p of layout.pods) if (p.name === h.name && !p.ghost) out.push(podBox(p));
        break;
      case 'StatefulSet':
      case 'ReplicaSet':
        for (const p of layout.pods)
          if (p.owner.kind === h.kind && p.owner.name === h.name && !p.ghost) out.push(podBox(p));
        break;
      case 'Node':
        for (const n of layout.nodes) if (n.name === h.name) out.push({ key: `node:${n.name}`, ...n.box });
        break;
      case 'Service':
        for (const s of layout.services) if (s.name === h.name) out.push({ key: `svc:${s.name}`, ...s.box });
        break;
      case 'PersistentVolumeClaim':
        for (const c of layout.claims) if (c.name === h.name) out.push({ key: `pvc:${c.name}`, ...c.box });
        break;
      case 'PersistentVolume':
        for (const v of layout.volumes) if (v.name === h.name) out.push({ key: `pv:${v.name}`, ...v.box });
        break;
    }
  }
  return out;
}

export function Highlights({ layout, items }: { layout: ClusterLayout; items: readonly Selection[] }) {
  const rings = boxes(layout, items);
  if (rings.length === 0) return null;
  return (
    <g className="cp-highlights" aria-hidden="true" data-testid="picture.highlights">
      {rings.map((r) => (
        <rect
          key={r.key}
          className="cp-highlight"
          x={r.x - PAD}
          y={r.y - PAD}
          width={r.width + 2 * PAD}
          height={r.height + 2 * PAD}
          rx={12}
          data-highlight={r.key}
        />
      ))}
    </g>
  );
}
