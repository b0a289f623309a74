import { describe, expect, it } from 'vitest';
import type { Service } from '../../sim/model/types.ts';
import { tableFor } from './columns.ts';
import { renderTable } from './table.ts';
import { at, ctxOf, runningPod, testWorld } from './testkit.ts';

const modern = ctxOf(testWorld('modern', 60));
const book = ctxOf(testWorld('book', 60));
const pod = runningPod('web-0', 0, { labels: { app: 'nginx', 'app.kubernetes.io/tier': 'web' } });
const svc: Service = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'nginx', namespace: 'default', creationTimestamp: at(0) },
  spec: { clusterIP: 'None', clusterIPs: ['None'], ports: [{ name: 'web', port: 80 }] },
  status: {},
};

describe('table decorations', () => {
  it('prefixes names with the group-qualified kind when several kinds are printed', () => {
    expect(tableFor('Pod', [pod], modern, { withKind: true }).rows[0]![0]).toBe('pod/web-0');
    expect(tableFor('Service', [svc], modern, { withKind: true }).rows[0]![0]).toBe('service/nginx');
    expect(tableFor('Pod', [pod], book, { withKind: true }).rows[0]![0]).toBe('po/web-0');
  });

  it('appends -L columns (headed by the key after its last slash) and LABELS after the wide columns', () => {
    const t = tableFor('Pod', [pod], modern, {
      wide: true,
      labelColumns: ['app.kubernetes.io/tier', 'missing'],
      showLabels: true,
    });
    expect(t.header.slice(-4)).toEqual(['READINESS GATES', 'TIER', 'MISSING', 'LABELS']);
    expect(t.rows[0]!.slice(-3)).toEqual(['web', '', 'app=nginx,app.kubernetes.io/tier=web']);
    expect(renderTable(tableFor('Service', [svc], modern, { showLabels: true }), modern)).toBe(
      [
        'NAME    TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE   LABELS',
        'nginx   ClusterIP   None         <none>        80/TCP    60s   <none>',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing, not even a header, without rows', () => {
    expect(renderTable(tableFor('Pod', [], modern), modern)).toBe('');
  });

  it('omits the header with --no-headers', () => {
    expect(renderTable(tableFor('Pod', [pod], modern), modern, { noHeaders: true })).toBe(
      'web-0   1/1   Running   0     60s\n',
    );
  });
});
