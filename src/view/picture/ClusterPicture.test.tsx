// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerAllLocales } from '../../i18n/all.ts';
import { GHOST, KUBIA, STUCK, WEB, sessionAfter, worldAfter } from '../layout/testing.ts';
import { ClusterPicture } from './ClusterPicture.tsx';

beforeAll(registerAllLocales);

const SIZE = { width: 1024, height: 600 };

afterEach(cleanup);

describe('<ClusterPicture>', () => {
  it('is a labelled group of nodes, pods, storage and Services, with a text summary', () => {
    render(<ClusterPicture world={worldAfter(WEB)} size={SIZE} motion="off" />);
    const picture = screen.getByRole('group', { name: 'Cluster picture' });
    expect(picture.querySelector('desc')!.textContent).toMatch(
      /^3 nodes, 2 pods \(2 ready\)\. node-1 Ready: web-0 Running 1\/1/,
    );
    expect(within(picture).getByRole('list', { name: 'Nodes' }).children).toHaveLength(3);
    const pods = within(within(picture).getByRole('list', { name: 'Pods' })).getAllByRole('listitem');
    expect(pods).toHaveLength(2);
    expect(within(picture).getByRole('list', { name: 'Storage' }).children).toHaveLength(4);
    expect(within(picture).getByRole('list', { name: 'Services' }).children).toHaveLength(1);
  });

  it('names each pod by what it is, where it runs and its state', () => {
    render(<ClusterPicture world={worldAfter(WEB)} size={SIZE} onSelect={() => {}} />);
    const web0 = screen.getByRole('button', { name: /^Pod web-0, ordinal 0 of StatefulSet web/ });
    expect(web0.getAttribute('aria-label')).toMatch(/on node-1: Running 1\/1, ready, claim www-web-0$/);
    expect(web0.getAttribute('tabindex')).toBe('0');
    expect(screen.getByRole('button', { name: /^Node node-2: Ready, connected/ }).getAttribute('tabindex')).toBe('0');
    expect(screen.getByRole('button', { name: /^PersistentVolumeClaim www-web-1: Bound/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Service nginx, headless: ready endpoints web-0, web-1/ })).toBeTruthy();
  });

  it('selects with a click, Enter or Space, and marks the selection', () => {
    const onSelect = vi.fn();
    const world = worldAfter(WEB);
    const { rerender } = render(<ClusterPicture world={world} size={SIZE} onSelect={onSelect} />);
    const web1 = screen.getByRole('button', { name: /^Pod web-1,/ });
    fireEvent.keyDown(web1, { key: 'Enter' });
    fireEvent.keyDown(web1, { key: ' ' });
    fireEvent.click(screen.getByRole('button', { name: /^Node node-3:/ }));
    fireEvent.keyDown(screen.getByRole('button', { name: /^PersistentVolumeClaim www-web-0:/ }), { key: 'Enter' });
    expect(onSelect.mock.calls).toEqual([
      [{ kind: 'Pod', name: 'web-1' }],
      [{ kind: 'Pod', name: 'web-1' }],
      [{ kind: 'Node', name: 'node-3' }],
      [{ kind: 'PersistentVolumeClaim', name: 'www-web-0' }],
    ]);
    rerender(
      <ClusterPicture world={world} size={SIZE} onSelect={onSelect} selection={{ kind: 'Pod', name: 'web-1' }} />,
    );
    expect(screen.getByRole('button', { name: /^Pod web-1,/ }).getAttribute('aria-current')).toBe('true');
    expect(screen.getByRole('button', { name: /^Pod web-0,/ }).getAttribute('aria-current')).toBeNull();
  });

  it('draws a ghost where the force-deleted pod still runs, and says so', () => {
    render(<ClusterPicture world={worldAfter(GHOST)} size={SIZE} onSelect={() => {}} />);
    const ghost = screen.getByRole('img', { name: /^Ghost of web-0 on node-1: its container still runs/ });
    expect(ghost.getAttribute('aria-label')).toMatch(/a new web-0 runs on node-3$/);
    expect(ghost.getAttribute('tabindex')).toBeNull();
    const warnings = screen.getByRole('list', { name: 'Warnings' });
    expect(within(warnings).getByRole('listitem').getAttribute('aria-label')).toMatch(
      /^Two web-0 run at once, a ghost on node-1 and the new one on node-3/,
    );
    expect(screen.getByTestId('ghost.web-0').getAttribute('data-state')).toBe('ghost');
    expect(screen.getByRole('button', { name: /^Node node-1: NotReady, cut off from the control plane/ })).toBeTruthy();
  });

  it('counts down a terminating pod’s grace period as time passes', () => {
    // kubia's Node.js ignores SIGTERM, so it takes the whole grace period to go.
    const s = sessionAfter([...KUBIA, 'kubectl delete pod kubia-0 --wait=false'], { storage: 'manual' });
    const grace = s.sim.world.objects.Pod['kubia-0']!.metadata.deletionGracePeriodSeconds!;
    const { rerender } = render(<ClusterPicture world={s.sim.world} size={SIZE} motion="off" />);
    const pod = () => screen.getByTestId('pod.kubia-0');
    expect(pod().textContent).toContain(`Terminating ${grace}s`);
    act(() => s.advance(7));
    rerender(<ClusterPicture world={structuredClone(s.sim.world)} size={SIZE} motion="off" />);
    expect(pod().getAttribute('data-state')).toBe('terminating');
    expect(pod().textContent).toContain(`Terminating ${grace - 7}s`);
  });

  it('shows a pod stuck Terminating on an unreachable node', () => {
    render(<ClusterPicture world={worldAfter(STUCK)} size={SIZE} />);
    const pod = screen.getByTestId('pod.web-0');
    expect(pod.textContent).toContain('Terminating');
    expect(pod.textContent).toContain('node unreachable');
  });

  it('draws only one owner kind when filtered', () => {
    const w = worldAfter(['kubectl apply -f cattle.yaml', 'kubectl apply -f web.yaml', 'sleep 60']);
    render(<ClusterPicture world={w} size={SIZE} filter="ReplicaSet" />);
    const picture = screen.getByRole('group', { name: 'Cluster picture: ReplicaSet pods only' });
    const pods = within(within(picture).getByRole('list', { name: 'ReplicaSet pods' })).getAllByRole('img');
    expect(pods).toHaveLength(3);
    for (const p of pods) expect(p.getAttribute('aria-label')).toMatch(/^Pod cattle-\w+ of ReplicaSet cattle/);
    expect(screen.queryByTestId('pod.web-0')).toBeNull();
  });

  it('animates only when motion is full', () => {
    const w = worldAfter(WEB);
    const { container, rerender } = render(<ClusterPicture world={w} size={SIZE} motion="full" />);
    expect(container.querySelector('.cp')!.getAttribute('data-motion')).toBe('full');
    rerender(<ClusterPicture world={w} size={SIZE} motion="reduced" />);
    expect(container.querySelector('.cp')!.getAttribute('data-motion')).toBe('reduced');
  });
});
