// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { registerAllLocales } from '../../i18n/all.ts';
import { WEB, worldAfter } from '../layout/testing.ts';
import { DnsPanel } from './DnsPanel.tsx';

beforeAll(registerAllLocales);

afterEach(cleanup);

describe('<DnsPanel>', () => {
  it('lists per-pod A records and the SRV answer', () => {
    const world = worldAfter(WEB);
    const ip = (pod: string) => world.objects.Pod[pod]!.status.podIP!;
    render(<DnsPanel world={world} />);
    const panel = screen.getByRole('region', { name: 'Cluster DNS' });
    const [aTable, srvTable] = within(panel).getAllByRole('table');
    const rows = within(aTable!).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      `web-0.nginx.default.svc.cluster.local${ip('web-0')}`,
      `web-1.nginx.default.svc.cluster.local${ip('web-1')}`,
    ]);
    const srv = within(srvTable!).getAllByRole('row').slice(1);
    expect(srv.map((r) => r.textContent)).toEqual([
      '05080web-0.nginx.default.svc.cluster.local.',
      '05080web-1.nginx.default.svc.cluster.local.',
    ]);
    expect(screen.getByRole('table', { name: 'SRV answer for nginx.default.svc.cluster.local' })).toBe(srvTable);
  });

  it('answers NXDOMAIN while no pod is ready, and lists the not-ready ones', () => {
    render(<DnsPanel world={worldAfter(['kubectl apply -f web.yaml', 'sleep 2'])} />);
    expect(screen.getByText(/NXDOMAIN: no pod is ready/)).toBeTruthy();
  });

  it('drops a pod whose node is lost', () => {
    render(<DnsPanel world={worldAfter([...WEB, 'sim partition node-1', 'sleep 70'])} />);
    const row = screen.getByText(/NXDOMAIN \(not ready\)/).closest('tr')!;
    expect(row.textContent).toMatch(/^web-0\.nginx/);
  });

  it('says when there is no headless Service', () => {
    render(<DnsPanel world={worldAfter([])} />);
    expect(screen.getByText(/No headless Service yet/)).toBeTruthy();
  });
});
