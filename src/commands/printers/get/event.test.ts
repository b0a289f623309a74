import { describe, expect, it } from 'vitest';
import { tableFor } from '../columns.ts';
import { renderTable } from '../table.ts';
import { ctxOf, event, testWorld } from '../testkit.ts';

const modern = ctxOf(testWorld('modern', 600));
const book = ctxOf(testWorld('book', 600));

const sts = { kind: 'StatefulSet', name: 'web', uid: 'u-web' };
const pod = { kind: 'Pod', name: 'web-0', uid: 'u-web-0' };
// Engine event names carry random suffixes; the order must not depend on them.
const events = [
  event('web.ffff', sts, 'SuccessfulCreate', 'create Pod web-1 in StatefulSet web successful', 300),
  event('web.0000', sts, 'SuccessfulCreate', 'create Pod web-0 in StatefulSet web successful', 0),
  event('web-0.1111', pod, 'Pulled', 'Container image "nginx" already present on machine', 2, 2, 1, 'kubelet'),
  event('web-0.0000', pod, 'Scheduled', 'Successfully assigned default/web-0 to node-1', 0, 0, 1, 'default-scheduler'),
  event('web-0.2222', pod, 'Unhealthy', 'Readiness probe failed: \nHTTP 500', 100, 590, 13, 'kubelet', 'Warning'),
];

describe('kubectl get events', () => {
  it('lists events by involved object, then by creation, with kind/name objects', () => {
    expect(renderTable(tableFor('Event', events, modern), modern)).toBe(
      [
        'LAST SEEN   TYPE      REASON             OBJECT            MESSAGE',
        '10m         Normal    Scheduled          pod/web-0         Successfully assigned default/web-0 to node-1',
        '9m58s       Normal    Pulled             pod/web-0         Container image "nginx" already present on machine',
        '10s         Warning   Unhealthy          pod/web-0         Readiness probe failed: ...',
        '10m         Normal    SuccessfulCreate   statefulset/web   create Pod web-0 in StatefulSet web successful',
        '5m          Normal    SuccessfulCreate   statefulset/web   create Pod web-1 in StatefulSet web successful',
        '',
      ].join('\n'),
    );
  });

  it('adds SUBOBJECT SOURCE FIRST SEEN COUNT NAME with -o wide', () => {
    const t = tableFor('Event', [events[4]!], modern, { wide: true });
    expect(t.header).toEqual([
      'LAST SEEN',
      'TYPE',
      'REASON',
      'OBJECT',
      'SUBOBJECT',
      'SOURCE',
      'MESSAGE',
      'FIRST SEEN',
      'COUNT',
      'NAME',
    ]);
    expect(t.rows[0]).toEqual([
      '10s',
      'Warning',
      'Unhealthy',
      'pod/web-0',
      '',
      'kubelet',
      'Readiness probe failed: ...',
      '8m20s',
      '13',
      'web-0.2222',
    ]);
  });

  it('prints the 1.6/1.7 columns sorted by last seen in book mode', () => {
    const t = tableFor('Event', events.slice(0, 2), book);
    expect(t.header).toEqual([
      'LASTSEEN',
      'FIRSTSEEN',
      'COUNT',
      'NAME',
      'KIND',
      'SUBOBJECT',
      'TYPE',
      'REASON',
      'SOURCE',
      'MESSAGE',
    ]);
    expect(t.rows.map((r) => r.slice(0, 4))).toEqual([
      ['10m', '10m', '1', 'web'],
      ['5m', '5m', '1', 'web'],
    ]);
  });
});
