import { describe, expect, it } from 'vitest';
import { createLab } from './lab.ts';

describe('lab store', () => {
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
