// The details of one selected object, by kind (loaded on demand; see Inspector.tsx).
import type { Selection } from '../../store/lab.ts';
import { useLab, useWorld } from '../hooks/lab.ts';
import { NodeInspector } from './NodeInspector.tsx';
import { PodInspector } from './PodInspector.tsx';
import { ClaimInspector, ServiceInspector, VolumeInspector } from './StorageInspector.tsx';
import { useAction } from './useAction.ts';
import { ReplicaSetInspector, StatefulSetInspector } from './WorkloadInspector.tsx';

export default function InspectorBody({ selection }: { selection: Selection }) {
  const lab = useLab();
  const world = useWorld();
  const action = useAction();
  const props = { world, name: selection.name, action, select: lab.select };
  switch (selection.kind) {
    case 'Pod':
      return <PodInspector {...props} />;
    case 'Node':
      return <NodeInspector {...props} />;
    case 'StatefulSet':
      return <StatefulSetInspector {...props} />;
    case 'ReplicaSet':
      return <ReplicaSetInspector {...props} />;
    case 'PersistentVolumeClaim':
      return <ClaimInspector {...props} />;
    case 'PersistentVolume':
      return <VolumeInspector {...props} />;
    case 'Service':
      return <ServiceInspector {...props} />;
  }
}
