import { describe, expect, it } from 'vitest';
import { createLab } from '../store/lab.ts';
import { eventRows, recordRows, watchRows } from './stream.ts';

describe('event stream', () => {
  it('lists pod changes like kubectl get pods -w, up to the cursor only', () => {
    const lab = createLab('web');
    lab.skipToNextInteresting();
    lab.skipToNextInteresting();
    const t = lab.timeline();
    const all = watchRows(t, t.cursor);
    expect(all.map((r) => `${r.name} ${r.ready} ${r.status}`)).toEqual([
      'web-0 0/1 ContainerCreating',
      'web-0 1/1 Running',
      'web-1 0/1 ContainerCreating',
      'web-1 1/1 Running',
    ]);
    const early = watchRows(t, 10_000);
    expect(early.map((r) => r.name)).toEqual(['web-0']);
    expect(watchRows(t, t.cursor, 2)).toEqual(all.slice(-2));
  });

  it('shows nodes going NotReady and pods being deleted', () => {
    const lab = createLab('web');
    lab.skipToNextInteresting();
    lab.skipToNextInteresting();
    lab.runCommand('sim partition node-1');
    lab.skipToNextInteresting();
    lab.runCommand('kubectl delete pod web-1 --grace-period=0 --force');
    const rows = watchRows(lab.timeline(), lab.timeline().cursor);
    const text = rows.map((r) => `${r.kind} ${r.name} ${r.status}`);
    expect(text).toContain('node node-1 NotReady');
    expect(text).toContain('pod web-1 deleted');
  });

  it('does not show a replaced pod’s last moments as its namesake’s', () => {
    const lab = createLab('web');
    lab.stepAhead();
    lab.stepAhead();
    lab.runCommand('kubectl delete pod web-0 --wait=false');
    for (let i = 0; i < 6; i++) lab.stepAhead();
    const t = lab.timeline();
    const rows = watchRows(t, t.cursor).filter((r) => r.name === 'web-0' && r.at > 21_000);
    expect(rows.map((r) => `${r.ready} ${r.status}`)).toEqual([
      '1/1 Terminating',
      ' deleted',
      '0/1 ContainerCreating',
      '1/1 Running',
    ]);
  });

  it('keeps a pod’s Terminating row when it is force deleted at that very instant', () => {
    const lab = createLab('web');
    const t = () => lab.timeline();
    lab.stepAhead();
    lab.stepAhead();
    lab.runCommand('sim partition node-1');
    lab.skipAhead(false);
    lab.skipAhead(false);
    recordRows(t());
    lab.runCommand('kubectl delete pod web-0 --grace-period=0 --force');
    recordRows(t());
    const rows = watchRows(t(), t().cursor).filter((r) => r.name === 'web-0');
    expect(rows.slice(-3).map((r) => r.status)).toEqual(['Terminating', 'deleted', 'ContainerCreating']);
  });

  it('lists the world’s events, optionally only the workloads’ own', () => {
    const lab = createLab('web');
    lab.skipToNextInteresting();
    const w = lab.worldNow();
    const all = eventRows(w);
    expect(all.length).toBeGreaterThan(3);
    expect(all.every((e, i) => i === 0 || all[i - 1]!.at <= e.at)).toBe(true);
    const own = eventRows(w, 'workloads');
    expect(own.map((e) => `${e.object} ${e.reason}`)).toContain('statefulset/web SuccessfulCreate');
    expect(own.every((e) => e.object.startsWith('statefulset/'))).toBe(true);
  });
});
