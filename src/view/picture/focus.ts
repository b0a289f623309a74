// What a selection lights up: the selected thing and its chain (pod → claim → volume, and back),
// so an instructor can point at web-1 and the room sees its disk. Everything else dims.
import type { ClusterLayout } from '../layout/clusterLayout.ts';
import type { Selection } from '../../store/lab.ts';

/** Keys (pod keys, claim and volume names) to keep bright, or undefined to dim nothing. */
export function focusSet(layout: ClusterLayout, selection: Selection | null): Set<string> | undefined {
  if (!selection) return undefined;
  const out = new Set<string>();
  const podsUsing = (claim: string) => layout.pods.filter((p) => p.claims.includes(claim));
  const addPod = (key: string) => {
    const p = layout.pods.find((x) => x.key === key);
    if (!p) return;
    out.add(p.key);
    for (const c of p.claims) addClaim(c, false);
  };
  const addClaim = (name: string, withPods: boolean) => {
    const c = layout.claims.find((x) => x.name === name);
    if (!c) return;
    out.add(c.name);
    if (c.volume) out.add(c.volume);
    if (withPods) for (const p of podsUsing(c.name)) out.add(p.key);
  };
  switch (selection.kind) {
    case 'Pod':
      for (const p of layout.pods) if (p.name === selection.name) addPod(p.key);
      break;
    case 'Node':
      for (const p of layout.pods) if (p.node === selection.name && !p.inPen) addPod(p.key);
      break;
    case 'PersistentVolumeClaim':
      addClaim(selection.name, true);
      break;
    case 'PersistentVolume': {
      out.add(selection.name);
      const v = layout.volumes.find((x) => x.name === selection.name);
      if (v?.claim) addClaim(v.claim, true);
      break;
    }
    case 'Service': {
      const s = layout.services.find((x) => x.name === selection.name);
      if (!s) return undefined;
      for (const e of s.endpoints) for (const p of layout.pods) if (p.name === e.name && !p.ghost) out.add(p.key);
      break;
    }
    case 'StatefulSet':
    case 'ReplicaSet':
      for (const p of layout.pods)
        if (p.owner.kind === selection.kind && p.owner.name === selection.name) addPod(p.key);
      for (const c of layout.claims)
        if (c.forPod && layout.pods.every((p) => p.name !== c.forPod)) {
          if (c.forPod.startsWith(`${selection.name}-`)) addClaim(c.name, false);
        }
      break;
  }
  return out.size ? out : undefined;
}
