import { beforeAll, describe, expect, it } from 'vitest';
import { registerAllLocales } from '../i18n/all.ts';
import { createLab } from './lab.ts';

beforeAll(registerAllLocales);

describe('lab store', () => {
  it('announces in the lab’s language, keeping the command as typed', async () => {
    const lab = createLab('web');
    lab.play();
    expect(lab.store.getState().announcement).toBe('Playing.');
    await lab.setLang('zh-CN');
    lab.pause();
    expect(lab.store.getState().announcement).toBe('已暂停。');
    lab.runCommand('kubectl get nodes');
    expect(lab.store.getState().announcement).toBe('kubectl get nodes：完成，输出 4 行。');
    lab.runCommand('kubectl get nope');
    expect(lab.store.getState().announcement).toMatch(/^kubectl get nope：失败。error: /);
  });

  it('runs commands on the timeline and bumps the version', () => {
    const lab = createLab('empty');
    const v = lab.store.getState().version;
    const e = lab.runCommand('kubectl apply -f web.yaml');
    expect(e?.stdout).toBe('service/nginx created\nstatefulset.apps/web created\n');
    expect(lab.store.getState().version).toBeGreaterThan(v);
    expect(Object.keys(lab.worldNow().objects.Pod)).toEqual(['web-0']);
  });

  it('plays at the chosen speed and only while playing', () => {
    const lab = createLab('web');
    lab.tick(1000);
    expect(lab.store.getState().cursor).toBe(0);
    lab.setSpeed(4);
    lab.play();
    lab.tick(1000);
    expect(lab.store.getState().cursor).toBe(4000);
  });

  it('loads a preset as a fresh timeline', () => {
    const lab = createLab('empty');
    lab.loadPreset('kubia');
    expect(Object.keys(lab.worldNow().objects.PersistentVolume).sort()).toEqual(['pv-a', 'pv-b', 'pv-c']);
    expect(lab.store.getState().preset).toBe('kubia');
  });

  it('clear hides earlier terminal entries but keeps history', () => {
    const lab = createLab('web');
    lab.runCommand('kubectl get pods');
    lab.runCommand('clear');
    expect(lab.entries()).toEqual([]);
    expect(lab.store.getState().history).toEqual(['kubectl get pods', 'clear']);
  });

  it('skips a long wait to the next interesting moment', () => {
    const lab = createLab('web');
    lab.skipToNextInteresting();
    const w = lab.worldNow();
    expect(w.objects.Pod['web-0']!.status.conditions!.find((c) => c.type === 'Ready')!.status).toBe('True');
  });
});

describe('lab store: view state', () => {
  it('starts with the UI settings it is given', () => {
    const lab = createLab('empty', { theme: 'dark', motion: 'off', sideBySide: true, tableView: true });
    const s = lab.store.getState();
    expect([s.theme, s.motion, s.sideBySide, s.tableView, s.fastForward]).toEqual(['dark', 'off', true, true, null]);
    lab.setSideBySide(false);
    lab.setTableView(false);
    expect([lab.store.getState().sideBySide, lab.store.getState().tableView]).toEqual([false, false]);
  });

  it('skips at once without animation', () => {
    const lab = createLab('web');
    lab.skipAhead(false);
    expect(lab.store.getState().fastForward).toBeNull();
    expect(lab.store.getState().cursor).toBeGreaterThan(0);
  });

  it('steps to the next change, and stays put when none comes', () => {
    const lab = createLab('web');
    const seen: number[] = [];
    for (let i = 0; i < 12; i++) {
      lab.stepAhead();
      seen.push(lab.store.getState().cursor);
    }
    expect(seen.slice(0, 2)).toEqual([10_616, 21_700]);
    expect(Math.max(...seen)).toBeLessThan(60_000);
    expect(lab.store.getState().announcement).toMatch(/settled/);
  });

  it('stays put when nothing interesting is coming', () => {
    const lab = createLab('web');
    lab.skipAhead(false);
    lab.skipAhead(false);
    const at = lab.store.getState().cursor;
    lab.skipAhead(true);
    expect(lab.store.getState().cursor).toBe(at);
    expect(lab.store.getState().fastForward).toBeNull();
    expect(lab.store.getState().announcement).toMatch(/settled/);
  });

  it('plays a long skip as a time-lapse the view moves along', () => {
    const lab = createLab('web');
    lab.skipAhead(false);
    lab.skipAhead(false);
    lab.runCommand('sim partition node-1');
    const from = lab.store.getState().cursor;
    lab.skipAhead(true);
    const ff = lab.store.getState().fastForward!;
    expect(ff.from).toBe(from);
    expect(ff.to - ff.from).toBeGreaterThan(40_000);
    expect(lab.store.getState().cursor).toBe(from);
    lab.fastForwardTo(0.5);
    expect(lab.store.getState().cursor).toBe(from + (ff.to - ff.from) / 2);
    lab.fastForwardTo(1);
    expect(lab.store.getState().cursor).toBe(ff.to);
    expect(lab.store.getState().fastForward).toBeNull();
    expect(lab.worldNow().objects.Node['node-1']!.status.conditions.find((c) => c.type === 'Ready')!.status).toBe(
      'Unknown',
    );
  });

  it('lands a time-lapse before acting, stepping or playing; a seek cancels it', () => {
    const lab = createLab('web');
    lab.skipAhead(true, 0);
    const to = lab.store.getState().fastForward!.to;
    lab.runCommand('kubectl get pods');
    expect(lab.store.getState().fastForward).toBeNull();
    expect(lab.timeline().entries.at(-1)!.at).toBe(to);

    lab.skipAhead(true, 0);
    lab.play();
    expect(lab.store.getState().fastForward).toBeNull();
    lab.pause();

    lab.skipAhead(true, 0);
    lab.seek(0);
    expect(lab.store.getState().fastForward).toBeNull();
    expect(lab.store.getState().cursor).toBe(0);
  });

  it('never jumps back to a time-lapse’s end after time moved past it (found by the store fuzzer)', () => {
    const lab = createLab('web');
    lab.skipAhead(true, 0);
    const to = lab.store.getState().fastForward!.to;
    // Advancing during a time-lapse lands it first, then advances from its end.
    lab.advance(22);
    expect(lab.store.getState().fastForward).toBeNull();
    expect(lab.store.getState().cursor).toBe(to + 22_000);
    // A command then runs where the clock shows, not back at the time-lapse's end.
    expect(lab.runCommand('kubectl get pods')!.at).toBe(to + 22_000);

    // Playback ticks leave a time-lapse to the view that is drawing it.
    lab.runCommand('kubectl scale sts web --replicas=4');
    lab.play();
    lab.skipAhead(true, 0);
    const ff = lab.store.getState().fastForward!;
    lab.tick(5000);
    expect(lab.store.getState().cursor).toBe(ff.from);
    lab.finishFastForward();
    expect(lab.store.getState().cursor).toBe(ff.to);
  });

  it('lands a time-lapse before skipping on from it (found by the store fuzzer)', () => {
    const lab = createLab('cattle-vs-cows');
    lab.skipAhead(true, 0);
    const { to } = lab.store.getState().fastForward!;
    lab.skipToNextInteresting();
    expect(lab.store.getState().fastForward).toBeNull();
    const at = lab.store.getState().cursor;
    expect(at).toBeGreaterThan(to);
    expect(lab.runCommand('kubectl get pods')!.at).toBe(at);
  });
});
