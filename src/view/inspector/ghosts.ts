import type { World } from '../../sim/engine/world.ts';

const LIVE = new Set(['ContainerCreating', 'Running', 'Ready', 'Terminating', 'ErrImagePull', 'ImagePullBackOff']);

/** Containers still running for a name whose API object is gone or newer: ghosts. */
export function ghostsOf(world: World, name: string): { node: string; uid: string }[] {
  const uid = world.objects.Pod[name]?.metadata.uid;
  const out: { node: string; uid: string }[] = [];
  for (const [node, sim] of Object.entries(world.nodes))
    for (const rt of Object.values(sim.runtime))
      if (rt.name === name && rt.uid !== uid && LIVE.has(rt.state)) out.push({ node, uid: rt.uid });
  return out;
}
