// Hand-built objects for the printer tests: a World at a fixed instant and small factories.
import { defaultConfig, emptyStore, type Mode, type World } from '../../sim/engine/world.ts';
import type { KubeEvent, KubeObject, Pod } from '../../sim/model/types.ts';
import { rfc3339 } from '../format/time.ts';
import type { PrintContext } from './context.ts';

/** 2026-01-08T10:00:00Z, the engine's default epoch. */
export const EPOCH = Date.UTC(2026, 0, 8, 10, 0, 0);

/**
 * A world whose clock reads `nowS` seconds after the epoch. Only the parts printers read are
 * filled in (the assertion keeps this working as the engine grows new bookkeeping fields).
 */
export function testWorld(mode: Mode = 'modern', nowS = 3600): World {
  return {
    schema: 1,
    config: { ...defaultConfig(mode, 'dynamic'), epochMs: EPOCH },
    now: nowS * 1000,
    seq: 0,
    rng: 1,
    resourceVersion: 1,
    objects: emptyStore(),
    nodes: {},
    volumes: {},
    controllers: {},
    queue: [],
    usedClusterIPs: [],
    unschedulable: {},
    attachments: {},
  } as World;
}

export const ctxOf = (world: World): PrintContext => ({ world });

/** RFC 3339 stamp `s` seconds after the epoch (negative: before). */
export const at = (s: number): string => rfc3339(EPOCH + s * 1000);

export function store(world: World, ...objects: KubeObject[]): void {
  for (const o of objects) (world.objects[o.kind] as Record<string, KubeObject>)[o.metadata.name] = o;
}

export function runningPod(name: string, createdS: number, extra: Partial<Pod['metadata']> = {}): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default', uid: `uid-${name}`, creationTimestamp: at(createdS), ...extra },
    spec: { containers: [{ name: 'nginx', image: 'nginx:1.27', ports: [{ containerPort: 80, name: 'web' }] }] },
    status: {
      phase: 'Running',
      podIP: '10.244.1.5',
      podIPs: [{ ip: '10.244.1.5' }],
      hostIP: '10.0.0.11',
      startTime: at(createdS),
      conditions: [{ type: 'Ready', status: 'True' }],
      containerStatuses: [
        {
          name: 'nginx',
          image: 'nginx:1.27',
          ready: true,
          started: true,
          restartCount: 0,
          state: { running: { startedAt: at(createdS + 5) } },
        },
      ],
    },
  };
}

export function event(
  name: string,
  involved: KubeEvent['involvedObject'],
  reason: string,
  message: string,
  firstS: number,
  lastS = firstS,
  count = 1,
  component = 'statefulset-controller',
  type: KubeEvent['type'] = 'Normal',
): KubeEvent {
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name, namespace: 'default' },
    involvedObject: { namespace: 'default', ...involved },
    reason,
    message,
    type,
    source: { component },
    firstTimestamp: at(firstS),
    lastTimestamp: at(lastS),
    count,
  };
}
