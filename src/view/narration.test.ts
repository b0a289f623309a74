import { describe, expect, it } from 'vitest';
import type { Marker } from '../timeline/timeline.ts';
import { describeMarker, narrate } from './narration.ts';

const M = (at: number, what: Marker['what'], object: string): Marker => ({ at, what, object });

const markers: Marker[] = [
  M(0, 'created', 'pod/web-0'),
  M(0, 'changed', 'pod/web-0'),
  M(10_616, 'ready', 'pod/web-0'),
  M(10_616, 'created', 'pod/web-1'),
  M(10_616, 'changed', 'pod/web-1'),
  M(21_700, 'ready', 'pod/web-1'),
  M(70_000, 'node-not-ready', 'node/node-1'),
];

describe('narration', () => {
  it('says each kind of marker', () => {
    expect(describeMarker(M(0, 'terminating', 'pod/web-2'))).toBe('web-2 is Terminating.');
    expect(describeMarker(M(0, 'node-ready', 'node/node-1'))).toBe('node-1 is Ready again.');
    expect(describeMarker(M(0, 'changed', 'pod/web-0'), 'ContainerCreating')).toBe('web-0 is ContainerCreating.');
  });

  it('reads what the cursor passed, once per object and instant', () => {
    expect(narrate({ markers, from: 0, to: 10_616, playing: false })).toBe('web-0 is Ready. web-1 was created.');
    expect(narrate({ markers, from: 10_616, to: 10_616, playing: false })).toBe('');
    expect(
      narrate({ markers: [M(5, 'changed', 'pod/web-0')], from: 0, to: 5, playing: false, statusOf: () => 'Running' }),
    ).toBe('web-0 is Running.');
    expect(narrate({ markers: [M(5, 'changed', 'pod/web-0')], from: 0, to: 5, playing: true })).toBe('');
  });

  it('sums up when many things pass at once', () => {
    expect(narrate({ markers, from: -1, to: 100_000, playing: true, max: 2 })).toBe(
      'web-0 is Ready. web-1 is Ready. And 1 more change.',
    );
  });

  it('says where a step back lands', () => {
    expect(narrate({ markers, from: 21_700, to: 10_616, playing: false })).toBe(
      'Back at 0:10.6. web-0 is Ready. web-1 was created.',
    );
  });
});
