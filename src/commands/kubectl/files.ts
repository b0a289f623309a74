// Files inside a pod: a path under a mounted claim lives on the volume (it survives the pod and
// comes back with the ordinal); any other path lives in the container and dies with it.
import type { Simulator } from '../../sim/simulator.ts';
import type { Pod } from '../../sim/model/types.ts';
import type { PodRuntime } from '../../sim/engine/world.ts';
import type { KubeObject } from '../../sim/model/types.ts';
import { getObject } from './objects.ts';

export function runtimeOf(sim: Simulator, pod: Pod): PodRuntime | undefined {
  for (const n of Object.values(sim.world.nodes)) {
    const rt = n.runtime[pod.metadata.uid!];
    if (rt) return rt;
  }
  return undefined;
}

/**
 * Where a path is stored: a volume's file map (by PV name) or the container's own. Only a write
 * creates a volume's file map; a read of an empty volume changes nothing.
 */
export function locate(
  sim: Simulator,
  pod: Pod,
  path: string,
  forWrite = false,
): { files: Record<string, string>; key: string } | undefined {
  const mounts = pod.spec.containers[0]?.volumeMounts ?? [];
  const best = mounts
    .filter((m) => path === m.mountPath || path.startsWith(m.mountPath.endsWith('/') ? m.mountPath : `${m.mountPath}/`))
    .sort((a, b) => b.mountPath.length - a.mountPath.length)[0];
  if (best) {
    const vol = pod.spec.volumes?.find((v) => v.name === best.name);
    const claim = vol?.persistentVolumeClaim?.claimName;
    const pvc = claim
      ? (getObject(sim.cluster, 'PersistentVolumeClaim', claim) as
          Extract<KubeObject, { kind: 'PersistentVolumeClaim' }> | undefined)
      : undefined;
    const pv = pvc?.spec.volumeName;
    if (pv) {
      const data = forWrite ? (sim.world.volumes[pv] ??= { files: {} }) : (sim.world.volumes[pv] ?? { files: {} });
      return { files: data.files, key: path.slice(best.mountPath.length).replace(/^\/+/, '') };
    }
  }
  const rt = runtimeOf(sim, pod);
  return rt ? { files: rt.fs, key: path } : undefined;
}

export function readPodFile(sim: Simulator, pod: Pod, path: string): string | undefined {
  const loc = locate(sim, pod, path);
  return loc ? loc.files[loc.key] : undefined;
}

export function writePodFile(sim: Simulator, pod: Pod, path: string, content: string, append = false): boolean {
  const loc = locate(sim, pod, path, true);
  if (!loc) return false;
  loc.files[loc.key] = append ? (loc.files[loc.key] ?? '') + content : content;
  return true;
}
