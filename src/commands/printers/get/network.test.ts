import { describe, expect, it } from 'vitest';
import type { Endpoints, Service } from '../../../sim/model/types.ts';
import { tableFor } from '../columns.ts';
import { renderTable } from '../table.ts';
import { at, ctxOf, testWorld } from '../testkit.ts';
import { endpointsText } from './network.ts';

const modern = ctxOf(testWorld('modern', 12));
const book = ctxOf(testWorld('book', 12));

const svc = (name: string, spec: Service['spec']): Service => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name, namespace: 'default', creationTimestamp: at(0) },
  spec,
  status: {},
});

const headless = svc('kubia', {
  clusterIP: 'None',
  clusterIPs: ['None'],
  selector: { app: 'kubia' },
  ports: [{ name: 'http', port: 80 }],
});
const nodePort = svc('kubia-nodeport', {
  type: 'NodePort',
  clusterIP: '10.96.45.12',
  selector: { app: 'kubia', tier: 'web' },
  ports: [{ port: 80, nodePort: 30123, protocol: 'TCP' }],
});
const lb = svc('kubia-lb', { type: 'LoadBalancer', clusterIPs: ['10.96.7.7'], ports: [] });

describe('kubectl get services', () => {
  it('prints TYPE, CLUSTER-IP, EXTERNAL-IP and PORT(S)', () => {
    expect(renderTable(tableFor('Service', [nodePort, lb, headless], modern), modern)).toBe(
      [
        'NAME             TYPE           CLUSTER-IP    EXTERNAL-IP   PORT(S)        AGE',
        'kubia            ClusterIP      None          <none>        80/TCP         12s',
        'kubia-lb         LoadBalancer   10.96.7.7     <pending>     <none>         12s',
        'kubia-nodeport   NodePort       10.96.45.12   <none>        80:30123/TCP   12s',
        '',
      ].join('\n'),
    );
  });

  it('adds SELECTOR with -o wide, and has no TYPE column in book mode', () => {
    expect(tableFor('Service', [nodePort], modern, { wide: true }).rows[0]).toEqual([
      'kubia-nodeport',
      'NodePort',
      '10.96.45.12',
      '<none>',
      '80:30123/TCP',
      '12s',
      'app=kubia,tier=web',
    ]);
    expect(renderTable(tableFor('Service', [headless], book), book)).toBe(
      'NAME      CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE\nkubia     None         <none>        80/TCP    12s\n',
    );
  });
});

describe('kubectl get endpoints', () => {
  const ep = (subsets: Endpoints['subsets']): Endpoints => ({
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: { name: 'kubia', namespace: 'default', creationTimestamp: at(0) },
    ...(subsets ? { subsets } : {}),
  });
  const ports = [{ name: 'http', port: 80, protocol: 'TCP' }];

  it('lists ready addresses per port', () => {
    const two = ep([{ addresses: [{ ip: '10.244.1.5' }, { ip: '10.244.2.6' }], ports }]);
    expect(renderTable(tableFor('Endpoints', [two], modern), modern)).toBe(
      'NAME    ENDPOINTS                     AGE\nkubia   10.244.1.5:80,10.244.2.6:80   12s\n',
    );
  });

  it('summarises more than three addresses', () => {
    const ips = ['10.244.1.5', '10.244.2.6', '10.244.3.7', '10.244.1.8', '10.244.2.9'].map((ip) => ({ ip }));
    expect(endpointsText(ep([{ addresses: ips, ports }]))).toBe(
      '10.244.1.5:80,10.244.2.6:80,10.244.3.7:80 + 2 more...',
    );
  });

  it('is empty with only not-ready addresses, and <none> without subsets', () => {
    expect(endpointsText(ep([{ notReadyAddresses: [{ ip: '10.244.1.5' }], ports }]))).toBe('');
    expect(endpointsText(ep(undefined))).toBe('<none>');
  });

  it('prints bare IPs for a subset without ports', () => {
    expect(endpointsText(ep([{ addresses: [{ ip: '10.244.1.5' }] }]))).toBe('10.244.1.5');
  });
});
