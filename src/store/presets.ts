// Starting worlds a student can pick: each is a seed, a cluster setup and the commands that
// build it, so a preset is just the start of a timeline (and replays like one).
import type { SessionOptions } from '../commands/index.ts';

export type PresetId = 'empty' | 'web' | 'kubia' | 'cattle-vs-cows';

export interface Preset {
  id: PresetId;
  options: SessionOptions;
  commands: string[];
}

export const PRESETS: Record<PresetId, Preset> = {
  empty: { id: 'empty', options: { seed: 1 }, commands: [] },
  web: { id: 'web', options: { seed: 1 }, commands: ['kubectl apply -f web.yaml'] },
  kubia: {
    id: 'kubia',
    options: { seed: 1, storage: 'manual' },
    commands: [
      'kubectl apply -f persistent-volumes.yaml',
      'kubectl apply -f kubia-service-headless.yaml',
      'kubectl apply -f kubia-statefulset.yaml',
    ],
  },
  'cattle-vs-cows': {
    id: 'cattle-vs-cows',
    options: { seed: 1 },
    commands: ['kubectl apply -f cattle.yaml', 'kubectl apply -f web.yaml', 'kubectl scale sts web --replicas=3'],
  },
};

export const PRESET_IDS = Object.keys(PRESETS) as PresetId[];
