import { beforeAll, describe, expect, it } from 'vitest';
import { registerAllLocales } from '../i18n/all.ts';
import type { Marker } from '../timeline/timeline.ts';
import { describeMarker, narrate } from './narration.ts';

beforeAll(registerAllLocales);

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
    expect(describeMarker('en', M(0, 'terminating', 'pod/web-2'))).toBe('web-2 is Terminating.');
    expect(describeMarker('en', M(0, 'node-ready', 'node/node-1'))).toBe('node-1 is Ready again.');
    expect(describeMarker('en', M(0, 'changed', 'pod/web-0'), 'ContainerCreating')).toBe('web-0 is ContainerCreating.');
  });

  it('reads what the cursor passed, once per object and instant', () => {
    expect(narrate({ lang: 'en', markers, from: 0, to: 10_616, playing: false })).toBe(
      'web-0 is Ready. web-1 was created.',
    );
    expect(narrate({ lang: 'en', markers, from: 10_616, to: 10_616, playing: false })).toBe('');
    expect(
      narrate({
        lang: 'en',
        markers: [M(5, 'changed', 'pod/web-0')],
        from: 0,
        to: 5,
        playing: false,
        statusOf: () => 'Running',
      }),
    ).toBe('web-0 is Running.');
    expect(narrate({ lang: 'en', markers: [M(5, 'changed', 'pod/web-0')], from: 0, to: 5, playing: true })).toBe('');
  });

  it('sums up when many things pass at once', () => {
    expect(narrate({ lang: 'en', markers, from: -1, to: 100_000, playing: true, max: 2 })).toBe(
      'web-0 is Ready. web-1 is Ready. And 1 more change.',
    );
  });

  it('speaks Chinese, keeping kubectl’s words', () => {
    expect(describeMarker('zh-CN', M(0, 'terminating', 'pod/web-2'))).toBe('web-2 正在终止（Terminating）。');
    expect(describeMarker('zh-CN', M(0, 'changed', 'pod/web-0'), 'ContainerCreating')).toBe(
      'web-0 现在是 ContainerCreating。',
    );
    expect(narrate({ lang: 'zh-CN', markers, from: -1, to: 100_000, playing: true, max: 2 })).toBe(
      'web-0 已就绪（Ready）。 web-1 已就绪（Ready）。 另外还有 1 处变化。',
    );
    expect(narrate({ lang: 'zh-CN', markers, from: 21_700, to: 10_616, playing: false })).toBe(
      '回到 0:10.6。 web-0 已就绪（Ready）。 web-1 已创建。',
    );
  });

  it('says where a step back lands', () => {
    expect(narrate({ lang: 'en', markers, from: 21_700, to: 10_616, playing: false })).toBe(
      'Back at 0:10.6. web-0 is Ready. web-1 was created.',
    );
  });
});
